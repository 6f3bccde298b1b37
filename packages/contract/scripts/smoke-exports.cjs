// The built package as CommonJS and ESM consumers load it: `./runner` both ways, `.` as ESM.
const assert = require('node:assert');
const runner = require('@as-lifecycle/contract/runner');
assert.equal(typeof runner.runContract, 'function');
assert.ok(runner.contractChecks.length > 20, 'the CJS runner read the spec');
import('@as-lifecycle/contract/runner').then((esm) => {
  assert.equal(typeof esm.runContract, 'function');
});
