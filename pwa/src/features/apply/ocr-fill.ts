/**
 * One-tap capture: the photo taken for the ID card or business licence attachment is also read
 * in the browser (features/ocr, loaded only now) and, once the applicant confirms the fields
 * on the check screen, fills the form. Nothing leaves the phone for recognition.
 */
import type { KnownIdentity } from '../../../../worker/core/ocr/identity';
import { applicant } from '../../app/auth';
import type { Binding } from './fields';

/** Form fields filled from each document's recognised keys (the `ocr:extract` keys). */
const FILL: Record<'id' | 'licence', [ocrKey: string, formField: string][]> = {
  id: [
    ['name', 'operatorName'],
    ['id_number', 'idNumber'],
  ],
  licence: [
    ['credit_code', 'creditCode'],
    ['name', 'shopName'],
    ['address', 'address'],
  ],
};

/**
 * The identity an ID card and a 个体工商户 licence are checked against: the applicant's
 * verified one, when they apply in their own name (an agent photographs the operator's card
 * and licence, not their own).
 */
export function ownIdentity(form: Record<string, unknown>): KnownIdentity | undefined {
  const who = applicant.value;
  if (form.byAgent === true || !who?.realNameVerified || !who.name || !who.idNumberMasked) {
    return undefined;
  }
  return { name: who.name, idNumberMasked: who.idNumberMasked };
}

/** Reads `photo` and fills the fields the applicant confirmed; empty readings change nothing. */
export async function fillFromPhoto(
  b: Binding,
  kind: 'id' | 'licence',
  photo: Blob,
): Promise<void> {
  if (photo.type === 'application/pdf') return;
  const { readPhoto } = await import('../ocr');
  const result = await readPhoto(kind, photo, ownIdentity(b.form));
  if (!result) return;
  for (const [key, field] of FILL[kind]) {
    const value = result.fields[key]?.trim();
    if (value) b.set(field, value);
  }
}
