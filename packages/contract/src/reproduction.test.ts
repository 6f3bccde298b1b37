import { execFile } from 'node:child_process';
import { expect, test } from 'vitest';
import type { SentRequest } from './exchange';
import { isSecretHeader, reproduction } from './reproduction';

/**
 * Runs a reproduction line in a real POSIX shell, with `curl` replaced by a function that hands
 * its arguments to Node, which prints them as JSON: the arguments curl would have received.
 */
const argumentsOf = (line: string) =>
  new Promise<string[]>((resolve, reject) => {
    execFile(
      'sh',
      ['-c', `curl() { "$NODE" -e "$PRINT" -- "$@"; }\n${line}`],
      {
        env: {
          PATH: process.env.PATH,
          NODE: process.execPath,
          PRINT: 'process.stdout.write(JSON.stringify(process.argv.slice(1)))',
        },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as string[]);
      },
    );
  });

const url =
  'https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/p/scaling_instance_hook/g/callback';

test('the line is curl with the method, the URL, every header and the body', async () => {
  const request: SentRequest = {
    method: 'PUT',
    url,
    headers: {
      'Content-Type': 'application/json',
      'X-Project-Id': 'p',
      'X-Sdk-Date': '20261129T120000Z',
    },
    body: '{"lifecycle_action_key":"k","lifecycle_action_result":"CONTINUE"}',
  };
  const line = reproduction(request);
  expect(line).toMatch(/^curl /);
  expect(await argumentsOf(line)).toEqual([
    '-sS',
    '-i',
    '-X',
    'PUT',
    url,
    '-H',
    'Content-Type: application/json',
    '-H',
    'X-Project-Id: p',
    '-H',
    'X-Sdk-Date: 20261129T120000Z',
    '--data-raw',
    request.body,
  ]);
});

test('a request without a body has no --data-raw; an empty body is sent as one', async () => {
  const get = reproduction({ method: 'GET', url, headers: {} });
  expect(await argumentsOf(get)).toEqual(['-sS', '-i', '-X', 'GET', url]);
  // Without a Content-Type of its own, curl must be told to send none (it would send a form's).
  const empty = reproduction({ method: 'POST', url, headers: {}, body: '' });
  expect(await argumentsOf(empty)).toEqual([
    '-sS',
    '-i',
    '-X',
    'POST',
    url,
    '-H',
    'Content-Type:',
    '--data-raw',
    '',
  ]);
  const typed = reproduction({
    method: 'POST',
    url,
    headers: { 'content-type': 'text/plain' },
    body: 'x',
  });
  expect(await argumentsOf(typed)).toEqual([
    '-sS',
    '-i',
    '-X',
    'POST',
    url,
    '-H',
    'content-type: text/plain',
    '--data-raw',
    'x',
  ]);
});

test('credentials are replaced by placeholders, whatever the case of the header name', async () => {
  const secrets = {
    authorization: 'SDK-HMAC-SHA256 Access=AKXYZ, SignedHeaders=x-sdk-date, Signature=deadbeefSIG1',
    token: 'MIIT-token-SECRET-2',
    security: 'security-token-SECRET-3',
  };
  const line = reproduction({
    method: 'GET',
    url,
    headers: {
      Authorization: secrets.authorization,
      'x-auth-token': secrets.token,
      'X-SECURITY-TOKEN': secrets.security,
      'X-Sdk-Date': '20261129T120000Z',
    },
  });
  for (const secret of Object.values(secrets)) expect(line).not.toContain(secret);
  expect(line).not.toContain('deadbeefSIG1');
  expect(line).not.toContain('SECRET');
  expect(await argumentsOf(line)).toEqual([
    '-sS',
    '-i',
    '-X',
    'GET',
    url,
    '-H',
    'Authorization: <authorization redacted>',
    '-H',
    'x-auth-token: <x-auth-token redacted>',
    '-H',
    'X-SECURITY-TOKEN: <x-security-token redacted>',
    '-H',
    'X-Sdk-Date: 20261129T120000Z',
  ]);
});

test('isSecretHeader names the credential headers, in any case, and no others', () => {
  for (const name of [
    'Authorization',
    'authorization',
    'X-Auth-Token',
    'x-security-token',
    'X-SECURITY-TOKEN',
  ]) {
    expect(isSecretHeader(name), name).toBe(true);
  }
  for (const name of ['Content-Type', 'X-Sdk-Date', 'X-Project-Id', 'X-Request-Id', 'X-Auth']) {
    expect(isSecretHeader(name), name).toBe(false);
  }
});

test('quotes, dollars, backticks, backslashes and line breaks reach curl unchanged', async () => {
  const body = `{"notification_metadata":"it's \`id\` $HOME $(echo pwned) \\\\ \\" ''' \n second line ; | & > /tmp/x"}`;
  const awkwardUrl = `${url}?instance_id=o'brien&x=$HOME&y=%27`;
  const header = `it's a "value" with $PATH and \`backticks\``;
  const line = reproduction({
    method: 'PUT',
    url: awkwardUrl,
    headers: { 'Content-Type': 'application/json', 'X-Note': header },
    body,
  });
  expect(await argumentsOf(line)).toEqual([
    '-sS',
    '-i',
    '-X',
    'PUT',
    awkwardUrl,
    '-H',
    'Content-Type: application/json',
    '-H',
    `X-Note: ${header}`,
    '--data-raw',
    body,
  ]);
});

test('non-ASCII text in the body survives the shell', async () => {
  const body = '{"notification_metadata":"弹性伸缩 — ünïcödé 🚀"}';
  const line = reproduction({ method: 'POST', url, headers: {}, body });
  expect((await argumentsOf(line)).at(-1)).toBe(body);
});
