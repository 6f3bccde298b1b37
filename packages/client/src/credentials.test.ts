import { inspect } from 'node:util';
import { expect, test } from 'vitest';
import { configFromEnv, toCredentials } from './credentials';
import { ClientUsageError } from './usage-error';

test('reads AK/SK, a security token and the project id from the SDK variables', () => {
  const { credentials, projectId } = configFromEnv({
    HUAWEICLOUD_SDK_AK: 'AK1',
    HUAWEICLOUD_SDK_SK: 'SK-secret',
    HUAWEICLOUD_SDK_SECURITY_TOKEN: 'sts-secret',
    HUAWEICLOUD_SDK_PROJECT_ID: 'p1',
  });
  expect(credentials).toMatchObject({
    type: 'aksk',
    accessKey: 'AK1',
    secretKey: 'SK-secret',
    securityToken: 'sts-secret',
  });
  expect(projectId).toBe('p1');
});

test('falls back to an IAM token, and AK/SK wins when both are set', () => {
  expect(configFromEnv({ HUAWEICLOUD_SDK_TOKEN: 'tok' }).credentials).toMatchObject({
    type: 'token',
    token: 'tok',
  });
  expect(
    configFromEnv({
      HUAWEICLOUD_SDK_TOKEN: 'tok',
      HUAWEICLOUD_SDK_AK: 'a',
      HUAWEICLOUD_SDK_SK: 's',
    }).credentials.type,
  ).toBe('aksk');
});

test('names the missing variable', () => {
  expect(() => configFromEnv({ HUAWEICLOUD_SDK_AK: 'AK1' })).toThrow(
    /HUAWEICLOUD_SDK_SK is not set/,
  );
  expect(() => configFromEnv({ HUAWEICLOUD_SDK_SK: 'x' })).toThrow(/HUAWEICLOUD_SDK_AK is not set/);
  expect(() => configFromEnv({ HUAWEICLOUD_SDK_AK: '  ' })).toThrow(
    /no credentials in the environment/,
  );
  expect(() => configFromEnv({})).toThrow(ClientUsageError);
});

test('hides secrets from JSON and inspect, but keeps them usable', () => {
  const aksk = toCredentials({
    accessKey: 'AK1',
    secretKey: 'SK-secret',
    securityToken: 'sts-secret',
  });
  const token = toCredentials({ token: 'tok-secret' });
  for (const shown of [
    JSON.stringify(aksk),
    inspect(aksk),
    JSON.stringify(token),
    inspect(token),
    String(aksk),
  ]) {
    expect(shown).not.toMatch(/SK-secret|sts-secret|tok-secret/);
  }
  expect(JSON.parse(JSON.stringify(aksk))).toEqual({
    type: 'aksk',
    accessKey: 'AK1',
    secretKey: '[redacted]',
    securityToken: '[redacted]',
  });
  expect(aksk.type === 'aksk' && aksk.secretKey).toBe('SK-secret');
});

test('refuses empty keys and tokens without echoing them', () => {
  expect(() => toCredentials({ accessKey: '', secretKey: 'SK-secret' })).toThrow(
    /access key \(AK\) is empty/,
  );
  expect(() => toCredentials({ accessKey: 'AK', secretKey: '' })).toThrow(
    /secret key \(SK\) is empty/,
  );
  expect(() => toCredentials({ token: '' })).toThrow(/IAM token is empty/);
  expect(() => toCredentials(null as never)).toThrow(/credentials are missing/);
});

test('refuses a token or key a header cannot carry, without repeating it', () => {
  for (const credentials of [
    { token: 'SECRET-TOKEN\nx' },
    { token: 'SECRET TOKEN' },
    { accessKey: 'AK1', secretKey: 's', securityToken: 'SECRET-STS\r\n' },
    { accessKey: 'AK 1', secretKey: 's' },
  ]) {
    let message = '';
    try {
      toCredentials(credentials as never);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/has characters a header cannot carry/);
    expect(message).not.toMatch(/SECRET|AK 1/);
  }
});

test('refuses an access key with "," or "/" and a token given beside an access key', () => {
  expect(() => toCredentials({ accessKey: 'AK,1', secretKey: 's' })).toThrow(
    /contains "," or "\/"/,
  );
  expect(() => toCredentials({ accessKey: 'AK', secretKey: 's', token: 't' } as never)).toThrow(
    /both a token and an access key/,
  );
});
