import { sha256Hex } from '#crypto';
import { formatAuthorization } from './authorization';
import { buildCanonicalRequest } from './canonical-request';
import { headerMap, missingHeader, trimHeaderValue } from './headers';
import { signCheck as check } from './misuse';
import { bodyData, UNSIGNED_PAYLOAD } from './payload';
import { formatSdkDate } from './sdk-date';
import { signCanonical } from './signature';
import type { AkSkCredentials, SignInput, SignOptions } from './types';

const SDK = 'SDK-HMAC-SHA256';
const V11 = 'V11-HMAC-SHA256';
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isName = (value: unknown) => isText(value) && !value.includes('/');
const isOptionalText = (value: unknown) => value === undefined || isText(value);

/**
 * Signs a request with SDK-HMAC-SHA256 (default) or V11-HMAC-SHA256, and returns the headers to
 * ADD to it: `X-Sdk-Date`, `Authorization`, and when relevant `X-Security-Token`, `X-Project-Id`
 * and `X-Sdk-Content-Sha256`. Never `Host`: it is signed (from the URL unless the input has a
 * host header) but fetch sets it. Async, because Web Crypto is. Misuse throws "Failed to sign the
 * request: …", naming the option but never its value, lest a secret in the wrong field show.
 *
 * @example
 * const accessKey = process.env.HUAWEICLOUD_SDK_AK;
 * const secretKey = process.env.HUAWEICLOUD_SDK_SK;
 * if (!accessKey || !secretKey) throw new Error('Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK');
 * const projectId = '0605767a3300d5762fb7c0186d9e1779';
 * const url = `https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/${projectId}/scaling_lifecycle_hook/${groupId}/list`;
 * const added = await sign({ method: 'GET', url }, { credentials: { accessKey, secretKey } });
 * // added: { 'X-Sdk-Date': '20260101T000000Z',
 * //   Authorization: 'SDK-HMAC-SHA256 Access=…, SignedHeaders=host;x-sdk-date, Signature=…' }
 * const response = await fetch(url, { headers: added });
 */
export async function sign(
  input: SignInput,
  options: SignOptions,
): Promise<Record<string, string>> {
  const { method, url: href, headers: given, body }: Partial<SignInput> = input ?? {};
  const {
    credentials,
    algorithm = SDK,
    date = new Date(),
    region,
    service,
    projectId,
    signedHeaders,
    unsignedPayload,
  }: Partial<SignOptions> = options ?? {};
  const { accessKey, secretKey, securityToken }: Partial<AkSkCredentials> = credentials ?? {};
  const v11 = algorithm === V11;
  let url: URL | undefined;
  let sdkDate: string | undefined;
  try {
    url = new URL(href as string);
    // An invalid Date throws, as does anything but a Date.
    sdkDate = formatSdkDate(date);
  } catch {}
  check(
    isText(method) && /^[\w!#$%&'*+.^`|~-]+$/.test(method),
    'input.method is not an HTTP method',
    "Pass e.g. 'GET'",
  );
  check(url, 'input.url is not an absolute URL', "Pass e.g. 'https://host/path'");
  check(
    isText(accessKey) && !/[\s,/]/.test(accessKey),
    'credentials.accessKey is empty or has whitespace, "," or "/"',
    'Pass the AK, not the SK',
  );
  check(isText(secretKey), 'credentials.secretKey is empty', 'Pass the SK');
  check(
    isOptionalText(securityToken),
    'credentials.securityToken is empty',
    'Pass it, or leave it out',
  );
  check(
    v11 || algorithm === SDK,
    'options.algorithm is not supported',
    `Pass '${V11}', or leave it out`,
  );
  check(!v11 || isName(region), 'options.region is empty or has "/"', "Pass e.g. 'cn-north-4'");
  check(!v11 || isName(service), 'options.service is empty or has "/"', "Pass e.g. 'as'");
  check(sdkDate, 'options.date is not a valid Date', 'Pass one, or leave it out');
  check(isOptionalText(projectId), 'options.projectId is empty', 'Pass it, or leave it out');
  const data = bodyData(body, check);
  // The headers sign adds, and so signs; those without a value are deleted.
  const added: Record<string, string | undefined | false> = {
    'X-Sdk-Date': sdkDate,
    'X-Security-Token': securityToken,
    'X-Project-Id': projectId,
    'X-Sdk-Content-Sha256': unsignedPayload && UNSIGNED_PAYLOAD,
  };
  const headers = headerMap(given);
  headers.delete('authorization');
  for (const name in added) {
    const value = added[name];
    if (value) headers.set(name.toLowerCase(), value);
    else delete added[name];
  }
  if (!headers.has('host')) headers.set('host', url.host);
  // x-sdk-date is always signed, and x-sdk-content-sha256 whenever it replaces the body's hash,
  // since verify trusts that header only when it is signed. Authorization is never in headers.
  const names = new Set(signedHeaders?.map((name) => name.toLowerCase()) ?? headers.keys());
  const claimed = headers.get('x-sdk-content-sha256');
  names.add('x-sdk-date');
  if (claimed !== undefined) names.add('x-sdk-content-sha256');
  const sorted = [...names].sort();
  const missing = missingHeader(headers, sorted);
  check(
    missing === undefined,
    `signedHeaders names "${missing}", which the request lacks`,
    'Add the header, or leave it out',
  );
  const payloadHash = claimed === undefined ? await sha256Hex(data) : trimHeaderValue(claimed);
  const scope = v11 ? `${sdkDate.slice(0, 8)}/${region}/${service}` : '';
  const canonical = buildCanonicalRequest(method, url, headers, sorted, payloadHash);
  const signature = await signCanonical({
    algorithm,
    accessKey,
    secretKey,
    sdkDate,
    canonical,
    scope,
  });
  added.Authorization = formatAuthorization(algorithm, accessKey, sorted, signature, scope);
  return added as Record<string, string>;
}
