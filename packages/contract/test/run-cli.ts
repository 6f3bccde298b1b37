/** The contract CLI run in process, for the tests: its exit code and what it printed. */
import { runContractCli } from '../src/cli/run-contract-cli';

/** Runs one command line in process and collects what it printed, line by line. */
export async function cli(argv: string[], env: Record<string, string | undefined> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runContractCli(argv, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    env,
  });
  return { code, stdout, stderr, all: [...stdout, ...stderr].join('\n') };
}
