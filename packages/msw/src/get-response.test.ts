import { getResponse } from 'msw';
import { expect, test } from 'vitest';
import { base, ids, scenario } from '../test/fixtures';
import { createLifecycleMock } from './create-lifecycle-mock';

test('the handlers answer through MSW getResponse, without a server', async () => {
  const mock = createLifecycleMock({ scenario });
  const callback = new Request(`${base}/scaling_instance_hook/${ids.group}/callback`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' }),
  });
  const answered = await getResponse(mock.handlers, callback);
  expect(answered?.status).toBe(204);
  const listed = await getResponse(
    mock.handlers,
    new Request(`${base}/scaling_instance_hook/${ids.group}/list`),
  );
  expect(await listed?.json()).toEqual({ instance_hanging_info: [] });
  expect(
    await getResponse(mock.handlers, new Request('https://example.com/elsewhere')),
  ).toBeUndefined();
});
