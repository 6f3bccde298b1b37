// Requests on which the provider's Node signer (AKSKSigner) and Go/Python agree, so that ours must
// be byte-identical to it. Every restriction below is a known divergence of the Node signer, and
// is as narrow as it can be; everything else is generated as in arbitraries.ts.
import fc from 'fast-check';
import { credentials, headerList, queryList, type RequestModel, requestModel } from './arbitraries';
import { type ProviderRequest, providerDate, providerQuery } from './provider';

// 1. Path. The Node signer percent-encodes url.parse(endpoint).pathname without decoding it
//    first, so whatever is already encoded there is encoded twice (%E4 → %25E4). It is handed the
//    raw path, so only what url.parse escapes on its own gets doubled: the characters below, and
//    `%` itself. `/ ? #` and `\` end or split a segment in any URL, and `.`/`..` segments are
//    resolved by the WHATWG URL parser (fetch) but not by url.parse: a URL difference, not a
//    signer one. Everything else, unicode and controls included, is generated.
const URL_PARSE_ESCAPES = new Set([...'\t\n\r "\'<>\\^`{|}']);
const NOT_SEGMENT_CONTENT = new Set([...'%/?#']);
const segment = fc
  .oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 }))
  .filter((s) => ![...s].some((c) => URL_PARSE_ESCAPES.has(c) || NOT_SEGMENT_CONTENT.has(c)))
  .filter((s) => s !== '.' && s !== '..');
const rawPath = fc
  .tuple(
    fc.array(fc.oneof(segment, fc.constantFrom('v1', 'a!$&()*+,;=:@b')), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([segments, trailing]) => `/${segments.join('/')}${trailing && segments.length ? '/' : ''}`);

// 2. Query order. The Node signer sorts keys and values with Array#sort (UTF-16 code units);
//    Go sorts bytes and Python code points, which agree with each other and with us. The two
//    orders differ only between a character above U+FFFF and one in U+E000-U+FFFF at the same
//    position; only such lists are left out.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCodePoint = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0) as number);
  const y = [...b].map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
};
function sameOrder(strings: readonly string[]): boolean {
  const units = [...strings].sort(byCodeUnit);
  const points = [...strings].sort(byCodePoint);
  return units.every((s, i) => s === points[i]);
}
const query = queryList.filter(
  (list) =>
    sameOrder(list.map(([key]) => key)) &&
    [...new Set(list.map(([key]) => key))].every((key) =>
      sameOrder(list.filter(([k]) => k === key).map(([, v]) => v)),
    ),
);

// 3. Header order. The Node signer sorts SignedHeaders by code unit but the canonical headers with
//    localeCompare (ICU collation, which puts `_` before `-`, for one); where the two orders
//    differ its own request does not verify. Only header sets where they agree are generated.
// 4. Header values. The Node signer does not trim them (Go and Python do); no leading or trailing
//    space or tab.
// 5. The Node signer drops a lowercase `content-type` containing multipart/form-data from what it
//    signs; that header value is left out.
const headers = headerList.filter(
  (list) =>
    list.every(([, value]) => !/^[ \t]|[ \t]$/.test(value)) &&
    list.every(
      ([name, value]) => !(name === 'content-type' && value.includes('multipart/form-data')),
    ),
);
function sameHeaderOrder(names: readonly string[]): boolean {
  const lower = names.map((name) => name.toLowerCase());
  const collated = [...lower].sort((a, b) => a.localeCompare(b));
  return [...lower].sort().every((name, i) => name === collated[i]);
}

// 6. Port. url.parse keeps an explicit :443 in the host it signs; the WHATWG URL (and so the Host
//    fetch sends) drops it. No explicit default port.
// 7. Method. We sign the method as fetch sends it (GET, not get); generated methods are already so.
// 8. Body. The Node signer hashes JSON.stringify(request.data), or the empty body when data is
//    falsy; our body is exactly those bytes. Not a restriction: that is how it is fed.
/** A request both signers can be fed, with the body as JSON data. */
export const parityRequest = fc
  .record({
    model: requestModel,
    path: rawPath,
    query,
    headers,
    credentials: credentials.filter((c) => !/^[ \t]|[ \t]$/.test(c.securityToken ?? '')),
    data: fc.option(fc.jsonValue({ stringUnit: 'binary', maxDepth: 2 }), { nil: undefined }),
  })
  .filter(({ model }) => !model.origin.endsWith(':443'))
  .map(({ model, data, ...rest }): { model: RequestModel; data: unknown } => {
    const json = data ? JSON.stringify(data) : '';
    return { model: { ...model, ...rest, body: new TextEncoder().encode(json) }, data };
  })
  .filter(({ model, data }) =>
    sameHeaderOrder(Object.keys(toProviderRequest(model, data).headers).concat('host')),
  );

/** The same request as the provider's signer takes it. */
export function toProviderRequest(model: RequestModel, data: unknown): ProviderRequest {
  const headers: Record<string, string> = Object.fromEntries(model.headers);
  headers['X-Sdk-Date'] = providerDate(model.date);
  if (model.hostHeader !== null) headers.host = model.hostHeader;
  if (model.projectId !== null) headers['X-Project-Id'] = model.projectId;
  if (model.credentials.securityToken !== undefined) {
    headers['X-Security-Token'] = model.credentials.securityToken;
  }
  if (model.unsignedPayload) headers['X-Sdk-Content-Sha256'] = 'UNSIGNED-PAYLOAD';
  return {
    method: model.method,
    endpoint: `${model.origin}${model.path}`,
    headers,
    queryParams: providerQuery(model.query),
    data,
  };
}
