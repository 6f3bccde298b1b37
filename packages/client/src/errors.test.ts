import { expect, test } from 'vitest';
import { ApiError } from './api-error';
import {
  AbortError,
  AutoScalingError,
  InvalidResponseError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors';
import { ClientUsageError } from './usage-error';

test('every error a call returns is instanceof AutoScalingError, and its kind names its class', () => {
  const op = 'listHookInstances' as const;
  const errors = [
    new ApiError(op, { status: 400, code: 'AS.2007', message: 'm', requestId: 'r', shape: 'as' }),
    new NetworkError(op, new TypeError('Failed to fetch')),
    new TimeoutError(op, 30_000),
    new AbortError(op, 'stop'),
    new InvalidResponseError(op, 200, new SyntaxError('x')),
    new RedirectError(op, 302, 'https://elsewhere.example/'),
    new ResponseTooLargeError(op, 200, 1024),
  ];
  expect(
    errors.map((e) => [e instanceof AutoScalingError, e instanceof Error, e.kind, e.name]),
  ).toEqual([
    [true, true, 'api', 'ApiError'],
    [true, true, 'network', 'NetworkError'],
    [true, true, 'timeout', 'TimeoutError'],
    [true, true, 'abort', 'AbortError'],
    [true, true, 'invalid-response', 'InvalidResponseError'],
    [true, true, 'redirect', 'RedirectError'],
    [true, true, 'response-too-large', 'ResponseTooLargeError'],
  ]);
  // A mistake in the call is not a failure of it.
  expect(new ClientUsageError('x') instanceof AutoScalingError).toBe(false);
});
