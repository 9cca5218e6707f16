/**
 * Field schemas every request shares (zod), so that a name, a free text or a date is checked
 * the same way in every form, import and action, on the phone and in the worker.
 *
 * Text that people type is shown to other people later (a clerk's queue, a licence, an SMS):
 * it must not carry markup, control characters, bidirectional overrides that reorder what a
 * reader sees, or invisible characters that make two names look equal.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';

// C0/C1 controls and DEL; tab and line breaks are refused separately in single-line text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Bidi embeddings, overrides and isolates; zero-width and invisible formatting characters.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/u;
const MARKUP = /[<>]/u;
// Names: letters of any script, the middle dot of minority and foreign names, space, hyphen.
const NAME = /^[\p{L}\p{M}·•・.\- ]+$/u;

export type TextProblem = 'control' | 'invisible' | 'markup';

/** Why a typed text is refused, or null. Exported for the PWA's inline messages. */
export function textProblem(v: string, multiline = false): TextProblem | null {
  if (CONTROL.test(v) || (!multiline && /[\t\n\r]/.test(v))) return 'control';
  if (INVISIBLE.test(v)) return 'invisible';
  if (MARKUP.test(v)) return 'markup';
  return null;
}

/**
 * What is wrong with a refused text, as a sentence's predicate ("… must not contain …"): English
 * in `message`, Chinese in `params.zh` (the PWA's form shows the latter).
 */
export const TEXT_PROBLEM_MESSAGES = {
  control: {
    en: 'must not contain control characters',
    zh: '不能含有控制字符或换行，请重新输入。',
  },
  invisible: {
    en: 'must not contain invisible or direction-changing characters',
    zh: '不能含有看不见的字符或改变文字方向的字符，请重新输入。',
  },
  markup: { en: 'must not contain < or >', zh: '不能含有“<”或“>”。' },
} as const;

function typedText(min: number, max: number, multiline: boolean) {
  return z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .superRefine((v, ctx) => {
          const p = textProblem(v, multiline);
          if (p)
            ctx.addIssue({
              code: 'custom',
              message: TEXT_PROBLEM_MESSAGES[p].en,
              params: { zh: TEXT_PROBLEM_MESSAGES[p].zh },
            });
        }),
    );
}

/**
 * A single-line text people type (shop name, address, reason): trimmed, NFC-normalised,
 * `min`..`max` characters, no markup or hidden characters.
 * Example: plainText(2, 60).parse(' 建国便利店 ') === '建国便利店'.
 */
export function plainText(min: number, max: number) {
  return typedText(min, max, false);
}

/** As plainText, but line breaks are allowed (statements, inspection notes). */
export function longText(min: number, max: number) {
  return typedText(min, max, true);
}

/** A person's name: letters (any script), middle dot, space or hyphen; 2–40 characters. */
export function personName(min = 2, max = 40) {
  return plainText(min, max).refine((v) => NAME.test(v), {
    message: 'a name has letters only',
    params: { zh: '姓名只能包含文字、间隔号“·”、空格或连字符。' },
  });
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const isoDateField = z.string().refine(isIsoDate, {
  message: 'must be a real date written YYYY-MM-DD',
  params: { zh: '请填写真实的日期，格式为“年-月-日”。' },
});
