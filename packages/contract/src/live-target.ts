/** The live profile: the real service, from the variables the provider's SDKs read. */
import { configFromEnv, resolveEndpoint } from '@as-lifecycle/client';
import type { Region } from '@as-lifecycle/types';
import type { ContractTarget } from './target';

/**
 * The live target, or why there is none.
 *
 * @example
 * const live: LiveProfile = liveProfile(process.env);
 * if ('skip' in live) console.log(live.skip);
 */
export type LiveProfile = { target: ContractTarget } | { skip: string };

/**
 * The real service as a target, from `HUAWEICLOUD_SDK_AK` + `HUAWEICLOUD_SDK_SK` (or
 * `HUAWEICLOUD_SDK_TOKEN`), `HUAWEICLOUD_SDK_PROJECT_ID`, `HUAWEICLOUD_SDK_REGION`, and optionally
 * `AS_CONTRACT_GROUP_ID` (a group to read). Run it without a provider: the suite then sends reads,
 * and writes only to a group that does not exist. Skipped (with the reason) when credentials are
 * missing or unusable, and always in CI (`CI` set). The target is judged with `decisions: 'report'`:
 * the real service is bound by what the provider documents, not by this project's choices
 * (`x-as-decision` in the spec), so a check that breaks only those ends `deviation`, not `failed`.
 *
 * @example
 * import { defineContractSuite, liveProfile } from '@as-lifecycle/contract';
 *
 * const live = liveProfile(process.env);
 * if ('target' in live) defineContractSuite({ target: live.target });
 */
export function liveProfile(env: Record<string, string | undefined>): LiveProfile {
  if (env.CI) return { skip: 'the live profile never runs in CI' };
  if (!env.HUAWEICLOUD_SDK_TOKEN && !(env.HUAWEICLOUD_SDK_AK && env.HUAWEICLOUD_SDK_SK)) {
    return {
      skip: 'no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (or HUAWEICLOUD_SDK_TOKEN), HUAWEICLOUD_SDK_PROJECT_ID and HUAWEICLOUD_SDK_REGION',
    };
  }
  try {
    const { credentials, projectId } = configFromEnv(env);
    const region = env.HUAWEICLOUD_SDK_REGION;
    if (!projectId || !region) {
      return {
        skip: 'set HUAWEICLOUD_SDK_PROJECT_ID and HUAWEICLOUD_SDK_REGION for the live profile',
      };
    }
    return {
      target: {
        baseUrl: resolveEndpoint({ region: region as Region }),
        projectId,
        credentials,
        decisions: 'report',
        ...(env.AS_CONTRACT_GROUP_ID ? { groupId: env.AS_CONTRACT_GROUP_ID } : {}),
      },
    };
  } catch (error) {
    // A wrong variable: say which, as the client does, without its value.
    return { skip: `the environment is not usable: ${(error as Error).message}` };
  }
}
