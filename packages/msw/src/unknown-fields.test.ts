/**
 * A field the operation's body does not define (a typo, most often) is refused with 400 AS.0022, as
 * the provider's advice for AS.0022 says ("…or whether an unsupported parameter exists"), and the
 * request changes nothing.
 */
import { asErrorCatalogue } from '@as-lifecycle/types';
import { expect, test } from 'vitest';
import { call, ids, scenario, topic } from '../test/fixtures';
import { createLifecycleMock } from './create-lifecycle-mock';

/** The README's group without its hanging instance: not scaling, so a valid create or update applies. */
const idle = {
  ...scenario,
  scaling_groups: scenario.scaling_groups.map((group) => ({ ...group, instance_hanging_info: [] })),
};
const hooksPath = `/scaling_lifecycle_hook/${ids.group}`;
const callbackPath = `/scaling_instance_hook/${ids.group}/callback`;
const refused = {
  status: 400,
  body: { error: { code: 'AS.0022', message: asErrorCatalogue['AS.0022'].message } },
};

/** What a request could change: the hooks and the hanging records. */
async function state(mock: ReturnType<typeof createLifecycleMock>) {
  return {
    hooks: (await call(mock.fetch, 'GET', `${hooksPath}/list`)).body,
    hanging: (await call(mock.fetch, 'GET', `/scaling_instance_hook/${ids.group}/list`)).body,
  };
}

test.each([
  [
    'create with default_timout',
    'POST',
    hooksPath,
    {
      lifecycle_hook_name: 'typo',
      lifecycle_hook_type: 'INSTANCE_TERMINATING',
      notification_topic_urn: topic,
      default_timout: 600,
    },
  ],
  ['update with defualt_result', 'PUT', `${hooksPath}/hook-launch`, { defualt_result: 'CONTINUE' }],
  ['update naming the hook', 'PUT', `${hooksPath}/hook-launch`, { lifecycle_hook_name: 'renamed' }],
  [
    'callback with lifecycle_action_reslt',
    'PUT',
    callbackPath,
    {
      lifecycle_action_key: ids.key,
      lifecycle_action_result: 'CONTINUE',
      lifecycle_action_reslt: 'ABANDON',
    },
  ],
])(
  '%s gets 400 AS.0022 with the provider message and changes nothing',
  async (_, method, path, body) => {
    // The callback's target is the README's hanging instance; the hooks' group is idle.
    const mock = createLifecycleMock({ scenario: path === callbackPath ? scenario : idle });
    const before = await state(mock);
    const answer = await call(mock.fetch, method, path, body);
    expect({ status: answer.status, body: answer.body }).toEqual(refused);
    expect(await state(mock)).toEqual(before);
  },
);

test('the same bodies without the typo are accepted', async () => {
  const mock = createLifecycleMock({ scenario: idle });
  const created = await call(mock.fetch, 'POST', hooksPath, {
    lifecycle_hook_name: 'typo',
    lifecycle_hook_type: 'INSTANCE_TERMINATING',
    notification_topic_urn: topic,
    default_timeout: 600,
  });
  expect(created.status).toBe(200);
  expect(created.body).toMatchObject({ lifecycle_hook_name: 'typo', default_timeout: 600 });
  const updated = await call(mock.fetch, 'PUT', `${hooksPath}/hook-launch`, {
    default_result: 'CONTINUE',
  });
  expect(updated.status).toBe(200);
  expect(updated.body).toMatchObject({ default_result: 'CONTINUE' });
});
