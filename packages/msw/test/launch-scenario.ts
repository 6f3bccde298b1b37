/**
 * The README's whole launch, written once and run through each transport the mock offers: its
 * in-process fetch, MSW's setupServer, and the HTTP server.
 */
import { expect } from 'vitest';
import type { LifecycleMock } from '../src/create-lifecycle-mock';
import { ids } from './fixtures';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Scale out, see it hanging, EXTEND (+3600 s), CONTINUE, in service, second callback AS.7042. */
export async function runWholeLaunch(
  mock: LifecycleMock,
  fetch: Fetch,
  origin: string,
): Promise<void> {
  const base = `${origin}/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}`;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const [held] = mock.scaleOut(ids.group, 1).instance_hanging_info;
  if (!held) throw new Error('scaling out held nothing: the scenario needs a launching hook');
  const listed = await send('GET', `/list?instance_id=${held.instance_id}`);
  expect(listed.body.instance_hanging_info).toEqual([held]);
  const key = held.lifecycle_action_key;
  expect(
    (
      await send('PUT', '/callback', {
        lifecycle_action_key: key,
        lifecycle_action_result: 'EXTEND',
      })
    ).status,
  ).toBe(204);
  const extended = new Date(Date.parse(held.timeout) + 3600_000).toISOString().replace('.000', '');
  expect(
    (await send('GET', `/list?instance_id=${held.instance_id}`)).body.instance_hanging_info[0]
      .timeout,
  ).toBe(extended);
  expect(
    (
      await send('PUT', '/callback', {
        lifecycle_action_key: key,
        lifecycle_action_result: 'CONTINUE',
      })
    ).status,
  ).toBe(204);
  expect(
    (await send('GET', `/list?instance_id=${held.instance_id}`)).body.instance_hanging_info,
  ).toEqual([]);
  const group = mock.snapshot().projects.find((p) => p.project_id === ids.project)
    ?.scaling_groups[0];
  expect(group?.instances).toContainEqual({
    instance_id: held.instance_id,
    lifecycle_state: 'INSERVICE',
  });
  const again = await send('PUT', '/callback', {
    lifecycle_action_key: key,
    lifecycle_action_result: 'CONTINUE',
  });
  expect(again).toMatchObject({ status: 400, body: { error: { code: 'AS.7042' } } });
}
