import { expect, test } from 'vitest';
import { hook, ids, json, noContent, type Responder, recordingFetch } from '../../test/helpers';
import { runCli } from './main';

const env = { HUAWEICLOUD_SDK_TOKEN: 'tok', HUAWEICLOUD_SDK_PROJECT_ID: ids.project };
const at = ['--endpoint', 'http://127.0.0.1:4010'];

async function run(
  argv: string[],
  responder: Responder = () => noContent(),
  environment: Record<string, string> = env,
) {
  const out: string[] = [];
  const err: string[] = [];
  const { fetch, calls } = recordingFetch(responder);
  const code = await runCli(argv, {
    env: environment,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    fetch,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), calls };
}

test('calls back by key and prints JSON with the request id', async () => {
  const result = await run([
    'callback',
    '--group',
    ids.group,
    '--key',
    ids.key,
    '--result',
    'CONTINUE',
    ...at,
  ]);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({ status: 204, request_id: 'req-1' });
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.calls[0]?.body ?? '')).toEqual({
    lifecycle_action_key: ids.key,
    lifecycle_action_result: 'CONTINUE',
  });
});

test('calls back by instance and hook', async () => {
  const result = await run([
    'callback',
    '--group',
    ids.group,
    '--instance',
    ids.instance,
    '--hook',
    'h1',
    '--result',
    'EXTEND',
    ...at,
  ]);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.calls[0]?.body ?? '')).toEqual({
    instance_id: ids.instance,
    lifecycle_hook_name: 'h1',
    lifecycle_action_result: 'EXTEND',
  });
});

test('lists instances, filtered, and prints the body', async () => {
  const body = { instance_hanging_info: [] };
  const result = await run(['instances', 'list', '--group', 'g', '--instance', 'i-1', ...at], () =>
    json(200, body),
  );
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual(body);
  expect(result.calls[0]?.url).toMatch(/\/scaling_instance_hook\/g\/list\?instance_id=i-1$/);
});

test('creates a hook with typed fields and shows it', async () => {
  const result = await run(
    [
      'hooks',
      'create',
      '--group',
      'g',
      '--hook',
      'h1',
      '--type',
      'INSTANCE_LAUNCHING',
      '--topic',
      hook.notification_topic_urn,
      '--default-result',
      'CONTINUE',
      '--timeout',
      '600',
      ...at,
    ],
    () => json(200, hook),
  );
  expect(result.code).toBe(0);
  expect(JSON.parse(result.calls[0]?.body ?? '')).toEqual({
    lifecycle_hook_name: 'h1',
    lifecycle_hook_type: 'INSTANCE_LAUNCHING',
    notification_topic_urn: hook.notification_topic_urn,
    default_result: 'CONTINUE',
    default_timeout: 600,
  });
  expect(JSON.parse(result.stdout).lifecycle_hook_name).toBe('test-hook1');
});

test('updates and deletes a hook by name', async () => {
  const update = await run(
    ['hooks', 'update', '--group', 'g', '--hook', 'h1', '--timeout', '120', ...at],
    () => json(200, hook),
  );
  expect(update.calls[0]).toMatchObject({ method: 'PUT', body: '{"default_timeout":120}' });
  const remove = await run(['hooks', 'delete', '--group', 'g', '--hook', 'h1', ...at]);
  expect(remove.code).toBe(0);
  expect(remove.calls[0]?.method).toBe('DELETE');
});

test('exits 1 on an API error with code, message and request id on stderr', async () => {
  const result = await run(['hooks', 'show', '--group', 'g', '--hook', 'nope', ...at], () =>
    json(
      404,
      { error: { code: 'AS.0007', message: 'The requested resource [nope] could not be found.' } },
      { 'X-Request-Id': 'r-7' },
    ),
  );
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(
    'as-lifecycle: AS.0007: The requested resource [nope] could not be found. (HTTP 404, request id r-7)',
  );
});

test('exits 1 with one line when the service cannot be reached', async () => {
  const result = await run(['hooks', 'list', '--group', 'g', ...at, '--timeout-ms', '50'], () =>
    Promise.reject(new TypeError('connect ECONNREFUSED 127.0.0.1:4010')),
  );
  expect(result.code).toBe(1);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toContain('ECONNREFUSED');
});

test.each([
  [['frobnicate'], 'unknown command "frobnicate"'],
  [['hooks', 'show', '--group', 'g', ...at], '"hooks show" needs --hook.'],
  [
    ['callback', '--group', 'g', '--result', 'CONTINUE', ...at],
    '"callback" needs --key, or --instance together with --hook.',
  ],
  [
    ['callback', '--group', 'g', '--instance', 'i', '--result', 'CONTINUE', ...at],
    'needs --key, or --instance together with --hook',
  ],
  [
    ['callback', '--group', 'g', '--key', 'k', '--result', 'DONE', ...at],
    '--result "DONE" is not one of ABANDON, CONTINUE, EXTEND.',
  ],
  [
    [
      'hooks',
      'create',
      '--group',
      'g',
      '--hook',
      'h',
      '--type',
      'INSTANCE_LAUNCHING',
      '--topic',
      't',
      '--default-result',
      'EXTEND',
      ...at,
    ],
    'is not one of ABANDON, CONTINUE',
  ],
  [
    ['hooks', 'update', '--group', 'g', '--hook', 'h', '--timeout', 'soon', ...at],
    '--timeout must be a whole number of seconds',
  ],
  [['hooks', 'list', '--group', 'g', '--colour', 'red', ...at], "Unknown option '--colour'"],
  [['hooks', 'list', '--group', 'g', '--key', 'k', ...at], '"hooks list" does not take --key.'],
  [['hooks', 'list', '--group', 'g', '--region', 'mars-1'], 'unknown region "mars-1"'],
  [['hooks', 'list', '--group', 'g'], 'no region. Pass --region'],
  [['hooks', 'list', '--group', 'g', ...at, '--timeout-ms', '0'], 'timeoutMs is 0'],
  [
    ['hooks', 'update', '--group', 'g', '--hook', 'h', ...at],
    '"hooks update" needs at least one of --type',
  ],
  [['hooks', 'list', '--group', '', ...at], '--group is empty. Give it a value.'],
  [
    ['hooks', 'list', '--group', 'a', '--group', 'b', ...at],
    '--group is given twice. Give it once.',
  ],
  [
    ['hooks', 'list', '--group', 'g', '--region', 'cn-north-4', ...at],
    '--region and --endpoint are both given',
  ],
])('exits 2 with one line for %j', async (argv, message) => {
  const result = await run(argv);
  expect(result.code).toBe(2);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(message);
  expect(result.stderr).toMatch(/^as-lifecycle: .*Run "as-lifecycle --help" for usage\.$/);
  expect(result.calls).toHaveLength(0);
});

test('exits 2 when credentials or the project id are missing, naming the variables', async () => {
  const none = await run(['hooks', 'list', '--group', 'g', ...at], undefined, {});
  expect(none.code).toBe(2);
  expect(none.stderr).toContain('HUAWEICLOUD_SDK_AK');
  const noProject = await run(['hooks', 'list', '--group', 'g', ...at], undefined, {
    HUAWEICLOUD_SDK_TOKEN: 't',
  });
  expect(noProject.code).toBe(2);
  expect(noProject.stderr).toContain('--project-id');
});

test('prints usage and exits 0 for --help or no command', async () => {
  for (const argv of [['--help'], []]) {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: as-lifecycle <command>');
  }
});

test('never prints a secret, even one the service cannot take', async () => {
  const result = await run(['hooks', 'list', '--group', 'g', ...at], undefined, {
    HUAWEICLOUD_SDK_TOKEN: 'SECRET-TOKEN\nx',
    HUAWEICLOUD_SDK_PROJECT_ID: ids.project,
  });
  expect(result.code).toBe(2);
  expect(result.stderr).not.toContain('SECRET');
  expect(result.calls).toHaveLength(0);
});
