/**
 * The live profile: the real service, with credentials from the standard variables. Skipped when
 * none are set, and always in CI. Run it with `HUAWEICLOUD_SDK_AK=… HUAWEICLOUD_SDK_SK=…
 * HUAWEICLOUD_SDK_PROJECT_ID=… HUAWEICLOUD_SDK_REGION=… pnpm --filter @as-lifecycle/contract test live`.
 */
import { test } from 'vitest';
import { defineContractSuite, liveProfile } from '../src/index';

const live = liveProfile(process.env);
if ('target' in live) {
  defineContractSuite({ name: `live: ${live.target.baseUrl}`, target: live.target });
} else {
  test.skip(`live profile: ${live.skip}`, () => {});
}
