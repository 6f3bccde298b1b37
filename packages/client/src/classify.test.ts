import { expect, test } from 'vitest';
import { failed } from './classify';
import { TIMEOUT } from './send-with-timeout';

const op = 'listHookInstances' as const;
const ok = new Response('{', { status: 200 });

test("names a failure in order: the caller's abort, the timeout, a success that is no JSON, the network", () => {
  const caller = new AbortController();
  caller.abort('stop');
  // The caller's abort wins, whatever else happened.
  expect(failed(op, TIMEOUT, caller.signal, 30, ok)).toMatchObject({
    kind: 'abort',
    cause: 'stop',
  });
  expect(failed(op, TIMEOUT, undefined, 30, ok)).toMatchObject({ kind: 'timeout', timeoutMs: 30 });
  expect(failed(op, new SyntaxError('x'), undefined, 30, ok)).toMatchObject({
    kind: 'invalid-response',
    status: 200,
  });
  // A SyntaxError with an error status, or any failure with no answer, is the network's.
  const unavailable = new Response('{', { status: 503 });
  expect(failed(op, new SyntaxError('x'), undefined, 30, unavailable).kind).toBe('network');
  expect(failed(op, new TypeError('fetch failed'), undefined, 30, undefined).kind).toBe('network');
});
