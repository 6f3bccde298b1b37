/**
 * How the suite talks to a target: one request at a time, signed when the target has credentials,
 * sent within its limits, every response read once and checked against the spec.
 */
import type { Credentials } from '@as-lifecycle/client';
import { sign } from '@as-lifecycle/signer';
import { ContractViolation, violation } from './contract-errors';
import type { Exchange, ReadResponse, RequestSpec, Sender, SentRequest } from './exchange';
import { fetchWithin, redirectLine } from './fetch-within';
import { createJudge, type Judge } from './judge';
import { isSecretHeader, reproduction } from './reproduction';
import { checkResponse } from './spec/check-response';
import { readBody } from './spec/read-response';
import { type ContractTarget, checkTarget } from './target';

const wrongSecret = 'as-lifecycle-contract-wrong-secret';
const wrongToken = 'as-lifecycle-contract-wrong-token';

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
 * response, and checks it against the spec. A response that breaks only rules of ours
 * (`x-as-decision`) goes to the judge (default: the target's `decisions` mode), which throws it in
 * `enforce` mode and keeps it as a deviation in `report` mode.
 *
 * @example
 * const sender = createSender({ baseUrl: 'http://127.0.0.1:4010', projectId: 'p' });
 * const { response } = await sender.send({ operationId: 'listLifecycleHooks', method: 'GET', path: '/scaling_lifecycle_hook/g/list' });
 */
export function createSender(
  target: ContractTarget,
  judge: Judge = createJudge(target?.decisions),
): Sender {
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
      const problems = checkResponse(spec.operationId, {
        status: response.status,
        headers: response.headers,
        body: text,
      });
      // A rule of the provider's broken fails at once; rules of ours only go to the judge.
      const documented = problems.find((problem) => !problem.decision);
      if (documented) throw violation(documented.check, documented.message, exchange);
      for (const { check, message, decision } of problems) {
        judge.breach(violation(check, message, exchange, decision));
      }
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
