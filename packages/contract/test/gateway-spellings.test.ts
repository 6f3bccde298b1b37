/**
 * The API gateway writes its codes `APIG.xxxx` (its FAQs) and `APIGW.xxxx` (its signing guide):
 * the authentication checks accept either spelling of the code the spec names, and nothing else.
 */
import { expect, test } from 'vitest';
import { runContract } from '../src/run-contract';

const refusing = (code: string) => async () =>
  new Response(
    JSON.stringify({
      error_code: code,
      error_msg: 'Incorrect IAM authentication information: verify aksk signature fail',
      request_id: 'c'.repeat(32),
    }),
    {
      status: 401,
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'c'.repeat(32) },
    },
  );

const authChecks = (code: string) =>
  runContract({
    target: {
      baseUrl: 'https://as.cn-north-4.myhuaweicloud.com',
      projectId: 'p',
      credentials: { accessKey: 'GATEWAYAK', secretKey: 'gateway-SECRET-sk' },
      fetch: refusing(code),
    },
    only: ['missing_auth', 'wrong_auth'],
    seed: 3,
  });

test.each(['APIG.0301', 'APIGW.0301'])(
  'a gateway refusing with %s passes the authentication checks',
  async (code) => {
    const report = await authChecks(code);
    expect(report.results.map((r) => [r.id, r.status])).toEqual([
      ['missing_auth', 'passed'],
      ['wrong_auth', 'passed'],
    ]);
  },
);

test('a code spelled APIGX fails them, as the body the spec documents', async () => {
  const report = await authChecks('APIGX.0301');
  for (const result of report.results) {
    expect(result).toMatchObject({ status: 'failed', violated: 'response_schema_conformance' });
  }
});
