/**
 * 更换手机号: the applicant's account moves to a new phone only after both numbers are proved
 * by SMS code, or — the old phone lost — at the service window, where a clerk records the
 * help, the new phone is still proved by code and the applicant's real name is checked again.
 */
import { z } from 'zod';
import { personName, plainText } from './fields';
import { phoneSchema } from './api';
import type { StaffRole } from './roles';

const code = z.string().regex(/^\d{6}$/, 'code must be 6 digits');

/** Ask for codes on both phones (the current one and the new one). */
export const phoneChangeCodesSchema = z.object({ newPhone: phoneSchema }).strict();

/** Move the account once both codes are entered. */
export const phoneChangeSchema = z
  .object({ newPhone: phoneSchema, oldCode: code, newCode: code })
  .strict();

/** Who helps at the service window (the worker's routes and the workbench's menu ask this). */
export const ASSISTED_PHONE_CHANGE_ROLES: readonly StaffRole[] = ['clerk', 'approver'];

/** At the window: a code to the applicant's new phone. */
export const assistedCodeSchema = z.object({ newPhone: phoneSchema }).strict();

/** At the window: the old phone is lost; the clerk records why and re-checks the real name. */
export const assistedPhoneChangeSchema = z
  .object({
    oldPhone: phoneSchema,
    newPhone: phoneSchema,
    newCode: code,
    name: personName(),
    idNumber: z.string().trim().toUpperCase().max(18),
    reason: plainText(4, 200),
  })
  .strict();

export interface PhoneChanged {
  ok: true;
  /** The new phone, masked (138****0001). */
  phone: string;
  /** Sessions ended on other devices. */
  sessionsEnded: number;
}
