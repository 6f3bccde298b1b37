/**
 * Who may call the mock: anyone (the default), holders of IAM tokens, or AK/SK signers, each bound to
 * a project. The codes come from the spec's security schemes (`securityErrorCodes`).
 */
import { verify } from '@as-lifecycle/signer';
import { type AsErrorCode, securityErrorCodes } from '@as-lifecycle/types';

/** Credentials the mock accepts; with none, it accepts every request. */
export interface AuthOptions {
  /** IAM token → the project it is scoped to. */
  tokens?: Record<string, string>;
  /** Access key → its secret key and project. */
  keys?: Record<string, { secretKey: string; projectId: string }>;
  /** How far `X-Sdk-Date` may be from now. Default 900 s. */
  maxSkewSeconds?: number;
}

export interface AuthRequest {
  method: string;
  url: string;
  /** By lowercase name. */
  headers: Record<string, string>;
  body: string;
}

const { iamToken, akskSignature } = securityErrorCodes;

/**
 * The code that refuses the request, or undefined when it may proceed. A token is checked when the
 * request carries one (or when only tokens are configured); otherwise the signature. Signature dates
 * are checked against real time: clients sign with theirs, whatever the mock's virtual clock says.
 */
export async function authenticate(
  auth: AuthOptions | undefined,
  request: AuthRequest,
  projectId: string,
): Promise<AsErrorCode | undefined> {
  const { tokens, keys } = auth ?? {};
  if (!tokens && !keys) return undefined;
  const token = request.headers['x-auth-token'];
  if (tokens && (token !== undefined || !keys)) {
    if (token === undefined || token === '') return iamToken.missing;
    const project = Object.hasOwn(tokens, token) ? tokens[token] : undefined;
    if (project === undefined) return iamToken.invalid;
    return project === projectId ? undefined : iamToken.projectMismatch;
  }
  if (!keys) return iamToken.missing;
  if (!request.headers.authorization) return akskSignature.missing;
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
  if (!result.valid) return akskSignature.invalid;
  const signedProject = request.headers['x-project-id'] ?? keys[result.accessKey]?.projectId;
  return signedProject === projectId && keys[result.accessKey]?.projectId === projectId
    ? undefined
    : akskSignature.projectMismatch;
}
