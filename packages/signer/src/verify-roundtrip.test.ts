import fc from 'fast-check';
import { expect, test } from 'vitest';
import { algorithm, requestModel, runs } from '../test/arbitraries';
import { signedRequest } from '../test/signed';
import { verify } from './index';

test('verify accepts what sign signed, for both algorithms', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, async (model, alg) => {
      const { request, options } = await signedRequest(model, alg);
      const result = await verify(request, options);
      const signedHeaders = /SignedHeaders=([^,]+),/.exec(
        request.headers.get('authorization') ?? '',
      )?.[1];
      expect(result).toEqual({
        valid: true,
        accessKey: model.credentials.accessKey,
        algorithm: alg,
        signedHeaders: signedHeaders?.split(';'),
      });
    }),
    runs,
  );
});

test('verify takes a signed host from the URL when the request has no Host (browsers, MSW)', async () => {
  const hostFromUrl = requestModel.map((model) => ({ ...model, hostHeader: null }));
  await fc.assert(
    fc.asyncProperty(hostFromUrl, algorithm, async (model, alg) => {
      const { request, options } = await signedRequest(model, alg);
      request.headers.delete('host');
      expect(await verify(request, options)).toMatchObject({ valid: true });
    }),
    runs,
  );
});

test('verify accepts an async secretKeyFor', async () => {
  await fc.assert(
    fc.asyncProperty(requestModel, algorithm, async (model, alg) => {
      const { request, options } = await signedRequest(model, alg);
      const secretKeyFor = async (key: string) => options.secretKeyFor(key);
      expect(await verify(request, { ...options, secretKeyFor })).toMatchObject({ valid: true });
    }),
    { ...runs, numRuns: 50 },
  );
});
