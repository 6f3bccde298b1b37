import { expect, test } from 'vitest';
import { loadSpecModel } from '../load';
import { fillMessage, matchesMessage, readCatalogue } from './catalogue';

const model = loadSpecModel();

test('a message is the provider text with each %s filled in order', () => {
  expect(model.message('AS.0031', { fill: ['as:scalingGroup:get'] })).toBe(
    "Policy doesn't allow [as:scalingGroup:get] to be performed.",
  );
  expect(model.message('APIG.0308', { fill: ['10'] })).toBe(
    'The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 second',
  );
  expect(() => model.message('AS.0031')).toThrow('give 1 value(s)');
  expect(() => model.message('AS.9999')).toThrow('Failed to find AS.9999');
});

test('one gateway code holds a message per cause, and each token failure names its cause', () => {
  expect(model.gatewayErrors.iamToken).toEqual({
    missing: { code: 'APIGW.0301', cause: 'token-missing' },
    invalid: { code: 'APIGW.0301', cause: 'token-invalid' },
  });
  for (const failure of Object.values(model.gatewayErrors.iamToken ?? {})) {
    expect(model.message(failure.code, { cause: failure.cause })).toMatch(
      /^Incorrect IAM authentication information: /,
    );
  }
  expect(model.message('APIGW.0301', { cause: 'token-missing' })).toBe(
    'Incorrect IAM authentication information: x-auth-token not found',
  );
  expect(() => model.message('APIGW.0301', { cause: 'nope' })).toThrow(
    'give one of: signature, token-missing, token-invalid',
  );
});

test('an entry whose placeholders do not match its message is refused, naming the code', () => {
  const base = { status: 400, source: 'https://example.com' };
  expect(() => readCatalogue({ 'AS.1': { ...base, message: 'a [%s]' } })).toThrow(
    'AS.1 says what fills 0 "%s"',
  );
  expect(() => readCatalogue({ 'AS.1': { ...base, message: '100% sure' } })).toThrow(
    'AS.1 has a "%" that is not "%s"',
  );
  expect(() => readCatalogue({ 'AS.1': { ...base, status: 200, message: 'ok' } })).toThrow(
    'AS.1 needs an HTTP error status',
  );
  expect(() =>
    readCatalogue({ 'AS.1': { ...base, message: 'a', messages: { other: 'b [%s]' } } }),
  ).toThrow('but "b [%s]" has 1');
});

test('fillMessage never reads a value as a replacement pattern', () => {
  const entry = readCatalogue({
    'AS.0007': {
      status: 404,
      message: 'The requested resource [%s] could not be found.',
      placeholders: ['name'],
      source: 'x',
    },
  })['AS.0007'];
  if (!entry) throw new Error('no entry');
  expect(fillMessage(entry, { fill: ['$&-$1'] })).toBe(
    'The requested resource [$&-$1] could not be found.',
  );
});

test('matchesMessage: a message with its placeholders filled, by any cause; never the bare template', () => {
  const entry = {
    status: 401,
    message: 'Incorrect IAM authentication information: %s',
    shape: 'gateway',
    messages: {
      'token-missing': 'Incorrect IAM authentication information: x-auth-token not found',
    },
    placeholders: ['why'],
  } as const;
  expect(
    matchesMessage(entry, 'Incorrect IAM authentication information: decrypt token fail'),
  ).toBe(true);
  expect(
    matchesMessage(entry, 'Incorrect IAM authentication information: x-auth-token not found'),
  ).toBe(true);
  expect(matchesMessage(entry, 'Incorrect IAM authentication information: %s')).toBe(false);
  expect(matchesMessage(entry, 'Incorrect IAM authentication information: ')).toBe(false);
  expect(matchesMessage(entry, 'Incorrect IAM authentication information: a\nb')).toBe(false);
  expect(matchesMessage({ ...entry, message: 'System error.' }, 'System error!')).toBe(false);
});
