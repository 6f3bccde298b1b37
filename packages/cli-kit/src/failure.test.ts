import { expect, test } from 'vitest';
import { credentialsIn, describeFailure } from './failure';
import { UsageError } from './usage-error';

test('a usage error: exit 2, one line, a pointer to --help', () => {
  expect(
    describeFailure(new UsageError('--port is empty. Give it a value.'), { bin: 'b' }),
  ).toEqual({
    code: 2,
    line: 'b: --port is empty. Give it a value. Run "b --help" for usage.',
  });
});

test('another error: exit 1 with its first line as a sentence, never the stack', () => {
  const error = new Error('connect ECONNREFUSED 127.0.0.1:9\n    at Socket.connect (net.js:1:1)');
  const failure = describeFailure(error, { bin: 'b' });
  expect(failure).toEqual({ code: 1, line: 'b: connect ECONNREFUSED 127.0.0.1:9.' });
  expect(describeFailure('thrown text', { bin: 'b' }).line).toBe('b: thrown text.');
});

test('the bin decides which other errors are usage errors', () => {
  class ConfigError extends Error {}
  expect(
    describeFailure(new ConfigError('no project id!'), {
      bin: 'b',
      isUsage: (error) => error instanceof ConfigError,
    }),
  ).toEqual({ code: 2, line: 'b: no project id! Run "b --help" for usage.' });
});

test('a secret from the environment is never in the line, even split over lines', () => {
  const secret = 'SK-very-secret-4711';
  const multi = 'TOKEN-first-line\nTOKEN-second-line';
  const failure = describeFailure(
    new UsageError(`the key ${secret} and the token ${multi.split('\n')[1]} are refused`),
    { bin: 'b', secrets: [secret, multi, undefined, 'short'] },
  );
  expect(failure.line).not.toContain(secret);
  expect(failure.line).not.toContain('TOKEN-second-line');
  expect(failure.line).toBe(
    'b: the key <redacted> and the token <redacted> are refused. Run "b --help" for usage.',
  );
  // A value too short to be a secret is left alone, or any message could be mangled.
  expect(describeFailure(new Error('a short word'), { bin: 'b', secrets: ['short'] }).line).toBe(
    'b: a short word.',
  );
});

test("every bin redacts the provider's three credentials from the environment, the security token too", () => {
  const env = {
    HUAWEICLOUD_SDK_SK: 'sk-0123456789abcdef',
    HUAWEICLOUD_SDK_TOKEN: 'MIItoken-0123456789',
    HUAWEICLOUD_SDK_SECURITY_TOKEN: 'security-token-0123456789',
    HOME: '/home/someone',
  };
  const failure = describeFailure(new Error(`refused ${Object.values(env).join(' ')}`), {
    bin: 'b',
    secrets: credentialsIn(env),
  });
  expect(failure.line).toBe('b: refused <redacted> <redacted> <redacted> /home/someone.');
  expect(credentialsIn(undefined)).toEqual([undefined, undefined, undefined]);
});
