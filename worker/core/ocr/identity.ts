/**
 * An ID card read for the applicant's own application, checked against the identity the
 * real-name check (实名认证) bound to the phone: the name and the masked ID number the PWA has
 * (`/api/me`; the full number never leaves the worker).
 *
 * The card's number is the proof. A number that passes its check digit (GB 11643) and shows
 * the bound number's first six and last four characters is the applicant's own card: its
 * printed name is then the verified name, whatever the line model made of a rare character
 * (彭彧强 read 彭或强). Only a name the model was unsure of is replaced (it was marked); a name
 * read with every character near-certain that still differs is left as read, marked, with the
 * verified one offered. A valid number that is not the bound one says the card is someone
 * else's: the applicant is told before the submission is refused for it (IDENTITY_MISMATCH).
 * A number that fails its check (a digit lost to glare) is put right only where the card
 * itself proves it: the bound number's six and four shown characters around the birth date
 * printed on the card (出生) make a number whose check digit holds, and the reading differs
 * from it in at most two characters. Otherwise nothing changes.
 *
 * Only for an application made in one's own name: an agent (代办) photographs the operator's
 * card, which is not the agent's identity.
 */
import { validateIdNumber } from '../id-number';
import { maskIdNumber } from '../masking';
import type { Extraction, FieldReading, IdField, LicenceField } from './types';

/** The identity bound by the real-name check, as `/api/me` gives it. */
export interface KnownIdentity {
  name: string;
  /** First six and last four characters shown (`maskIdNumber`). */
  idNumberMasked: string;
}

/**
 * `own`: the card's number is the bound one; `other`: a valid number that is not;
 * `unknown`: the number failed its check (or nothing is bound), so nothing is known.
 */
export type IdentityMatch = 'own' | 'other' | 'unknown';

/** Whether the card's number is the one bound to the applicant. */
export function identityMatch(
  idNumber: string,
  known: KnownIdentity,
  today?: string,
): IdentityMatch {
  if (!known.idNumberMasked || !validateIdNumber(idNumber, today).ok) return 'unknown';
  return maskIdNumber(idNumber) === maskIdNumber(known.idNumberMasked) ? 'own' : 'other';
}

/** Characters a misread number may differ by from the one its card proves. */
const MAX_MISREAD = 2;

/**
 * The bound number rebuilt from its mask and the birth date printed on the card (YYYY-MM-DD),
 * when its check digit holds; null otherwise.
 * Example: ('370702********123X' masked, '1985-06-15') → '37070219850615123X' if valid.
 */
export function boundNumber(known: KnownIdentity, birth: string, today?: string): string | null {
  const masked = maskIdNumber(known.idNumberMasked);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birth);
  if (masked.length !== 18 || !date) return null;
  const n = `${masked.slice(0, 6)}${date[1]}${date[2]}${date[3]}${masked.slice(14)}`;
  return validateIdNumber(n, today).ok ? n : null;
}

/** The number a misread one stands for: the bound one, when the card proves it (above). */
function provenNumber(
  fields: Extraction<IdField>,
  known: KnownIdentity,
  today?: string,
): string | null {
  const read = [...fields.id_number.value.toUpperCase()];
  const n = boundNumber(known, fields.birth.value, today);
  if (!n || read.length !== 18) return null;
  const differ = read.filter((ch, i) => ch !== n[i]).length;
  return differ <= MAX_MISREAD ? n : null;
}

/**
 * The card's fields after the check (see the module's comment); the input is not changed.
 * Example: name 彭或强 (marked) + number 370702…123X, bound 彭彧强 / 370702********123X
 * → name 彭彧强, unmarked, `from: 'identity'`.
 */
export function checkAgainstIdentity(
  fields: Extraction<IdField>,
  known: KnownIdentity,
  today?: string,
): { fields: Extraction<IdField>; match: IdentityMatch } {
  let match = identityMatch(fields.id_number.value, known, today);
  if (match === 'unknown') {
    const n = provenNumber(fields, known, today);
    if (n) {
      fields = { ...fields, id_number: { value: n, confidence: 100, from: 'identity' } };
      match = 'own';
    }
  }
  const name = known.name.trim();
  if (match === 'other') {
    return {
      fields: { ...fields, id_number: { ...fields.id_number, flag: 'not_own' } },
      match,
    };
  }
  if (match === 'unknown' || !name) return { fields, match };
  const read = fields.name;
  const confirmed: FieldReading = { value: name, confidence: 100, from: 'identity' };
  // Read near-certain, every character, and still another name: the applicant decides.
  if (read.value && read.value !== name && !read.flag) {
    const options = [name, ...(read.options ?? []).filter((o) => o !== name)];
    return { fields: { ...fields, name: { ...read, flag: 'low', options } }, match };
  }
  return { fields: { ...fields, name: confirmed }, match };
}

/**
 * A 个体工商户 licence read for one's own application: its 经营者 is the applicant, so their
 * verified name is checked against it. No number on a licence proves whose it is, so the name
 * is only confirmed where the reading already says so: read as the verified name, or marked
 * with the verified name among the model's own runner-ups (马兰圭 offered 马兰垚). A name read
 * near-certain that is not the applicant's is marked `not_own`: the licence is someone
 * else's. A company's licence is left alone (its legal representative need not apply).
 */
export function checkLicenceAgainstIdentity(
  fields: Extraction<LicenceField>,
  individual: boolean,
  known: KnownIdentity,
): Extraction<LicenceField> {
  const name = known.name.trim();
  const read = fields.legal_rep;
  if (!individual || !name || !read.value) return fields;
  if (read.value === name || (read.flag && read.options?.includes(name))) {
    return { ...fields, legal_rep: { value: name, confidence: 100, from: 'identity' } };
  }
  if (read.flag) return fields;
  return { ...fields, legal_rep: { ...read, flag: 'not_own' } };
}
