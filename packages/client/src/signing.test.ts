import { verify } from '@as-lifecycle/signer';
import { expect, test } from 'vitest';
import { ids, noContent, recordingFetch } from '../test/helpers';
import { createAutoScalingClient } from './create-client';

const secrets: Record<string, string> = { AKTEST: 'SK-test-secret' };

test('signs each request with SDK-HMAC-SHA256 over the exact body, verifiable by the service', async () => {
  const { fetch, calls } = recordingFetch(() => noContent());
  const client = createAutoScalingClient({
    endpoint: 'http://127.0.0.1:4010',
    projectId: ids.project,
    credentials: { accessKey: 'AKTEST', secretKey: 'SK-test-secret', securityToken: 'sts-token' },
    fetch,
  });
  await client.callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: { lifecycle_action_key: ids.key, lifecycle_action_result: 'EXTEND' },
  });
  await client.listHookInstances({ scaling_group_id: ids.group, instance_id: 'i 1/ü' });
  expect(calls).toHaveLength(2);
  for (const call of calls) {
    expect(call.headers.authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=AKTEST, SignedHeaders=[^,]*x-sdk-date[^,]*, Signature=[0-9a-f]{64}$/,
    );
    expect(call.headers['x-project-id']).toBe(ids.project);
    expect(call.headers['x-security-token']).toBe('sts-token');
    expect(call.headers['x-auth-token']).toBeUndefined();
    const result = await verify(call, { secretKeyFor: (ak) => secrets[ak] });
    expect(result).toMatchObject({ valid: true, accessKey: 'AKTEST' });
  }
  const [first] = calls;
  if (!first) throw new Error('no request was sent');
  const tampered = { ...first, body: first.body.replace('EXTEND', 'ABANDON') };
  expect(await verify(tampered, { secretKeyFor: (ak) => secrets[ak] })).toMatchObject({
    valid: false,
    reason: 'signature-mismatch',
  });
});
