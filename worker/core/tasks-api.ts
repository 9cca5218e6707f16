/**
 * The inspection tasks' API contract (core/tasks.ts holds the rules): request schemas the
 * routes validate with, and the answers the PWA reads.
 */
import { z } from 'zod';
import { CHECK_RESULTS } from './checklist';
import { isoDateField, longText } from './fields';
import {
  TASK_STATES,
  type TaskAction,
  type TaskKind,
  type TaskSource,
  type TaskState,
} from './tasks';
import { MAX_OFFICERS } from './tasks';
import { ITEM_PHOTO_MAX, deviceKey, ownerSignatureSchema } from './task-record';

const version = z.number().int().min(1);
const staffId = z.string().min(1).max(64);

/** `GET /api/tasks`: open tasks (assigned, in progress) by default, nearest deadline first. */
export const taskListQuery = z
  .object({
    state: z.enum(['open', ...TASK_STATES]).default('open'),
    county: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    /** Tasks due on or before this day (the day's plan: today's and overdue ones). */
    dueBy: isoDateField.optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const taskAcceptSchema = z.object({ version }).strict();

/** Arrival on site: the officer's position when the phone gives it. */
export const taskStartSchema = z
  .object({ version, lat: latitude.optional(), lng: longitude.optional() })
  .strict()
  .refine((b) => (b.lat === undefined) === (b.lng === undefined), {
    message: 'lat and lng come together',
    path: ['lat'],
  });

/** The appointment agreed with the shop: a day and a window, `14:00`–`15:00`. */
export const taskWindowSchema = z
  .object({
    version,
    on: isoDateField,
    from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  })
  .strict();

export const taskReassignSchema = z
  .object({
    version,
    officerIds: z.array(staffId).min(1).max(MAX_OFFICERS),
    reason: longText(2, 500),
  })
  .strict();

/**
 * The on-site record, sent once per idempotency key (a replay answers the same): the checklist
 * with each item's photos (their device keys, uploaded before), the findings, the departure and
 * the shop owner's signature or refusal.
 */
export const taskRecordSchema = z
  .object({
    idempotencyKey: z.string().regex(/^[\w-]{8,64}$/),
    version,
    checklistVersion: z.string().min(1).max(40),
    items: z
      .array(
        z
          .object({
            id: z.string().min(1).max(40),
            result: z.enum(CHECK_RESULTS),
            note: longText(0, 500).optional(),
            photos: z.array(deviceKey).max(ITEM_PHOTO_MAX).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(50),
    notes: longText(2, 2000),
    departedAt: z.iso.datetime().optional(),
    lat: latitude.optional(),
    lng: longitude.optional(),
    signature: ownerSignatureSchema,
  })
  .strict();

export const taskCancelSchema = z.object({ version, reason: longText(2, 500) }).strict();

export type TaskAcceptInput = z.infer<typeof taskAcceptSchema>;
export type TaskStartInput = z.infer<typeof taskStartSchema>;
export type TaskWindowInput = z.infer<typeof taskWindowSchema>;
export type TaskReassignInput = z.infer<typeof taskReassignSchema>;
export type TaskRecordInput = z.infer<typeof taskRecordSchema>;
export type TaskCancelInput = z.infer<typeof taskCancelSchema>;

export interface TaskOfficerView {
  id: string;
  name: string;
  position: number;
  accepted: boolean;
}

/** One task as staff see it. */
export interface TaskView {
  id: string;
  source: TaskSource;
  kind: TaskKind;
  state: TaskState;
  county: { code: string; name: string };
  placeName: string;
  address: string;
  lat: number | null;
  lng: number | null;
  /** The case behind it (source 'case'). */
  application: { id: string; ref: string; type: string } | null;
  checklistVersion: string;
  assignedOn: string;
  dueOn: string;
  /** Working days left until dueOn (negative: overdue). */
  workingDaysLeft: number;
  window: { on: string; from: string; to: string } | null;
  startedAt: string | null;
  finishedAt: string | null;
  passed: boolean | null;
  officers: TaskOfficerView[];
  /** Who sent the record now awaiting confirmation (state `recorded`), and a returned one's note. */
  recordedBy: string | null;
  disputeNote: string | null;
  version: number;
  /** What the caller may do now (core permittedTaskActions). */
  actions: TaskAction[];
}

export interface TaskPage {
  items: TaskView[];
  page: number;
  pageSize: number;
  total: number;
}
