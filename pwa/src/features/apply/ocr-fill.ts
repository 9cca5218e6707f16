/**
 * One-tap capture: the photo taken for the ID card or business licence attachment is also read
 * in the browser (features/ocr, loaded only now) and, once the applicant confirms the fields
 * on the check screen, fills the form. Nothing leaves the phone for recognition.
 */
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

/** Reads `photo` and fills the fields the applicant confirmed; empty readings change nothing. */
export async function fillFromPhoto(
  b: Binding,
  kind: 'id' | 'licence',
  photo: Blob,
): Promise<void> {
  if (photo.type === 'application/pdf') return;
  const { readPhoto } = await import('../ocr');
  const result = await readPhoto(kind, photo);
  if (!result) return;
  for (const [key, field] of FILL[kind]) {
    const value = result.fields[key]?.trim();
    if (value) b.set(field, value);
  }
}
