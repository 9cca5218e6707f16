/**
 * Pure helpers for the result view: field order and labels per document, and how a reading is
 * marked (ok / check / problem), so the logic is testable without a DOM.
 */
import type { PhotoIssue } from '../../../../worker/core/ocr/pipeline';
import {
  ID_FIELDS,
  LICENCE_FIELDS,
  LOW_CONFIDENCE,
  type FieldReading,
  type OcrKind,
} from '../../../../worker/core/ocr/types';
import { validateCreditCode } from '../../../../worker/core/credit-code';
import { validateIdNumber } from '../../../../worker/core/id-number';
import type { Text } from '../../app/i18n';
import { O } from './ocr.strings';

export type Mark = 'ok' | 'check' | 'problem';

export function fieldsOf(kind: OcrKind): { key: string; label: Text }[] {
  if (kind === 'id') return ID_FIELDS.map((key) => ({ key, label: O[key] }));
  const labels: Record<string, Text> = {
    credit_code: O.credit_code,
    name: O.entity,
    type: O.type,
    legal_rep: O.legal_rep,
    address: O.premises,
    reg_date: O.reg_date,
  };
  return LICENCE_FIELDS.map((key) => ({ key, label: labels[key]! }));
}

/**
 * Fields whose values run long (an address, a company's name or type): shown wrapped in full,
 * so the applicant compares every character with the document without scrolling inside a box.
 */
export const LONG_FIELDS: ReadonlySet<string> = new Set(['address', 'name', 'type']);

/** The marker for a field, re-validating numbers the applicant has edited. */
export function markOf(
  key: string,
  value: string,
  r: FieldReading | undefined,
  edited: boolean,
): Mark {
  if (!value) return 'problem';
  if (key === 'id_number')
    return validateIdNumber(value).ok ? (edited ? 'ok' : base(r)) : 'problem';
  if (key === 'credit_code')
    return validateCreditCode(value).ok ? (edited ? 'ok' : base(r)) : 'problem';
  return edited ? 'ok' : base(r);
}

function base(r: FieldReading | undefined): Mark {
  if (!r || r.flag === 'invalid' || r.flag === 'missing') return 'problem';
  if (r.flag || r.confidence < LOW_CONFIDENCE) return 'check';
  return 'ok';
}

export function flagText(r: FieldReading | undefined, key = ''): Text | null {
  switch (r?.flag) {
    case 'invalid':
      return O.flagInvalid;
    case 'mismatch':
      return O.flagMismatch;
    case 'low':
      return O.flagLow;
    case 'missing':
      return O.flagMissing;
    case 'not_own':
      return key === 'legal_rep' ? O.flagNotOwnOperator : O.flagNotOwn;
    default:
      return null;
  }
}

const ISSUE_TEXT: Record<PhotoIssue, Text> = {
  cut_off: O.issueCutOff,
  dark: O.issueDark,
  blurred: O.issueBlurred,
  glare: O.issueGlare,
};

/**
 * What to tell the applicant about a photo that was read poorly: why, and what a retake should
 * do differently; only where an item was left unread or fails its check (a retake can then
 * give what the photo did not), not for values that are merely marked to compare.
 */
export function issueText(
  kind: OcrKind,
  issue: PhotoIssue | null,
  readings: Record<string, FieldReading>,
): Text | null {
  if (!issue) return null;
  const problem = fieldsOf(kind).some(
    ({ key }) => markOf(key, readings[key]?.value ?? '', readings[key], false) === 'problem',
  );
  return problem ? ISSUE_TEXT[issue] : null;
}
