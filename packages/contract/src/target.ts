/**
 * The implementation under test, and how the suite talks to it: one request at a time, signed when
 * the target has credentials, every response read once and checked against the spec.
 */
import {
  type Credentials,
  type CredentialsInput,
  DEFAULT_MAX_RESPONSE_BYTES,
  resolveEndpoint,
  toCredentials,
} from '@as-lifecycle/client';
import { sign } from '@as-lifecycle/signer';
import type { OperationId } from '@as-lifecycle/types';
import { ContractUsageError, ContractViolation } from './contract-errors';
import {
  type ExchangeLimits,
  exchangeLimits,
  fetchWithin,
  redirectLine,
  type TargetFetch,
} from './fetch-within';
import { isSecretHeader, reproduction } from './reproduction';
import { checkResponse, readBody } from './spec/check-response';

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
}

/**
 * A request as sent: header names as given, the body as text.
 *
 * @example
 * import { ContractViolation, type SentRequest } from '@as-lifecycle/contract/runner';
 *
 * // The request that showed a violation, its credential headers already redacted:
 * const sentOf = (error: unknown): SentRequest | undefined =>
 *   error instanceof ContractViolation ? error.exchange?.request : undefined;
 */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A response as read once: status, headers, text, parsed JSON body, error code.
 *
 * @example
 * import type { ReadResponse } from '@as-lifecycle/contract/runner';
 *
 * // A violation whose target did not answer (a timeout, a network error) carries status 0.
 * const summary = ({ status, code, text }: ReadResponse) =>
 *   status === 0 ? 'no response' : `${status} ${code ?? text.slice(0, 80)}`;
 */
export interface ReadResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when there is none or it is not JSON. */
  body: unknown;
  /** The `error.code` or `error_code` of an error body. */
  code: string | undefined;
}

/**
 * One request and its response.
 *
 * @example
 * import type { CheckContext, Exchange } from '@as-lifecycle/contract/runner';
 *
 * async function listHooks({ sender }: CheckContext): Promise<Exchange> {
 *   const exchange = await sender.send({ operationId: 'listLifecycleHooks', method: 'GET', path: '/scaling_lifecycle_hook/g/list' });
 *   console.log(exchange.request.url, exchange.response.status);
 *   return exchange;
 * }
 */
export interface Exchange {
  operationId: OperationId;
  request: SentRequest;
  response: ReadResponse;
}

/** A request the checks describe: an operation, a path below the project, optional body. */
export interface RequestSpec {
  operationId: OperationId;
  method: string;
  /** The path after `/autoscaling-api/v1/{project_id}`, already encoded: `/scaling_lifecycle_hook/g`. */
  path: string;
  /** The body as text, sent as is. */
  body?: string;
  /** The Content-Type to send; `null` sends none. Default `application/json` when there is a body. */
  contentType?: string | null;
  /** `'none'` sends no credentials; `'wrong'` sends credentials that cannot be valid. */
  auth?: 'target' | 'none' | 'wrong';
}

/** Sends requests to a target and checks every response. */
export interface Sender {
  /** Sends a request; throws `ContractViolation` when the response breaks a response check. */
  send(spec: RequestSpec): Promise<Exchange>;
  /** Requests sent so far. */
  readonly count: number;
  /** Whether the target has credentials (the authentication checks need them). */
  readonly authenticated: boolean;
  readonly projectId: string;
}

const wrongSecret = 'as-lifecycle-contract-wrong-secret';
const wrongToken = 'as-lifecycle-contract-wrong-token';

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

/** The headers that carry credentials, for a request about to be sent. */
async function authHeaders(
  credentials: Credentials | undefined,
  mode: RequestSpec['auth'],
  request: SentRequest,
  projectId: string,
): Promise<Record<string, string>> {
  if (!credentials || mode === 'none') return {};
  if (credentials.type === 'token') {
    return {
      'X-Auth-Token': mode === 'wrong' ? wrongToken : credentials.token,
    };
  }
  const signed = await sign(
    {
      method: request.method,
      url: request.url,
      headers: { ...request.headers, 'X-Project-Id': projectId },
      body: request.body ?? '',
    },
    {
      credentials: {
        accessKey: credentials.accessKey,
        secretKey: mode === 'wrong' ? wrongSecret : credentials.secretKey,
        ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}),
      },
    },
  );
  return { 'X-Project-Id': projectId, ...signed };
}

/**
 * A sender for a target: builds each request, signs it, sends it with a timeout, reads the
 * response, and checks it against the spec.
 *
 * @example
 * const sender = createSender({ baseUrl: 'http://127.0.0.1:4010', projectId: 'p' });
 * const { response } = await sender.send({ operationId: 'listLifecycleHooks', method: 'GET', path: '/scaling_lifecycle_hook/g/list' });
 */
export function createSender(target: ContractTarget): Sender {
  const { base, limits, credentials } = checkTarget(target);
  let count = 0;
  return {
    get count() {
      return count;
    },
    authenticated: credentials !== undefined,
    projectId: target.projectId,
    async send(spec) {
      const url = `${base}/autoscaling-api/v1/${encodeURIComponent(target.projectId)}${spec.path}`;
      const headers: Record<string, string> = {};
      const contentType =
        spec.contentType === undefined
          ? spec.body === undefined
            ? null
            : 'application/json'
          : spec.contentType;
      if (contentType !== null) headers['Content-Type'] = contentType;
      const sent: SentRequest = {
        method: spec.method,
        url,
        headers,
        ...(spec.body === undefined ? {} : { body: spec.body }),
      };
      Object.assign(headers, await authHeaders(credentials, spec.auth, sent, target.projectId));
      // What reports and violations keep: the request with its credentials redacted.
      sent.headers = Object.fromEntries(
        Object.entries(headers).map(([name, value]) => [
          name,
          isSecretHeader(name) ? `<${name.toLowerCase()} redacted>` : value,
        ]),
      );
      count += 1;
      const fetch = target.fetch ?? ((request: Request) => globalThis.fetch(request));
      const failed = (message: string) =>
        new ContractViolation(
          'not_a_server_error',
          `${spec.method} ${url}: ${message}\n  ${reproduction(sent)}`,
          { operationId: spec.operationId, request: sent, response: noResponse },
        );
      let answer: Awaited<ReturnType<typeof fetchWithin>>;
      try {
        answer = await fetchWithin(
          fetch,
          url,
          {
            method: spec.method,
            headers,
            // Bytes, not a string: a string body would make Request add a text/plain Content-Type.
            ...(spec.body === undefined ? {} : { body: new TextEncoder().encode(spec.body) }),
          },
          limits,
        );
      } catch (error) {
        throw failed((error as Error).message);
      }
      if (answer === undefined) {
        throw failed('the target fetch gave no response (no handler answered this request)');
      }
      const { response, text, redirect } = answer;
      const { body, code } = readBody(text);
      const exchange: Exchange = {
        operationId: spec.operationId,
        request: sent,
        response: {
          status: response.status,
          headers: response.headers,
          text,
          body,
          code,
        },
      };
      if (redirect) {
        throw violation(
          'status_code_conformance',
          `the target ${redirectLine(response)}`,
          exchange,
        );
      }
      const [problem] = checkResponse(spec.operationId, {
        status: response.status,
        headers: response.headers,
        body: text,
      });
      if (problem) throw violation(problem.check, problem.message, exchange);
      return exchange;
    },
  };
}

const noResponse: ReadResponse = {
  status: 0,
  headers: new Headers(),
  text: '',
  body: undefined,
  code: undefined,
};

/**
 * A violation shown with the request that caused it, ready to paste.
 *
 * @example
 * throw violation('callback_sequence', 'a second callback on one key succeeded', exchange);
 */
export function violation(check: string, message: string, exchange: Exchange): ContractViolation {
  const { request, response } = exchange;
  const answered =
    response.status === 0 ? '' : `\n  answered ${response.status} ${response.text.slice(0, 300)}`;
  return new ContractViolation(
    check,
    `${message}\n  request: ${reproduction(request)}${answered}`,
    exchange,
  );
}
