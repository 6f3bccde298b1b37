import { CREATE, filled, misuse } from './usage-error';

/**
 * A permanent AK/SK pair, or a temporary one with its security token.
 *
 * @example
 * const credentials: AkSkCredentialsInput = {
 *   accessKey: process.env.HUAWEICLOUD_SDK_AK!,
 *   secretKey: process.env.HUAWEICLOUD_SDK_SK!,
 * };
 */
export interface AkSkCredentialsInput {
  accessKey: string;
  secretKey: string;
  securityToken?: string;
}

/**
 * A project-scoped IAM token, sent as `X-Auth-Token`.
 *
 * @example
 * const credentials: TokenCredentialsInput = { token: process.env.HUAWEICLOUD_SDK_TOKEN! };
 */
export interface TokenCredentialsInput {
  token: string;
}

/**
 * The ways to authenticate: AK/SK (signed with SDK-HMAC-SHA256), temporary AK/SK, or a token.
 *
 * @example
 * const token = process.env.HUAWEICLOUD_SDK_TOKEN;
 * const credentials: CredentialsInput = token
 *   ? { token }
 *   : { accessKey: process.env.HUAWEICLOUD_SDK_AK!, secretKey: process.env.HUAWEICLOUD_SDK_SK! };
 */
export type CredentialsInput = AkSkCredentialsInput | TokenCredentialsInput;

/**
 * Credentials held so that their secrets never show: the secret key, security token and IAM token
 * are not enumerable, `JSON.stringify` and `util.inspect` print them as `[redacted]`.
 */
export type Credentials =
  | ({ readonly type: 'aksk' } & Readonly<AkSkCredentialsInput>)
  | ({ readonly type: 'token' } & Readonly<TokenCredentialsInput>);

const inspect = Symbol.for('nodejs.util.inspect.custom');

// A property defined here is not enumerable, writable or configurable: the defaults.
function hidden<T extends object>(target: T, secrets: Record<string, string | undefined>): T {
  const shown = { ...target } as Record<string, unknown>;
  for (const [key, value] of Object.entries(secrets)) {
    if (value !== undefined) {
      Object.defineProperty(target, key, { value });
      shown[key] = '[redacted]';
    }
  }
  Object.defineProperties(target, {
    toJSON: { value: () => shown },
    [inspect]: { value: () => shown },
  });
  return Object.freeze(target);
}

/**
 * Refuses a value a header cannot carry (empty, spaces, control or non-ASCII characters) without
 * repeating it: `fetch` would otherwise fail with the value, a secret, in its message.
 */
function headerSafe(value: unknown, what: string): asserts value is string {
  if (!filled(value) || !/^[\x21-\x7e]+$/.test(value)) {
    throw misuse(
      CREATE,
      `${what} is empty or has characters a header cannot carry`,
      'Pass it as issued, without spaces or line breaks',
    );
  }
}

/**
 * Checks credentials and wraps them so that their secrets never appear in logs or serialised objects.
 *
 * @example
 * const credentials = toCredentials({ accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'the SK' });
 * JSON.stringify(credentials); // '{"type":"aksk","accessKey":"QTWAOYTTINDUT2QVKYUC","secretKey":"[redacted]"}'
 */
export function toCredentials(input: CredentialsInput): Credentials {
  const fix = 'Pass { accessKey, secretKey } or { token }, or use configFromEnv()';
  if (typeof input !== 'object' || input === null) {
    throw misuse(CREATE, 'credentials are missing', fix);
  }
  const { accessKey, secretKey, securityToken, token } = input as Partial<AkSkCredentialsInput> &
    Partial<TokenCredentialsInput>;
  if (token !== undefined && accessKey !== undefined) {
    throw misuse(CREATE, 'both a token and an access key are given', 'Pass one of them');
  }
  if (token !== undefined) {
    headerSafe(token, 'the IAM token');
    return hidden({ type: 'token' } as Credentials, { token });
  }
  headerSafe(accessKey, 'the access key (AK)');
  if (/[,/]/.test(accessKey)) {
    throw misuse(
      CREATE,
      'the access key (AK) contains "," or "/"',
      'Check that AK and SK are not swapped',
    );
  }
  if (!filled(secretKey)) throw misuse(CREATE, 'the secret key (SK) is empty', fix);
  if (securityToken !== undefined) headerSafe(securityToken, 'the security token');
  return hidden({ type: 'aksk', accessKey } as Credentials, { secretKey, securityToken });
}

/**
 * What `configFromEnv` found in the environment.
 *
 * @example
 * const { credentials, projectId }: EnvConfig = configFromEnv(process.env);
 */
export interface EnvConfig {
  credentials: Credentials;
  projectId: string | undefined;
}

/**
 * Reads credentials and project id from the variables the provider's SDKs use:
 * `HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK`, `HUAWEICLOUD_SDK_SECURITY_TOKEN` (temporary keys),
 * `HUAWEICLOUD_SDK_PROJECT_ID`, or `HUAWEICLOUD_SDK_TOKEN` for an IAM token. AK/SK wins when both
 * are set. Throws a `ClientUsageError` naming the missing variables when neither is complete.
 *
 * @example
 * const { credentials, projectId } = configFromEnv(process.env);
 * const client = createAutoScalingClient({ region: 'cn-north-4', projectId: projectId ?? 'my-project', credentials });
 */
export function configFromEnv(env: Record<string, string | undefined>): EnvConfig {
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const accessKey = read('HUAWEICLOUD_SDK_AK');
  const secretKey = read('HUAWEICLOUD_SDK_SK');
  const token = read('HUAWEICLOUD_SDK_TOKEN');
  const projectId = read('HUAWEICLOUD_SDK_PROJECT_ID');
  if (accessKey && secretKey) {
    const securityToken = read('HUAWEICLOUD_SDK_SECURITY_TOKEN');
    return {
      credentials: toCredentials(
        securityToken ? { accessKey, secretKey, securityToken } : { accessKey, secretKey },
      ),
      projectId,
    };
  }
  if (token) return { credentials: toCredentials({ token }), projectId };
  const missing = accessKey ? 'HUAWEICLOUD_SDK_SK' : secretKey ? 'HUAWEICLOUD_SDK_AK' : undefined;
  throw missing
    ? misuse(
        'read credentials',
        `${missing} is not set`,
        'Set both HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK',
      )
    : misuse(
        'read credentials',
        'no credentials in the environment',
        'Set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (and HUAWEICLOUD_SDK_SECURITY_TOKEN for temporary keys), or HUAWEICLOUD_SDK_TOKEN',
      );
}
