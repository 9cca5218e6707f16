/**
 * The service guide (办事指南) and FAQ per business type, as admins edit it: every save is a new
 * version (who, when, a note); applicants read the newest; admins can open any older one.
 * Version 1 is what the app shipped with (guide-seed.ts).
 */
import { z } from 'zod';
import { BUSINESS_TYPES, type BusinessType } from './business-types';
import { longText, plainText } from './fields';

export interface GuideText {
  zh: string;
  en: string;
}

export interface GuideMaterial {
  name: GuideText;
  /** Example photos (guide image ids): a good one and a bad one, to show what is wanted. */
  goodPhoto: string | null;
  badPhoto: string | null;
}

export interface GuideLimit {
  label: GuideText;
  /** 法定时限 and the bureau's 承诺时限, in working days. */
  statutoryDays: number;
  promisedDays: number;
  note: GuideText | null;
}

export interface GuideContent {
  when: GuideText;
  conditions: GuideText[];
  materials: GuideMaterial[];
  limits: GuideLimit[];
  fee: GuideText;
  notes: GuideText[];
  /** 咨询方式: where to ask. */
  whereToAsk: GuideText[];
  faq: { q: GuideText; a: GuideText }[];
}

const text = (max: number) => z.object({ zh: longText(1, max), en: longText(1, max) }).strict();
const imageId = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a guide image id')
  .nullable();

export const guideContentSchema = z
  .object({
    when: text(400),
    conditions: z.array(text(400)).max(20),
    materials: z
      .array(z.object({ name: text(200), goodPhoto: imageId, badPhoto: imageId }).strict())
      .max(20),
    limits: z
      .array(
        z
          .object({
            label: text(100),
            statutoryDays: z.int().min(0).max(365),
            promisedDays: z.int().min(0).max(365),
            note: text(400).nullable(),
          })
          .strict()
          .refine((l) => l.promisedDays <= l.statutoryDays, {
            message: 'the promised limit cannot be longer than the statutory one',
            path: ['promisedDays'],
          }),
      )
      .max(10),
    fee: text(100),
    notes: z.array(text(400)).max(20),
    whereToAsk: z.array(text(200)).min(1).max(10),
    faq: z.array(z.object({ q: text(200), a: text(1000) }).strict()).max(30),
  })
  .strict();

/** An admin's save: the version it was edited from (a newer one in between is a conflict). */
export const guideSaveSchema = z
  .object({
    baseVersion: z.int().min(1),
    content: guideContentSchema,
    note: plainText(0, 200),
  })
  .strict();

export const guideTypeSchema = z.enum(BUSINESS_TYPES);

export interface GuideVersionMeta {
  version: number;
  note: string;
  createdByName: string;
  /** Null for version 1, the shipped text. */
  createdAt: string | null;
}

export interface GuideAnswer extends GuideVersionMeta {
  type: BusinessType;
  content: GuideContent;
}

/** The consult page: every type's newest `when` and FAQ. */
export interface GuideIndex {
  guides: { type: BusinessType; version: number; when: GuideText; faq: GuideContent['faq'] }[];
}
