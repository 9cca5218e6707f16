/**
 * The application form of each business type (事项): what it asks, validated the same way in
 * the PWA (before submitting) and in the worker (on submission). Drafts may be incomplete;
 * `formSchemaFor(type)` is what a submission must satisfy.
 */
import { z } from 'zod';
import type { BusinessType } from './business-types';
import type { AttachmentKind } from './attachments';
import { PREMISES_PROOFS, REISSUE_REASONS } from './form-choices';
import { CHANGE_KINDS } from './preconditions';
import { validateCreditCode } from './credit-code';
import { validateIdNumber } from './id-number';
import { insideCity } from './coords';
import { isoDateField, longText, personName, plainText } from './fields';

const isoDate = isoDateField;
const attachmentId = z.string().min(8).max(80);

/** A form's photos, keyed by attachment kind: a key that is not a kind fails typecheck. */
const attachmentsOf = <S extends { [K in AttachmentKind]?: z.ZodType }>(
  shape: S & Record<Exclude<keyof S, AttachmentKind>, never>,
) => z.object(shape).strict();

const idNumber = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    const r = validateIdNumber(v);
    if (!r.ok)
      ctx.addIssue({ code: 'custom', message: r.message.en, params: { zh: r.message.zh } });
  });

const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    const r = validateCreditCode(v);
    if (!r.ok)
      ctx.addIssue({ code: 'custom', message: r.message.en, params: { zh: r.message.zh } });
  });

export const newForm = z
  .object({
    operatorName: personName(),
    idNumber,
    shopName: plainText(2, 60),
    creditCode,
    county: z.string().regex(/^\d{6}$/),
    address: plainText(5, 200),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    premisesProof: z.enum(PREMISES_PROOFS),
    byAgent: z.boolean().default(false),
    agentName: personName().optional(),
    agentIdNumber: idNumber.optional(),
    attachments: attachmentsOf({
      idCardFront: attachmentId,
      businessLicence: attachmentId,
      premisesProof: attachmentId,
      agentAuthorisation: attachmentId.optional(),
    }),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (!insideCity(f.lng, f.lat)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: 'the spot is outside the city',
        params: { zh: '所选位置不在本市范围内，请在地图上重新选择店铺位置。' },
      });
    }
    if (f.byAgent) {
      if (!f.agentName)
        ctx.addIssue({
          code: 'custom',
          path: ['agentName'],
          message: 'required when applying by agent',
        });
      if (!f.agentIdNumber)
        ctx.addIssue({
          code: 'custom',
          path: ['agentIdNumber'],
          message: 'required when applying by agent',
        });
      if (!f.attachments.agentAuthorisation) {
        ctx.addIssue({
          code: 'custom',
          path: ['attachments', 'agentAuthorisation'],
          message: 'required when applying by agent',
        });
      }
    }
  });

export const renewalForm = z
  .object({
    confirmUnchanged: z.literal(true),
    attachments: attachmentsOf({ businessLicence: attachmentId }),
  })
  .strict();

export const changeForm = z
  .object({
    changeKind: z.enum(CHANGE_KINDS),
    changeDate: isoDate,
    newValue: plainText(2, 200),
    attachments: attachmentsOf({
      businessLicence: attachmentId,
      supporting: attachmentId.optional(),
    }),
  })
  .strict();

export const suspensionForm = z
  .object({
    suspendFrom: isoDate,
    suspendUntil: isoDate,
    reason: longText(2, 500),
  })
  .strict();

export const resumeForm = z
  .object({ resumeOn: isoDate, confirmConditions: z.literal(true) })
  .strict();

export const reissueForm = z
  .object({ reason: z.enum(REISSUE_REASONS), statement: longText(2, 500) })
  .strict();

export const closureForm = z.object({ closureDate: isoDate, reason: longText(2, 500) }).strict();

const SCHEMAS = {
  new: newForm,
  renewal: renewalForm,
  change: changeForm,
  suspension: suspensionForm,
  resume: resumeForm,
  reissue: reissueForm,
  closure: closureForm,
} as const;

export type FormOf<T extends BusinessType> = z.output<(typeof SCHEMAS)[T]>;

/** The schema a submission of `type` must satisfy. */
export function formSchemaFor<T extends BusinessType>(type: T): (typeof SCHEMAS)[T] {
  return SCHEMAS[type];
}
