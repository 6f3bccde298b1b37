// The built package as CommonJS and ESM consumers load it: `./runner` both ways, `.` as ESM.
const assert = require('node:assert');
const runner = require('@as-lifecycle/contract/runner');
assert.equal(typeof runner.runContract, 'function');
assert.ok(runner.contractChecks.length > 20, 'the CJS runner read the spec');
import('@as-lifecycle/contract/runner').then((esm) => {
  assert.equal(typeof esm.runContract, 'function');
});

// `@as-lifecycle/msw` is a devDependency: the suite imports only the control plane's types from it
// (erased), so no published file may load it, or a consumer without the mock could not load the
// suite. Examples in JSDoc (lines starting with `*`) may name it.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist');
for (const file of readdirSync(dist)) {
  const code = readFileSync(join(dist, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line));
  assert.ok(
    !code.some((line) => line.includes('@as-lifecycle/msw')),
    `dist/${file} loads @as-lifecycle/msw, which is not a dependency`,
  );
}
