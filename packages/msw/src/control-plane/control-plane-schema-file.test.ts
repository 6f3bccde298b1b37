/** `control-plane.schema.json` against what the control plane takes and answers over HTTP. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { createMockServer, type MockServer } from '../server/create-mock-server';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const controlPlane = read('control-plane.schema.json');
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(read('scenario.schema.json'));
ajv.addSchema(controlPlane);
const validator = (def: string) => {
  const validate = ajv.getSchema(`${controlPlane.$id}#/$defs/${def}`);
  if (!validate) throw new Error(`no $defs/${def}`);
  return (value: unknown) => (validate(value) ? [] : validate.errors);
};

const mock = createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
let server: MockServer;
beforeAll(async () => {
  server = await createMockServer(mock, { port: 0 });
});
afterAll(() => server.close());

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}/__mock/${path}`, {
    method,
    ...(method === 'POST' ? { headers: { 'content-type': 'application/json' } } : {}),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status, `${method} ${path}`).toBe(200);
  return response.json();
};

test('each request the server takes, and each answer it gives, follows the schema file', async () => {
  const exchanges: [string, string, unknown][] = [
    ['POST', 'seed', scenario],
    ['POST', 'scale', { scaling_group_id: ids.group, scale_out: 2 }],
    ['POST', 'scale', { scaling_group_id: ids.group, project_id: ids.project, scale_in: [] }],
    ['POST', 'clock', { advance_seconds: 3600 }],
    ['POST', 'clock', { now: '2026-01-02T00:00:00Z' }],
    ['GET', 'clock', undefined],
    ['GET', 'state', undefined],
    ['POST', 'fail', { operation_id: 'listLifecycleHooks', status: 503 }],
    ['GET', 'requests', undefined],
    ['POST', 'reset', undefined],
  ];
  await fetch(
    `${server.url}/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/${ids.group}/list`,
  );
  for (const [method, path, body] of exchanges) {
    const name = `${method.toLowerCase()}-${path}`;
    if (body !== undefined) expect(validator(`${name}-request`)(body), name).toEqual([]);
    expect(validator(`${name}-answer`)(await call(method, path, body)), name).toEqual([]);
  }
});

test('the schema file refuses what the server refuses', () => {
  const scale = validator('post-scale-request');
  expect(scale({ scaling_group_id: ids.group })).not.toEqual([]);
  expect(scale({ scaling_group_id: ids.group, scale_out: 1, scale_in: [] })).not.toEqual([]);
  expect(scale({ scaling_group_id: '', scale_out: 1 })).not.toEqual([]);
  expect(validator('post-clock-request')({ advance_seconds: '1' })).not.toEqual([]);
  expect(validator('post-fail-request')({ network: 'yes' })).not.toEqual([]);
  expect(validator('post-seed-request')({ project_id: 'p' })).not.toEqual([]);
});
