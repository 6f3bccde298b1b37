// The signature, recomputed with node:crypto as the reference: for V11, the key is the lowercase
// hex of HKDF-SHA256(ikm = SK, salt = AK, info = scope, 32 bytes), as node:crypto's own hkdfSync
// derives it. Runs with whichever backend `#crypto` resolves to (vitest.config.ts: both).
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { accessKey, algorithm, runs, scopeName } from '../test/arbitraries';
import { signCanonical } from './signature';

const text = fc.string({ unit: 'binary', maxLength: 200 });
const secretKey = fc.string({ unit: 'binary', minLength: 1, maxLength: 64 });
const day = fc.stringMatching(/^\d{8}$/);

test('signCanonical signs as the reference: SK as key, or V11 with an HKDF-derived key', async () => {
  await fc.assert(
    fc.asyncProperty(
      algorithm,
      accessKey,
      secretKey,
      text,
      fc.tuple(day, scopeName, scopeName),
      async (alg, ak, sk, canonical, [date, region, service]) => {
        const sdkDate = `${date}T000000Z`;
        const scope = `${date}/${region}/${service}`;
        const v11 = alg === 'V11-HMAC-SHA256';
        const key = v11 ? Buffer.from(hkdfSync('sha256', sk, ak, scope, 32)).toString('hex') : sk;
        const hash = createHash('sha256').update(canonical).digest('hex');
        const toSign = `${alg}\n${sdkDate}\n${v11 ? `${scope}\n` : ''}${hash}`;
        const expected = createHmac('sha256', key).update(toSign).digest('hex');
        const ours = await signCanonical({
          algorithm: alg,
          accessKey: ak,
          secretKey: sk,
          sdkDate,
          canonical,
          scope: v11 ? scope : undefined,
        });
        expect(ours).toBe(expected);
      },
    ),
    runs,
  );
});
