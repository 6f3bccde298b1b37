/**
 * Every code of the spec's catalogue, answered by the mock, carries the provider's message in the
 * provider's shape, its `%s` filled as the spec's `placeholders` say: never a bare `%s`. UIs show
 * these messages and tests snapshot them.
 */
import { type AsErrorCode, asErrorCatalogue } from '@as-lifecycle/types';
import { expect, test } from 'vitest';
import { call, ids, scenario } from '../test/fixtures';
import { iamActions } from './core/iam-actions';
import { createLifecycleMock } from './create-lifecycle-mock';

const codes = Object.keys(asErrorCatalogue) as AsErrorCode[];
const showPath = `/scaling_lifecycle_hook/${ids.group}/hook-missing`;

/** The message a code's body carries, in either of the provider's shapes. */
const messageOf = (body: unknown) => {
  const flat = body as { error_msg?: string; error?: { message?: string } };
  return flat.error_msg ?? flat.error?.message;
};

/** What fills each placeholder for a show of the hook `hook-missing`, as the mock fills it. */
const filled: Partial<Record<AsErrorCode, string>> = {
  'AS.0007': 'hook-missing',
  'AS.2033': 'INSERVICE',
  'AS.0031': iamActions.showLifecycleHook,
  'APIG.0308': '0',
};

test('the catalogue has codes with placeholders, and each is one this test knows how the mock fills', () => {
  const withPlaceholders = codes.filter((code) => asErrorCatalogue[code].message.includes('%s'));
  expect(withPlaceholders.length).toBeGreaterThan(0);
  expect(withPlaceholders.sort()).toEqual(Object.keys(filled).sort());
});

test.each(codes)(
  '%s: the catalogue status, shape and message, placeholders filled',
  async (code) => {
    const mock = createLifecycleMock({ scenario });
    mock.fail('showLifecycleHook', { code });
    const entry = asErrorCatalogue[code];
    const answer = await call(mock.fetch, 'GET', showPath);
    expect(answer.status).toBe(entry.status);
    const message = messageOf(answer.body);
    expect(message).toBe(entry.message.replace('%s', filled[code] ?? '%s'));
    expect(message).not.toContain('%s');
    if (entry.shape === 'gateway') {
      expect(answer.body).toMatchObject({ error_code: code, error_msg: message });
    } else {
      expect(answer.body).toEqual({ error: { code, message } });
    }
  },
);

test('AS.0007 from the model names the hook of the path; from routing, the path', async () => {
  const mock = createLifecycleMock({ scenario });
  const missing = await call(mock.fetch, 'GET', showPath);
  expect(messageOf(missing.body)).toBe('The requested resource [hook-missing] could not be found.');
  // A name with a line break stays as the path sends it, so the message stays one line.
  const encoded = await call(mock.fetch, 'GET', `/scaling_lifecycle_hook/${ids.group}/a%0Ab`);
  expect(messageOf(encoded.body)).toBe('The requested resource [a%0Ab] could not be found.');
  const nowhere = await call(mock.fetch, 'GET', '/nowhere');
  expect(messageOf(nowhere.body)).toMatch(
    /^The requested resource \[\/.*nowhere\] could not be found\.$/,
  );
});
