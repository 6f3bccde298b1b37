import { inspect } from 'node:util';
import { expect, test } from 'vitest';
import { ids, json, recordingFetch } from '../test/helpers';
import { createAutoScalingClient } from './create-client';

const SECRET = 'SK-9f8e7d6c5b4a';
const TOKEN = 'MIIsecret-token';

test('neither the client nor its errors show the secret key, the security token or the IAM token', async () => {
  const shown: string[] = [];
  for (const credentials of [
    { accessKey: 'AK1', secretKey: SECRET, securityToken: TOKEN },
    { token: TOKEN },
  ]) {
    const { fetch } = recordingFetch((_, index) =>
      index === 0
        ? json(401, { error: { code: 'AS.0006', message: 'token invalid' } })
        : Promise.reject(new TypeError('socket hang up')),
    );
    const client = createAutoScalingClient({
      endpoint: 'http://127.0.0.1:4010',
      projectId: ids.project,
      credentials,
      fetch,
      retry: false,
    });
    shown.push(JSON.stringify(client), inspect(client, { depth: 10, showHidden: true }));
    for (let i = 0; i < 2; i++) {
      const { error } = await client.listLifecycleHooks({ scaling_group_id: ids.group });
      shown.push(
        String(error),
        error?.stack ?? '',
        JSON.stringify(error),
        inspect(error, { depth: 10 }),
      );
    }
    const thrown = await client
      .callbackLifecycleHook({ scaling_group_id: ids.group, body: {} as never })
      .catch((error: unknown) => error);
    shown.push(String(thrown), inspect(thrown, { depth: 10 }));
  }
  expect(shown.join('\n')).not.toContain(SECRET);
  expect(shown.join('\n')).not.toContain(TOKEN);
  expect(shown.join('\n')).toContain('AS.0006');
});
