#!/usr/bin/env node
import { startMockCli } from './server/run-mock-cli';

const started = await startMockCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
if (typeof started === 'number') {
  process.exitCode = started;
} else {
  const stop = () => {
    started.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
