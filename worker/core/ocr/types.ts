/**
 * Shapes shared by the OCR field parsers, the recognition pipeline (browser worker and Node) and
 * the benchmark. Field keys are the ones `ocr:extract` prints, so a benchmark can score any set.
 */

export type OcrKind = 'id' | 'licence';

export const ID_FIELDS = ['name', 'sex', 'ethnicity', 'birth', 'address', 'id_number'] as const;
export const LICENCE_FIELDS = [
  'credit_code',
  'name',
  'type',
  'legal_rep',
  'address',
  'reg_date',
] as const;

export type IdField = (typeof ID_FIELDS)[number];
export type LicenceField = (typeof LICENCE_FIELDS)[number];
export type OcrField = IdField | LicenceField;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised word as tesseract reports it; confidence 0–100. */
export interface OcrWord {
  text: string;
  confidence: number;
  bbox: Box;
}

/** One row of text rebuilt from word boxes (or one band re-read); confidence 0–100. */
export interface OcrLine {
  text: string;
  confidence: number;
  bbox?: Box;
}

/**
 * Why a field needs the applicant's eye: `invalid` = fails its format or check digit,
 * `mismatch` = disagrees with another field (printed birth date vs the ID number),
 * `low` = recognised with low confidence, `missing` = not found, `not_own` = a valid ID number
 * that is not the one the applicant's real-name check bound (identity.ts).
 */
export type FieldFlag = 'invalid' | 'mismatch' | 'low' | 'missing' | 'not_own';

export interface FieldReading {
  /** '' when nothing trustworthy was read: never a guess. */
  value: string;
  /** 0–100; 0 when empty. */
  confidence: number;
  flag?: FieldFlag;
  /**
   * Other readings for the applicant to choose with one tap, never taken by the pipeline
   * itself: for a marked person's name, the ones the line model nearly gave (彭或强 → 彭彧强,
   * options.ts); for a marked address, a misread place replaced by one a character away
   * (摄刀区 → 掇刀区, `placeOptions` in place-options.ts).
   */
  options?: string[];
  /**
   * Where the value came from when not from the page alone: `identity` = the name the
   * real-name check bound, taken because the card's number proved the card the applicant's
   * own (identity.ts).
   */
  from?: 'identity';
}

export type Extraction<F extends string> = Record<F, FieldReading>;

/** Below this a field is shown highlighted even if it passed its format check. */
export const LOW_CONFIDENCE = 70;

/**
 * Below this (0–100) a character of a person's name leaves the name marked. A name has no
 * check at all, and a rare given-name character is read as its common look-alike with the
 * model still fairly sure (彧 as 或 at 93, 垚 as 圭 at 79, 曾 as 會 at 85): only a name whose
 * every character was read with near certainty passes unmarked.
 */
export const NAME_SURE = 95;
