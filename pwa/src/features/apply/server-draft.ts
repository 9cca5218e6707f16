/** The server copy of a draft (kept apart from form-state so its unit tests need no core). */
import { validateCreditCode } from '@core/credit-code';
import { validateIdNumber } from '@core/id-number';
import type { BusinessType } from '@core/business-types';
import { toSubmission, type FormState } from './form-state';

/**
 * The copy kept as a server draft: identifiers that do not validate yet are left out, because
 * the server refuses a draft holding an invalid ID number or credit code.
 */
export function toServerDraft(type: BusinessType, f: FormState): Record<string, unknown> {
  const out = toSubmission(type, f);
  for (const k of ['idNumber', 'agentIdNumber']) {
    if (typeof out[k] === 'string' && !validateIdNumber(out[k]).ok) delete out[k];
  }
  if (typeof out.creditCode === 'string' && !validateCreditCode(out.creditCode).ok) {
    delete out.creditCode;
  }
  return out;
}
