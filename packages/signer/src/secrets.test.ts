// The secret key never appears in a thrown error or in a verify message, including when it is
// passed where it does not belong (swapped with the access key, sent as the Authorization).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { algorithm, requestModel, runs, toSignInput, toSignOptions } from '../test/arbitraries';
import { signedRequest } from '../test/signed';
import { type SignInput, type SignOptions, sign, verify } from './index';

const secretKey = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 20,
  maxLength: 40,
});

async function thrown(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return `${(error as Error).message}\n${(error as Error).stack}`;
}

const misuses: ((sk: string, input: SignInput, o: SignOptions) => [SignInput, SignOptions])[] = [
  (sk, i, o) => [i, { ...o, credentials: { accessKey: '', secretKey: sk } }],
  (sk, i, o) => [i, { ...o, credentials: { accessKey: ` ${sk}`, secretKey: 'AK' } }],
  (sk, i, o) => [i, { ...o, credentials: { accessKey: 'AK', secretKey: sk, securityToken: '' } }],
  (sk, i, o) => [
    i,
    { ...o, credentials: { accessKey: 'AK', secretKey: sk }, algorithm: 'V11-HMAC-SHA256' },
  ],
  (sk, i, o) => [
    { ...i, url: '/relative' },
    { ...o, credentials: { accessKey: 'AK', secretKey: sk } },
  ],
  (sk, i, o) => [
    i,
    { ...o, credentials: { accessKey: 'AK', secretKey: sk }, date: new Date(Number.NaN) },
  ],
  (sk, i, o) => [
    i,
    { ...o, credentials: { accessKey: 'AK', secretKey: sk }, signedHeaders: ['x-none'] },
  ],
];

test('no misuse error of sign contains the secret key', async () => {
  await fc.assert(
    fc.asyncProperty(
      requestModel,
      secretKey,
      fc.constantFrom(...misuses),
      async (model, sk, misuse) => {
        const options = toSignOptions(model, 'SDK-HMAC-SHA256');
        delete options.region;
        delete options.service;
        const [input, opts] = misuse(sk, toSignInput(model), options);
        expect(await thrown(sign(input, opts))).not.toContain(sk);
      },
    ),
    runs,
  );
});

test('no verify failure message contains the secret key', async () => {
  const tamper = fc.constantFrom(
    (r: SignInput & { headers: Headers }) => ({ ...r, body: 'tampered' }),
    (r: SignInput & { headers: Headers }) => {
      r.headers.delete('x-sdk-date');
      return r;
    },
    (r: SignInput & { headers: Headers }) => {
      r.headers.set('x-sdk-date', 'yesterday');
      return r;
    },
  );
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, secretKey, tamper, async (model, alg, sk, change) => {
      const signedWith = {
        ...model,
        credentials: { accessKey: model.credentials.accessKey, secretKey: sk },
      };
      const { request, options } = await signedRequest(signedWith, alg);
      const result = await verify(change(request), { ...options, now: new Date(0) });
      expect(result.valid).toBe(false);
      expect(JSON.stringify(result)).not.toContain(sk);
    }),
    runs,
  );
});

test('a client that swapped AK and SK does not get its SK into the verify message', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, secretKey, async (model, alg, sk) => {
      const swapped = {
        ...model,
        credentials: { accessKey: sk, secretKey: model.credentials.accessKey },
      };
      const { request, options } = await signedRequest(swapped, alg);
      const result = await verify(request, { ...options, secretKeyFor: () => undefined });
      expect(result).toMatchObject({ valid: false, reason: 'unknown-access-key' });
      expect(JSON.stringify(result)).not.toContain(sk);
    }),
    runs,
  );
});

test('a secret key sent in place of the Authorization does not reach the verify message', async () => {
  await fc.assert(
    fc.asyncProperty(
      requestModel,
      secretKey,
      fc.constantFrom('', ' x', ', Signature=1'),
      async (model, sk, tail) => {
        const input = toSignInput(model);
        const result = await verify(
          { ...input, headers: { Authorization: `${sk}${tail}` } },
          { secretKeyFor: () => sk },
        );
        expect(result.valid).toBe(false);
        expect(JSON.stringify(result)).not.toContain(sk);
      },
    ),
    runs,
  );
});

test('no verify misuse error contains the secret key', async () => {
  await fc.assert(
    fc.asyncProperty(secretKey, async (sk) => {
      const error = await thrown(
        verify({ method: 'GET', url: `/${sk}` }, { secretKeyFor: () => sk }),
      );
      expect(error).not.toContain(sk);
    }),
    { ...runs, numRuns: 50 },
  );
});
