/**
 * Signing throughput of whole requests in Node: ours against the provider's own `AKSKSigner.sign`
 * on the same callback request.
 */
import { sign } from '@as-lifecycle/signer';
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { measure } from './measure';

const url =
  'https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/0605767a3300d5762fb7c0186d9e1779/scaling_instance_hook/e5d27f5c-dd76-4a61-b4bc-a67c5686719a/callback';
const data = {
  lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
  lifecycle_action_result: 'CONTINUE',
};
const body = JSON.stringify(data);
const date = new Date('2026-11-29T10:00:00Z');
const sdkDate = '20261129T100000Z';
const headers = {
  'Content-Type': 'application/json;charset=UTF-8',
  'X-Project-Id': '0605767a3300d5762fb7c0186d9e1779',
};
const credential = { getAk: () => 'AKBENCH', getSk: () => 'SKBENCH' };

function provider(): string {
  const signed = AKSKSigner.sign(
    {
      method: 'PUT',
      endpoint: url,
      headers: { ...headers, 'X-Sdk-Date': sdkDate },
      queryParams: {},
      data,
    } as never,
    credential as never,
  ) as Record<string, string>;
  return signed.Authorization as string;
}

async function ours(): Promise<string> {
  const added = await sign(
    { method: 'PUT', url, headers, body },
    { credentials: { accessKey: 'AKBENCH', secretKey: 'SKBENCH' }, date },
  );
  return added.Authorization as string;
}

export async function benchSigner() {
  const [theirs, mine] = [provider(), await ours()];
  if (theirs !== mine) throw new Error(`the two signers disagree:\n${theirs}\n${mine}`);
  return measure([
    { name: 'provider AKSKSigner.sign', run: provider },
    { name: '@as-lifecycle/signer sign', run: ours },
  ]);
}
