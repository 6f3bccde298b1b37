/**
 * The implementation under test: where it is, how to reach it, and the check of those options
 * (`createSender` in `sender.ts` talks to it).
 */
import {
  type Credentials,
  type CredentialsInput,
  DEFAULT_MAX_RESPONSE_BYTES,
  resolveEndpoint,
  toCredentials,
} from '@as-lifecycle/client';
import { ContractUsageError } from './contract-errors';
import { type ExchangeLimits, exchangeLimits, type TargetFetch } from './fetch-within';
import type { DecisionMode } from './judge';

export type { TargetFetch } from './fetch-within';

/**
 * An implementation of the API: where it is, and how to reach it.
 *
 * @example
 * import { getResponse } from 'msw';
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import type { ContractTarget } from '@as-lifecycle/contract/runner';
 *
 * // The mock in process, through MSW's handlers:
 * const mock = createLifecycleMock({ clock: 'virtual' });
 * const target: ContractTarget = {
 *   baseUrl: 'https://as.cn-north-4.myhuaweicloud.com',
 *   projectId: '0605767a3300d5762fb7c0186d9e1779',
 *   fetch: (request) => getResponse(mock.handlers, request),
 * };
 */
export interface ContractTarget {
  /** Origin (and any path prefix) the API paths are appended to: `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** The project every request is sent for. */
  projectId: string;
  /** Default: the global `fetch`, looked up per request. */
  fetch?: TargetFetch;
  /**
   * Credentials to sign (AK/SK) or carry (IAM token) on every request. With them, the
   * authentication checks run: the target must refuse requests without them or with wrong ones.
   */
  credentials?: CredentialsInput | Credentials;
  /** A scaling group that exists, for the read-only checks of a target without a provider. */
  groupId?: string;
  /** How long one request may take, its body included. Default 15 000 ms. */
  timeoutMs?: number;
  /**
   * The longest response body read, in bytes; a longer one fails the check that sent it. Default
   * the client's, 4 MiB.
   */
  maxResponseBytes?: number;
  /**
   * How a rule the spec marks `x-as-decision` (this project's choice, not the provider's) is
   * judged. `enforce` (default): like any rule, a failure. `report`: a check that breaks only such
   * rules ends `deviation`, printed and not failing; for a real service, which the provider's
   * documentation binds and our choices do not (`liveProfile` sets it).
   */
  decisions?: DecisionMode;
}

/** Checks a target once; throws `ContractUsageError` saying what to fix. */
export function checkTarget(target: ContractTarget): {
  base: string;
  limits: ExchangeLimits;
  credentials: Credentials | undefined;
} {
  if (typeof target !== 'object' || target === null) {
    throw new ContractUsageError(
      'Failed to start the contract suite: target is missing. Pass { baseUrl, projectId }.',
    );
  }
  const base = baseUrlOf(target.baseUrl, 'start the contract suite', 'baseUrl');
  if (typeof target.projectId !== 'string' || !/^[^/?#\s]+$/.test(target.projectId)) {
    throw new ContractUsageError(
      'Failed to start the contract suite: projectId is empty or has characters a path segment cannot carry. Pass the project id as issued.',
    );
  }
  const limits = exchangeLimits('start the contract suite', target, DEFAULT_MAX_RESPONSE_BYTES);
  return {
    base,
    limits,
    credentials:
      target.credentials === undefined ? undefined : checkCredentials(target.credentials),
  };
}

/**
 * A base URL as the client resolves an endpoint (origin and path, no trailing slash), or the
 * suite's usage error naming the option.
 *
 * @example
 * baseUrlOf('http://127.0.0.1:4010/', 'start the contract suite', 'baseUrl'); // 'http://127.0.0.1:4010'
 */
export function baseUrlOf(value: unknown, what: string, option: string): string {
  if (typeof value !== 'string') {
    throw new ContractUsageError(
      `Failed to ${what}: ${option} is missing. Pass e.g. "http://127.0.0.1:4010".`,
    );
  }
  try {
    return resolveEndpoint({ endpoint: value });
  } catch (error) {
    throw new ContractUsageError(
      `Failed to ${what}: ${(error as Error).message.replace(/^Failed to [^:]*: endpoint/, option)}`,
    );
  }
}

/** The client's check of credentials, as the suite's usage error (its message never holds a secret). */
function checkCredentials(input: CredentialsInput | Credentials): Credentials {
  try {
    return toCredentials(input);
  } catch (error) {
    throw new ContractUsageError(
      `Failed to start the contract suite: ${(error as Error).message.replace(/^Failed to [^:]*: /, '')}`,
    );
  }
}
