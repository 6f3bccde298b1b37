// Each change to a signed request fails verification, with the reason that names the change.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { algorithm, requestModel, runs } from '../test/arbitraries';
import { sentBytes, signedRequest } from '../test/signed';
import { verify } from './index';

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
        const body = sentBytes(request.body);
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

// Half of the dates are the last second of their day, so that a second later is the next day.
const lastSecondOfDay = fc
  .tuple(requestModel, fc.boolean())
  .map(([model, last]) =>
    last ? { ...model, date: new Date(new Date(model.date).setUTCHours(23, 59, 59, 0)) } : model,
  );
const day = (date: Date) => date.toISOString().slice(0, 10);

test('changing X-Sdk-Date by a second fails with signature-mismatch (V11 across a day: malformed-authorization)', async () => {
  await fc.assert(
    fc.asyncProperty(lastSecondOfDay, algorithm, async (model, alg) => {
      const later = { ...model, date: new Date(model.date.getTime() + 1000) };
      const { request, options } = await signedRequest(model, alg);
      const { request: next } = await signedRequest(later, alg);
      request.headers.set('x-sdk-date', next.headers.get('x-sdk-date') ?? '');
      // A V11 Credential names its day; on another day X-Sdk-Date contradicts it.
      const reason =
        alg === 'V11-HMAC-SHA256' && day(later.date) !== day(model.date)
          ? 'malformed-authorization'
          : 'signature-mismatch';
      expect(await verify(request, options)).toMatchObject({ valid: false, reason });
    }),
    runs,
  );
});

test('a V11 request verified for another region or service fails with scope-mismatch', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, fc.constantFrom('region', 'service'), async (model, name) => {
      const { request, options } = await signedRequest(model, 'V11-HMAC-SHA256');
      const scope = { region: model.region, service: model.service };
      expect(await verify(request, { ...options, ...scope })).toMatchObject({ valid: true });
      const other = { ...scope, [name]: `${scope[name]}x` };
      expect(await verify(request, { ...options, ...other })).toMatchObject({
        valid: false,
        reason: 'scope-mismatch',
      });
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
