/**
 * The console's world, for its tests and for `pnpm demo`: two scaling groups, launching and
 * terminating hooks, several instances held with different times left. Timeouts are relative to
 * `now`, so the same scenario serves a real clock and a virtual one started now.
 */
import type { Scenario } from '@as-lifecycle/msw';
import type { ConsoleConfig } from '../src/config';

export const projectId = '0605767a3300d5762fb7c0186d9e1779';
export const groups = {
  web: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
  batch: '7d3c4e2a-91b0-4f5e-8a61-0c2f5b9e4d10',
  /** No instance in transition: hooks can change here. */
  quiet: 'c0ffee00-1234-4abc-9def-000000000005',
} as const;
export const instances = {
  /** web, launching hook (default ABANDON), 45 min left. */
  webLaunching: 'b25c1589-c96c-465b-9fef-d06540d1945c',
  /** web, launching hook, 10 min left. */
  webLaunchingSoon: '3f0c9a52-6b1e-4d8a-9c77-2a1d5e8b7c01',
  /** web, terminating hook (default CONTINUE), 2 min left. */
  webTerminating: '9a4e7b10-5c3d-4f2a-8e61-7b0c2d9f4a35',
  /** batch, launching hook (default CONTINUE), 30 min left. */
  batchLaunching: 'c81d2e6f-0a4b-4c9d-b2e5-6f7a8b9c0d12',
} as const;
const topic = `urn:smn:cn-north-4:${projectId}:as-hooks`;

/** `now` plus some seconds, as the API writes instants. */
const at = (now: number, seconds: number) =>
  new Date(now + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function consoleScenario(now = Date.now()): Scenario {
  return {
    project_id: projectId,
    scaling_groups: [
      {
        scaling_group_id: groups.web,
        lifecycle_hooks: [
          {
            lifecycle_hook_name: 'web-bootstrap',
            lifecycle_hook_type: 'INSTANCE_LAUNCHING',
            default_result: 'ABANDON',
            default_timeout: 3600,
            notification_topic_urn: topic,
            notification_metadata: 'install the agent, then call back CONTINUE',
          },
          {
            lifecycle_hook_name: 'web-drain',
            lifecycle_hook_type: 'INSTANCE_TERMINATING',
            default_result: 'CONTINUE',
            default_timeout: 600,
            notification_topic_urn: topic,
          },
        ],
        instance_hanging_info: [
          {
            instance_id: instances.webLaunching,
            lifecycle_hook_name: 'web-bootstrap',
            timeout: at(now, 45 * 60),
          },
          {
            instance_id: instances.webLaunchingSoon,
            lifecycle_hook_name: 'web-bootstrap',
            timeout: at(now, 10 * 60),
          },
          {
            instance_id: instances.webTerminating,
            lifecycle_hook_name: 'web-drain',
            timeout: at(now, 2 * 60),
          },
        ],
      },
      {
        scaling_group_id: groups.batch,
        lifecycle_hooks: [
          {
            lifecycle_hook_name: 'batch-warmup',
            lifecycle_hook_type: 'INSTANCE_LAUNCHING',
            default_result: 'CONTINUE',
            default_timeout: 1800,
            notification_topic_urn: topic,
          },
        ],
        instance_hanging_info: [
          {
            instance_id: instances.batchLaunching,
            lifecycle_hook_name: 'batch-warmup',
            timeout: at(now, 30 * 60),
          },
        ],
      },
      { scaling_group_id: groups.quiet, lifecycle_hooks: [] },
    ],
  };
}

/**
 * The console pointed at the region endpoint MSW intercepts; lists refresh only when asked. A long
 * timeout: writes are never retried, and a loaded machine may be slow to answer.
 */
export const testConfig: ConsoleConfig = {
  endpoint: 'https://as.cn-north-4.myhuaweicloud.com',
  projectId,
  token: 'console-token',
  groups: [groups.web, groups.batch, groups.quiet],
  refreshMs: 3_600_000,
  timeoutMs: 30_000,
};
