/**
 * Who may call the mock: anyone (the default), holders of IAM tokens, or AK/SK signers, each bound to
 * a project. The codes come from the spec's security schemes: the gateway's (`x-as-gateway-errors`,
 * in its flat body) for a missing or unknown token by default, or the service's (`securityErrorCodes`).
 */
import { verify } from '@as-lifecycle/signer';
import { type AsErrorCode, securityErrorCodes } from '@as-lifecycle/types';
import { gatewayErrors } from '../generated/gateway-errors';
import { filledMessage } from './responses';

/**
 * Credentials the mock accepts; with none, it accepts every request.
 *
 * @example
 * import type { AuthOptions } from '@as-lifecycle/msw';
 *
 * const auth: AuthOptions = { tokens: { 'test-token': '0605767a3300d5762fb7c0186d9e1779' }, tokenErrors: 'service' };
 */
export interface AuthOptions {
  /** IAM token → the project it is scoped to. */
  tokens?: Record<string, string>;
  /**
   * Who refuses a missing or unknown token: `'gateway'` (the default: 401 APIGW.0301 in the API
   * gateway's flat body, "Incorrect IAM authentication information: x-auth-token not found" / "…
   * decrypt token fail", as the provider's gateway FAQs show) or `'service'` (AS's own 401 AS.0005 /
   * AS.0006 in `{"error": {…}}`, as its error-code table lists). Which a real call gets, no public
   * source settles (decision 021). A token of another project answers AS.0008 either way.
   */
  tokenErrors?: TokenErrors;
  /** Access key → its secret key and project. */
  keys?: Record<string, { secretKey: string; projectId: string }>;
  /** How far `X-Sdk-Date` may be from now. Default 900 s. */
  maxSkewSeconds?: number;
}

/**
 * Who answers a refused token: the API gateway (its flat body) or the AS service (`{"error": {…}}`).
 *
 * @example
 * import type { TokenErrors } from '@as-lifecycle/msw';
 *
 * const shape: TokenErrors = 'service'; // AS.0005 / AS.0006
 */
export type TokenErrors = 'gateway' | 'service';

/** A refusal: the code, and its message when the catalogue holds several for it. */
export interface AuthRefusal {
  code: AsErrorCode;
  message?: string;
}

export interface AuthRequest {
  method: string;
  url: string;
  /** By lowercase name. */
  headers: Record<string, string>;
  body: string;
}

const { iamToken, akskSignature } = securityErrorCodes;

/** A token failure as `tokenErrors` says: the gateway's code and message, or the service's code. */
function tokenRefusal(failure: 'missing' | 'invalid', shape: TokenErrors = 'gateway'): AuthRefusal {
  if (shape === 'service') return { code: iamToken[failure] };
  const { code, cause } = gatewayErrors.iamToken[failure];
  return { code, message: filledMessage(code, [], cause) };
}

const code = (refused: AsErrorCode): AuthRefusal => ({ code: refused });

/**
 * The refusal of the request, or undefined when it may proceed. A token is checked when the
 * request carries one (or when only tokens are configured); otherwise the signature. Signature dates
 * are checked against real time: clients sign with theirs, whatever the mock's virtual clock says.
 */
export async function authenticate(
  auth: AuthOptions | undefined,
  request: AuthRequest,
  projectId: string,
): Promise<AuthRefusal | undefined> {
  const { tokens, keys } = auth ?? {};
  if (!tokens && !keys) return undefined;
  const token = request.headers['x-auth-token'];
  if (tokens && (token !== undefined || !keys)) {
    if (token === undefined || token === '') return tokenRefusal('missing', auth?.tokenErrors);
    const project = Object.hasOwn(tokens, token) ? tokens[token] : undefined;
    if (project === undefined) return tokenRefusal('invalid', auth?.tokenErrors);
    return project === projectId ? undefined : code(iamToken.projectMismatch);
  }
  if (!keys) return tokenRefusal('missing', auth?.tokenErrors);
  if (!request.headers.authorization) return code(akskSignature.missing);
  // The HTTP server hands over the origin-form target (`/autoscaling-api/…`); verify needs an
  // absolute URL, and signs the Host header, not the URL's host.
  const origin = `http://${request.headers.host ?? 'localhost'}`;
  const url = !request.url.startsWith('/')
    ? request.url
    : URL.canParse(origin)
      ? `${origin}${request.url}`
      : `http://localhost${request.url}`;
  const result = await verify(
    { ...request, url },
    {
      secretKeyFor: (accessKey) =>
        Object.hasOwn(keys, accessKey) ? keys[accessKey]?.secretKey : undefined,
      ...(auth?.maxSkewSeconds === undefined ? {} : { maxSkewSeconds: auth.maxSkewSeconds }),
    },
  );
  if (!result.valid) return code(akskSignature.invalid);
  const signedProject = request.headers['x-project-id'] ?? keys[result.accessKey]?.projectId;
  return signedProject === projectId && keys[result.accessKey]?.projectId === projectId
    ? undefined
    : code(akskSignature.projectMismatch);
}
