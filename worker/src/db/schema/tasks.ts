/**
 * Inspection tasks (核查任务, core/tasks.ts): one inspection of one place, its officers (two or
 * more on site) and the appointment agreed with the shop.
 */
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { TASK_KINDS, TASK_SOURCES, TASK_STATES } from '../../../core/tasks';
import { RECORD_STATES } from '../../../core/task-record';
import { now } from './columns';
import { jurisdictions, staffUsers } from './people';
import { applications } from './cases';

export const inspectionTasks = sqliteTable(
  'inspection_tasks',
  {
    id: text('id').primaryKey(),
    source: text('source', { enum: TASK_SOURCES }).notNull(),
    /** The case that asked for the check (source 'case'). */
    applicationId: text('application_id').references(() => applications.id),
    kind: text('kind', { enum: TASK_KINDS }).notNull(),
    state: text('state', { enum: TASK_STATES }).notNull(),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    /** What is inspected: the shop as the case or licence names it, and where (WGS-84). */
    placeName: text('place_name').notNull(),
    address: text('address').notNull(),
    lat: real('lat'),
    lng: real('lng'),
    /** Checklist version the inspection uses (the catalogue comes with 云上核查). */
    checklistVersion: text('checklist_version').notNull(),
    assignedOn: text('assigned_on').notNull(),
    /** Working-day deadline (core taskDeadline). */
    dueOn: text('due_on').notNull(),
    /** Appointment with the shop: day and window (HH:MM), optional. */
    windowOn: text('window_on'),
    windowFrom: text('window_from'),
    windowTo: text('window_to'),
    /** Arrival on site: when and where (the officer's position, if given). */
    startedAt: text('started_at'),
    startLat: real('start_lat'),
    startLng: real('start_lng'),
    finishedAt: text('finished_at'),
    passed: integer('passed'),
    cancelReason: text('cancel_reason'),
    createdBy: text('created_by')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: text('created_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('inspection_tasks_case').on(t.applicationId, t.state),
    index('inspection_tasks_county').on(t.jurisdictionCode, t.state, t.dueOn),
  ],
);

/** The officers of a task: position 1 leads; each accepts on their own phone. */
export const taskOfficers = sqliteTable(
  'task_officers',
  {
    taskId: text('task_id')
      .notNull()
      .references(() => inspectionTasks.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    position: integer('position').notNull(),
    acceptedAt: text('accepted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.staffId] }),
    index('task_officers_staff').on(t.staffId, t.taskId),
  ],
);

/**
 * An on-site record: the checklist as answered (with its version and each item's photo keys),
 * arrival and departure, by whom; sent once per idempotency key from the officer's phone. It
 * stands once a second officer confirms it (state `confirmed`); a disputed one is replaced by
 * the next record sent. The owner's signature (strokes JSON and PNG) lives in R2, its hash here.
 */
export const inspectionRecords = sqliteTable('inspection_records', {
  taskId: text('task_id')
    .primaryKey()
    .references(() => inspectionTasks.id),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  checklistVersion: text('checklist_version').notNull(),
  itemsJson: text('items_json').notNull(),
  passed: integer('passed').notNull(),
  notes: text('notes').notNull(),
  arrivedAt: text('arrived_at'),
  departedAt: text('departed_at').notNull(),
  lat: real('lat'),
  lng: real('lng'),
  recordedBy: text('recorded_by')
    .notNull()
    .references(() => staffUsers.id),
  recordedAt: text('recorded_at').notNull(),
  state: text('state', { enum: RECORD_STATES }).notNull().default('confirmed'),
  confirmedBy: text('confirmed_by').references(() => staffUsers.id),
  confirmedAt: text('confirmed_at'),
  disputeNote: text('dispute_note'),
  /** 'signed' or 'refused'; the signer's name as typed; the refusal's reason. */
  signatureKind: text('signature_kind', { enum: ['signed', 'refused'] }),
  signerName: text('signer_name'),
  signatureRefusal: text('signature_refusal'),
  /** R2 keys of the strokes (JSON, with timing) and the PNG render, and SHA-256 of both. */
  signatureJsonKey: text('signature_json_key'),
  signaturePngKey: text('signature_png_key'),
  signatureSha256: text('signature_sha256'),
});

/**
 * A photo taken on site for one checklist item: bytes in R2, uploaded once per device key (a
 * replayed upload answers the photo it made). Its time and place come from the picture's EXIF
 * or from the phone at the moment it was taken.
 */
export const taskPhotos = sqliteTable(
  'task_photos',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id')
      .notNull()
      .references(() => inspectionTasks.id),
    itemId: text('item_id').notNull(),
    deviceKey: text('device_key').notNull().unique(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    r2Key: text('r2_key').notNull(),
    takenAt: text('taken_at'),
    lat: real('lat'),
    lng: real('lng'),
    source: text('source', { enum: ['exif', 'device'] }).notNull(),
    uploadedBy: text('uploaded_by')
      .notNull()
      .references(() => staffUsers.id),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (t) => [index('task_photos_task').on(t.taskId, t.itemId)],
);
