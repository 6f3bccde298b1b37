// Each change to a signed request fails verification, with the reason that names the change.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { algorithm, requestModel, runs } from '../test/arbitraries';
import { signedRequest } from '../test/signed';
import { utf8 } from './encoding';
import { verify } from './index';
import { bodyBytes } from './payload';

const mismatch = { valid: false, reason: 'signature-mismatch' };

test('changing one body byte fails with signature-mismatch', async () => {
  const withBody = requestModel.filter((m) => m.body.length > 0 && !m.unsignedPayload);
  await fc.assert(
    fc.asyncProperty(
      withBody,
      algorithm,
      fc.nat(),
      fc.integer({ min: 1, max: 255 }),
      async (model, alg, at, xor) => {
        const { request, options } = await signedRequest(model, alg);
        const data = bodyBytes(request.body);
        const body = (typeof data === 'string' ? utf8(data) : data).slice();
        const i = at % body.length;
        body[i] = (body[i] as number) ^ xor;
        expect(await verify({ ...request, body }, options)).toMatchObject(mismatch);
      },
    ),
    runs,
  );
});

test('changing the path fails with signature-mismatch', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, async (model, alg) => {
      const { request, options } = await signedRequest(model, alg);
      const url = new URL(request.url);
      url.pathname += '/x';
      expect(await verify({ ...request, url }, options)).toMatchObject(mismatch);
    }),
    runs,
  );
});

test('changing a query value fails with signature-mismatch', async () => {
  const withQuery = requestModel.filter((m) => m.query.length > 0);
  await fc.assert(
    fc.asyncProperty(withQuery, algorithm, fc.nat(), async (model, alg, at) => {
      const { request, options } = await signedRequest(model, alg);
      const url = new URL(request.url);
      const entries = [...url.searchParams];
      const i = at % entries.length;
      const [key, value] = entries[i] as [string, string];
      entries[i] = [key, `${value}x`];
      url.search = new URLSearchParams(entries).toString();
      expect(await verify({ ...request, url }, options)).toMatchObject(mismatch);
    }),
    runs,
  );
});

test("changing a signed header's value fails with signature-mismatch", async () => {
  const withHeader = requestModel.filter((m) => m.headers.length > 0);
  await fc.assert(
    fc.asyncProperty(withHeader, algorithm, fc.nat(), async (model, alg, at) => {
      const { request, options } = await signedRequest(model, alg);
      const [name] = model.headers[at % model.headers.length] as [string, string];
      request.headers.set(name, `${request.headers.get(name)}x`);
      expect(await verify(request, options)).toMatchObject(mismatch);
    }),
    runs,
  );
});

test('changing X-Sdk-Date by a second fails with signature-mismatch', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, async (model, alg) => {
      const later = { ...model, date: new Date(model.date.getTime() + 1000) };
      const { request, options } = await signedRequest(model, alg);
      const { request: next } = await signedRequest(later, alg);
      request.headers.set('x-sdk-date', next.headers.get('x-sdk-date') ?? '');
      expect(await verify(request, options)).toMatchObject({ valid: false });
    }),
    runs,
  );
});

const skewSeconds = fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 3600 }));
const side = fc.constantFrom(-1, 1);

test('a date more than maxSkewSeconds from now, either way, fails with date-skew', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, skewSeconds, side, async (model, alg, skew, sign) => {
      const { request, options } = await signedRequest(model, alg);
      const now = new Date(model.date.getTime() + sign * ((skew ?? 900) + 1) * 1000);
      const result = await verify(request, {
        ...options,
        now,
        ...(skew === undefined ? {} : { maxSkewSeconds: skew }),
      });
      expect(result).toMatchObject({ valid: false, reason: 'date-skew' });
    }),
    runs,
  );
});

test('a date exactly maxSkewSeconds from now, either way, passes', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, skewSeconds, side, async (model, alg, skew, sign) => {
      const { request, options } = await signedRequest(model, alg);
      const now = new Date(model.date.getTime() + sign * (skew ?? 900) * 1000);
      const result = await verify(request, {
        ...options,
        now,
        ...(skew === undefined ? {} : { maxSkewSeconds: skew }),
      });
      expect(result).toMatchObject({ valid: true });
    }),
    runs,
  );
});

test('an unknown access key fails with unknown-access-key', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, async (model, alg) => {
      const { request, options } = await signedRequest(model, alg);
      const result = await verify(request, { ...options, secretKeyFor: () => undefined });
      expect(result).toMatchObject({ valid: false, reason: 'unknown-access-key' });
    }),
    runs,
  );
});

test('another secret key fails with signature-mismatch', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, async (model, alg) => {
      const { request, options } = await signedRequest(model, alg);
      const secretKey = `${model.credentials.secretKey}x`;
      expect(await verify(request, { ...options, secretKeyFor: () => secretKey })).toMatchObject(
        mismatch,
      );
    }),
    runs,
  );
});

test('removing a signed header fails with missing-signed-header', async () => {
  const withHeader = requestModel.filter((m) => m.headers.length > 0 || m.projectId !== null);
  await fc.assert(
    fc.asyncProperty(withHeader, algorithm, fc.nat(), async (model, alg, at) => {
      const { request, options } = await signedRequest(model, alg);
      const names = model.headers.map(([name]) => name);
      if (model.projectId !== null) names.push('X-Project-Id');
      request.headers.delete(names[at % names.length] as string);
      expect(await verify(request, options)).toMatchObject({
        valid: false,
        reason: 'missing-signed-header',
      });
    }),
    runs,
  );
});
