// The names JSDoc examples take as given, as their reader does: the client, the mock, a group's
// id… An example that uses one of these without declaring it is checked with it imported from
// here (scripts/test/consumer.test.ts); Markdown blocks never see them.
import type { AutoScalingClient } from '@as-lifecycle/client';
import type { LifecycleMock, Scenario } from '@as-lifecycle/msw';
import type { SetupServerApi } from 'msw/node';

export declare const client: AutoScalingClient;
export declare const mock: LifecycleMock;
export declare const server: SetupServerApi;
export declare const scenario: Scenario;
export declare const groupId: string;
