#!/usr/bin/env node
import { runContractCli } from './cli/run-contract-cli';

runContractCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
}).then((code) => {
  process.exitCode = code;
});
