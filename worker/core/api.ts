/**
 * The HTTP contract between the PWA and the worker: request schemas (zod, validated on the
 * server and reused by the PWA's forms); the response shapes are in api-views.ts and
 * api-answers.ts, re-exported here. The worker's handlers return these types, and the PWA's
 * client is typed from those handlers.
 */
import { z } from 'zod';
import { BUSINESS_TYPES, type BusinessType } from './business-types';
import { STAFF_ROLES } from './roles';
import { APPLICATION_STATUSES } from './application-state';
import { isoDateField, longText, personName, plainText } from './fields';
import { TERMINATION_GROUNDS, TERMINATION_REASON_MAX, TERMINATION_REASON_MIN } from './termination';
import { MOBILE_PHONE_PATTERN } from './phone';
import { PRIVACY_NOTICE_VERSION } from './privacy';
import { searchQueryProblem } from './search';

/** Mainland China mobile number (see phone.ts). */
export const phoneSchema = z
  .string()
  .trim()
  .regex(MOBILE_PHONE_PATTERN, 'phone must be an 11-digit mainland mobile number');

export const smsRequestSchema = z.object({ phone: phoneSchema }).strict();
export const smsVerifySchema = z
  .object({ phone: phoneSchema, code: z.string().regex(/^\d{6}$/, 'code must be 6 digits') })
  .strict();
export const staffLoginSchema = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .strict();

/** The version of the privacy notice agreed to: only the one in force counts. */
const noticeVersion = z
  .string()
  .max(40)
  .refine((v) => v === PRIVACY_NOTICE_VERSION, 'agree to the privacy notice in force');

/**
 * What a (re)submission agrees to (privacy.ts): the 告知承诺, the processing of personal
 * information, and — separately, as PIPL art. 29 wants for ID numbers and faces — of the
 * sensitive kind. Each must be ticked by the applicant; a missing one answers CONSENT_REQUIRED.
 */
export const consentSchema = z
  .object({
    noticeVersion,
    promise: z.literal(true),
    personalInfo: z.literal(true),
    sensitiveInfo: z.literal(true),
  })
  .strict();
export type ConsentInput = z.input<typeof consentSchema>;

/** The separate consent to process the ID number for the real-name check. */
export const realnameConsentSchema = z
  .object({ noticeVersion, sensitiveInfo: z.literal(true) })
  .strict();

export const realnameBindSchema = z
  .object({
    name: personName(),
    idNumber: z.string().trim().toUpperCase().max(18),
    consent: realnameConsentSchema,
  })
  .strict();

export const businessTypeSchema = z.enum(BUSINESS_TYPES);

/**
 * A 新办 names no licence (it asks for one); every other type starts from one of the
 * applicant's own licences, which the worker checks.
 */
function licenceMatchesType(
  v: { type: BusinessType; licenceId?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (v.type === 'new' && v.licenceId !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['licenceId'],
      message: 'a new application names no licence',
    });
  }
  if (v.type !== 'new' && v.licenceId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['licenceId'], message: 'choose one of your licences' });
  }
}

export const draftCreateSchema = z
  .object({
    /** Client-made id, so a draft created offline and synced twice is still one draft. */
    id: z.uuid().optional(),
    type: businessTypeSchema,
    licenceId: z.string().max(64).optional(),
    form: z.record(z.string().max(64), z.unknown()).default({}),
  })
  .strict()
  .superRefine(licenceMatchesType);

export const draftUpdateSchema = z
  .object({ form: z.record(z.string().max(64), z.unknown()) })
  .strict();

/** 提交: creates (or submits a draft) once per idempotency key, however often it is retried. */
export const submissionSchema = z
  .object({
    idempotencyKey: z.uuid(),
    draftId: z.string().max(64).optional(),
    type: businessTypeSchema,
    licenceId: z.string().max(64).optional(),
    form: z.record(z.string().max(64), z.unknown()),
    consent: consentSchema,
  })
  .strict()
  .superRefine(licenceMatchesType);

/** A submission as the PWA sends it (and keeps it in its offline outbox until it lands). */
export type SubmissionRequest = z.input<typeof submissionSchema>;

/**
 * 补正后重新提交, once per idempotency key: a retry after a lost answer is the same request (the
 * PWA's outbox resends it until it lands), answered with the case as it made it.
 */
export const resubmitSchema = z
  .object({
    idempotencyKey: z.uuid(),
    version: z.number().int().min(1),
    form: z.record(z.string().max(64), z.unknown()),
    consent: consentSchema,
  })
  .strict();
export type ResubmitRequest = z.input<typeof resubmitSchema>;

/** One year of the State Council's holiday schedule, as an admin enters it. */
export const calendarYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    holidays: z.array(isoDateField).max(60),
    makeup_workdays: z.array(isoDateField).max(20),
    source: plainText(2, 200),
  })
  .strict();

export const revealSchema = z.object({ reason: plainText(4, 200) }).strict();

/**
 * A search of the queue: reference, licence number or phone (their start), applicant or shop
 * name (any part of two characters or more); words separated by spaces must all match. Empty
 * means no search.
 */
export const searchQuerySchema = z
  .string()
  .trim()
  .max(40)
  .refine((q) => q === '' || searchQueryProblem(q) === null, {
    message: 'every word of a search needs two characters or more (at most 4 words)',
    params: { zh: '搜索的每个词至少需要两个字（最多4个词）。' },
  });

export const queueQuerySchema = z
  .object({
    q: searchQuerySchema.optional(),
    /** A status, `open` (every status with a running clock; the default) or `all`. */
    status: z.enum([...APPLICATION_STATUSES, 'open', 'all']).default('open'),
    type: businessTypeSchema.optional(),
    /** Deadline filter: `overdue` (red) or `soon` (yellow: at most one working day left). */
    due: z.enum(['overdue', 'soon']).optional(),
    county: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

const version = z.number().int().min(1);
const reasonText = longText(2, 500);

/** Staff actions on a case (the application state machine plus 延期 extension). */
export const staffActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), version }).strict(),
  z
    .object({
      action: z.literal('request_correction'),
      version,
      /** Every missing or wrong item at once (补正告知). */
      items: z.array(plainText(2, 200)).min(1).max(30),
    })
    .strict(),
  z
    .object({
      action: z.literal('require_inspection'),
      version,
      /** On-site checks need two or more officers; the first leads. */
      inspectorIds: z.array(z.string().min(1).max(64)).min(2).max(6),
      reason: longText(0, 500).optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('record_inspection'),
      version,
      passed: z.boolean(),
      notes: longText(2, 2000),
    })
    .strict(),
  z
    .object({
      action: z.literal('approve'),
      version,
      /** Granting over a full grid (轮候 skipped) needs a recorded reason. */
      layoutOverrideReason: reasonText.optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('refuse'),
      version,
      reasons: z.array(plainText(2, 300)).min(1).max(10),
    })
    .strict(),
  z.object({ action: z.literal('extend'), version, reason: reasonText }).strict(),
  z
    .object({
      action: z.literal('terminate'),
      version,
      /** Why the bureau ends the case (core/termination.ts), and the facts in words. */
      ground: z.enum(TERMINATION_GROUNDS),
      reason: longText(TERMINATION_REASON_MIN, TERMINATION_REASON_MAX),
    })
    .strict(),
  z
    .object({
      action: z.literal('deliver'),
      version,
      method: z.enum(['pickup', 'post', 'electronic']),
      note: plainText(0, 300).optional(),
    })
    .strict(),
]);
export type StaffActionInput = z.infer<typeof staffActionSchema>;

/**
 * Correcting an issued official document (更正): a new document with the corrected facts
 * supersedes it. Only what a clerical error can touch: the addressee, the shop's name and
 * address, the listed items (补正 / 不予许可) or the extension's reason. At least one change.
 */
export const documentCorrectionSchema = z
  .object({
    reason: plainText(2, 200),
    addressee: plainText(1, 60).optional(),
    shopName: plainText(1, 60).optional(),
    address: plainText(2, 200).optional(),
    items: z.array(plainText(2, 300)).min(1).max(30).optional(),
    extensionReason: reasonText.optional(),
  })
  .strict()
  .refine(
    (v) =>
      [v.addressee, v.shopName, v.address, v.items, v.extensionReason].some((x) => x !== undefined),
    { message: 'nothing to correct' },
  );
export type DocumentCorrectionInput = z.infer<typeof documentCorrectionSchema>;

/** 撤回, once per idempotency key, like a resubmission. */
export const applicantActionSchema = z
  .object({
    idempotencyKey: z.uuid(),
    action: z.literal('withdraw'),
    version: z.number().int().min(1),
    reason: longText(0, 500).optional(),
  })
  .strict();
export type ApplicantActionRequest = z.input<typeof applicantActionSchema>;

export * from './api-views';
export { STAFF_ROLES };

export * from './api-answers';

export * from './api-grids';
