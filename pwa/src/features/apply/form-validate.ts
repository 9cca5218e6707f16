/**
 * Validation before submitting, with the worker's own zod schema (formSchemaFor), so the
 * applicant sees every problem at once and in plain words, without a round trip. Loaded with
 * the form page only: zod stays out of the app's first download.
 */
import type { z } from 'zod';
import type { BusinessType } from '@core/business-types';
import { formSchemaFor } from '@core/forms';
import { fieldErrors, toSubmission, type FieldErrors, type FormState } from './form-state';

type IssueLike = Pick<z.core.$ZodIssue, 'path' | 'message' | 'code'> & {
  params?: { zh?: string };
};

/** Plain words for zod's issue codes: a shop owner should not read "expected string". */
const ISSUE_TEXT: Record<string, [zh: string, en: string]> = {
  missing: ['此项必须填写。', 'This is required.'],
  too_small: ['填写的内容太短或数值太小。', 'Too short or too small.'],
  too_big: ['填写的内容太长或数值太大。', 'Too long or too large.'],
  invalid_value: ['请从选项中选择，或勾选确认。', 'Choose one of the options, or tick to confirm.'],
  invalid_format: ['格式不正确，日期请按“年-月-日”填写。', 'Wrong format; dates are YYYY-MM-DD.'],
  invalid_type: ['填写的内容格式不正确。', 'This has the wrong format.'],
  custom: ['此项必须填写。', 'This is required.'],
};

function issueText(i: IssueLike, zh: boolean): string {
  if (zh && i.params?.zh) return i.params.zh;
  if (!zh && i.code === 'custom' && i.params?.zh) return i.message;
  const missing = i.code === 'invalid_type' && /received undefined/.test(i.message);
  const key = missing ? 'missing' : i.code;
  const pair = ISSUE_TEXT[key] ?? ISSUE_TEXT.invalid_type!;
  return zh ? pair[0] : pair[1];
}

/** Runs the same zod schema as the worker; `zh` picks the Chinese message where one exists. */
export function validate(
  type: BusinessType,
  f: FormState,
  zh: boolean,
): { ok: true; form: Record<string, unknown> } | { ok: false; errors: FieldErrors } {
  const body = toSubmission(type, f);
  const res = formSchemaFor(type).safeParse(body);
  if (res.success) return { ok: true, form: body };
  const issues = (res.error.issues as IssueLike[]).map((i) => ({
    path: i.path.join('.'),
    message: issueText(i, zh),
  }));
  return { ok: false, errors: fieldErrors(issues) };
}
