// The provider's own Node signer (@huaweicloud/huaweicloud-sdk-core 3.1.211), fed the same request.
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import { DerivedAKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/DerivedAKSKSigner.js';
import type { ICredential } from '@huaweicloud/huaweicloud-sdk-core/auth/ICredential.js';
import type { AkSkCredentials, SignatureAlgorithm } from '../src/index';

/** A request as `AKSKSigner.sign` reads it (it ignores the endpoint's query; it reads queryParams). */
export interface ProviderRequest {
  method: string;
  endpoint: string;
  headers: Record<string, string>;
  queryParams: Record<string, string | string[]>;
  /** Hashed as `JSON.stringify(data)`, or as the empty body when falsy. */
  data: unknown;
}

/** `X-Sdk-Date` as the SDK formats it, computed independently of the signer under test. */
export function providerDate(date: Date): string {
  return `${date
    .toISOString()
    .replace(/[-:]|\.\d{3}/g, '')
    .slice(0, 15)}Z`;
}

/** The provider's query parameters: one key per name, an array when the name repeats. */
export function providerQuery(
  query: readonly [string, string][],
): Record<string, string | string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of query) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  // fromEntries defines own properties, so a key named __proto__ stays a key.
  return Object.fromEntries(
    [...grouped].map(([key, values]) => [
      key,
      values.length === 1 ? (values[0] as string) : values,
    ]),
  );
}

/** The provider's Authorization header for a request. */
export function providerAuthorization(
  request: ProviderRequest,
  credentials: AkSkCredentials,
  algorithm: SignatureAlgorithm,
  scope: { region: string; service: string },
): string {
  const credential = {
    getAk: () => credentials.accessKey,
    getSk: () => credentials.secretKey,
    getRegionId: () => scope.region,
    getDerivedAuthServiceName: () => scope.service,
  } as unknown as ICredential;
  const signer = algorithm === 'V11-HMAC-SHA256' ? DerivedAKSKSigner : AKSKSigner;
  const headers = signer.sign(request, credential) as Record<string, string>;
  return headers.Authorization as string;
}
