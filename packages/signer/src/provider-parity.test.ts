// Our Authorization header is byte-identical to the provider's Node signer's for the same request,
// date and signed headers, wherever that signer agrees with Go/Python (test/parity-arbitraries.ts
// lists where it does not, and why).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { runs, toSignInput, toSignOptions } from '../test/arbitraries';
import { parityRequest, toProviderRequest } from '../test/parity-arbitraries';
import { providerAuthorization } from '../test/provider';
import { sign } from './index';

test('SDK-HMAC-SHA256 Authorization is byte-identical to AKSKSigner.sign', async () => {
  await fc.assert(
    fc.asyncProperty(parityRequest, async ({ model, data }) => {
      const ours = await sign(toSignInput(model), toSignOptions(model, 'SDK-HMAC-SHA256'));
      const theirs = providerAuthorization(
        toProviderRequest(model, data),
        model.credentials,
        'SDK-HMAC-SHA256',
        model,
      );
      expect(ours.Authorization).toBe(theirs);
    }),
    runs,
  );
});

test('V11-HMAC-SHA256 Authorization is byte-identical to DerivedAKSKSigner.sign', async () => {
  await fc.assert(
    fc.asyncProperty(parityRequest, async ({ model, data }) => {
      const ours = await sign(toSignInput(model), toSignOptions(model, 'V11-HMAC-SHA256'));
      const theirs = providerAuthorization(
        toProviderRequest(model, data),
        model.credentials,
        'V11-HMAC-SHA256',
        model,
      );
      expect(ours.Authorization).toBe(theirs);
    }),
    runs,
  );
});
