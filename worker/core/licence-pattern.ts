/**
 * Licence number patterns (许可证号规则) per county-level unit, e.g. `{county}{year}{seq:5}`:
 * the county code, the year of issue, the unit's ever-growing sequence padded to n digits, and
 * fixed characters between them. The worker computes the number inside the issuing batch
 * (licences/licence-number.ts); here are the rule an admin's pattern must meet and its preview.
 */
import { z } from 'zod';
import { plainText } from './fields';

const TOKEN = /\{(county|year|seq)(?::(\d{1,2}))?\}/g;
const LITERAL = /^[0-9A-Z-]*$/;

/**
 * Whether `pattern` makes unique, readable numbers: exactly one `{seq:n}` (n 3–10), `{county}`
 * and `{year}` at most once and without a width, fixed parts of digits, capitals and hyphens,
 * at most 40 characters.
 * @example isValidLicencePattern('{county}{year}{seq:5}') === true
 */
export function isValidLicencePattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > 40) return false;
  const tokens = [...pattern.matchAll(TOKEN)];
  const seq = tokens.filter((t) => t[1] === 'seq');
  if (seq.length !== 1) return false;
  const width = Number(seq[0]?.[2] ?? '5');
  if (width < 3 || width > 10) return false;
  for (const name of ['county', 'year']) {
    const t = tokens.filter((x) => x[1] === name);
    if (t.length > 1 || t.some((x) => x[2] !== undefined)) return false;
  }
  return LITERAL.test(pattern.replace(TOKEN, ''));
}

/**
 * The number `pattern` gives the `seq`-th licence of `county` in `year`.
 * @example licenceNumberPreview('{county}{year}{seq:5}', '370702', '2026', 12) === '370702202600012'
 */
export function licenceNumberPreview(
  pattern: string,
  county: string,
  year: string,
  seq: number,
): string {
  return pattern.replace(TOKEN, (_m, name: string, width?: string) =>
    name === 'county'
      ? county
      : name === 'year'
        ? year
        : String(seq).padStart(Number(width ?? '5'), '0'),
  );
}

/** An admin's change to a county-level unit's settings. */
export const jurisdictionSettingsSchema = z
  .object({
    name: plainText(2, 30),
    /** H3 resolution of the unit's default grids: 8 urban, 7 rural. */
    h3Res: z.number().int().min(6).max(9),
    licencePattern: z.string().min(1).max(40),
  })
  .strict();
export type JurisdictionSettingsInput = z.infer<typeof jurisdictionSettingsSchema>;

/** One unit's settings as the admin screen shows them. */
export interface JurisdictionSettingsView {
  code: string;
  name: string;
  kind: string;
  h3Res: number;
  licencePattern: string;
  /** The last sequence issued: the next licence takes the one after. */
  licenceSeq: number;
  /** The next licence number under the current pattern, for this year. */
  nextNumber: string;
}
