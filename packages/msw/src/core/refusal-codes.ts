/**
 * The catalogue codes the mock's policy modes answer, named once. Each is checked against the
 * generated catalogue: a code the spec drops fails to compile (`satisfies AsErrorCode`) or to load.
 */
import { type AsErrorCode, asErrorCatalogue } from '@as-lifecycle/types';

/** The catalogue's one code with `status`, in `shape`; throws at load when the spec has none or several. */
function onlyCode(status: number, shape: 'as' | 'gateway'): AsErrorCode {
  const codes = (Object.keys(asErrorCatalogue) as AsErrorCode[]).filter(
    (code) => asErrorCatalogue[code].status === status && asErrorCatalogue[code].shape === shape,
  );
  const [code] = codes;
  if (codes.length !== 1 || code === undefined) {
    throw new Error(
      `The spec's x-as-error-catalogue must hold exactly one ${shape} code with status ${status}, not ${codes.length}. Fix spec/openapi.yaml.`,
    );
  }
  return code;
}

/** The API gateway's throttling answer (429 APIG.0308): the catalogue's one gateway 429. */
export const THROTTLED: AsErrorCode = onlyCode(429, 'gateway');

/** A fine-grained IAM policy's refusal, "Policy doesn't allow [%s] to be performed." */
export const POLICY_DENIED = 'AS.0031' satisfies AsErrorCode;
