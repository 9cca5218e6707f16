/**
 * Applications and what hangs off them: their events, the applicant's inbox, attachments.
 */
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { APPLICATION_STATUSES } from '../../../core/application-state';
import { ATTACHMENT_KINDS } from '../../../core/attachments';
import { BUSINESS_TYPES } from '../../../core/business-types';
import { CONSENT_PURPOSES } from '../../../core/privacy';
import { ACTOR_KINDS } from '../../../core/roles';
import { TERMINATION_GROUNDS } from '../../../core/termination';
import { now } from './columns';
import { jurisdictions, staffUsers, applicants } from './people';
import { licences } from './register';

export const applications = sqliteTable(
  'applications',
  {
    id: text('id').primaryKey(),
    /** Human reference shown to applicants and staff, e.g. XK-370702-2026-000123. */
    ref: text('ref').notNull().unique(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    type: text('type', { enum: BUSINESS_TYPES }).notNull(),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
    licenceId: text('licence_id').references(() => licences.id),
    shopName: text('shop_name').notNull().default(''),
    address: text('address').notNull().default(''),
    lat: real('lat'),
    lng: real('lng'),
    formJson: text('form_json').notNull().default('{}'),
    submittedOn: text('submitted_on'),
    acceptedOn: text('accepted_on'),
    decidedOn: text('decided_on'),
    deliveredOn: text('delivered_on'),
    /** 终止办理: the day the bureau ended the undecided case, its ground and the stated facts. */
    terminatedOn: text('terminated_on'),
    terminationGround: text('termination_ground', { enum: TERMINATION_GROUNDS }),
    terminationReason: text('termination_reason'),
    /** Deadline of the current step (YYYY-MM-DD), recomputed on every transition. */
    deadline: text('deadline'),
    extended: integer('extended', { mode: 'boolean' }).notNull().default(false),
    correctionRequested: integer('correction_requested', { mode: 'boolean' })
      .notNull()
      .default(false),
    assignedInspectorId: text('assigned_inspector_id').references(() => staffUsers.id),
    /** Market grid of the premises (new applications), for the layout gate and its queue. */
    gridId: text('grid_id'),
    /** Set when an approver granted a place over the grid's capacity, with the reason. */
    layoutOverrideReason: text('layout_override_reason'),
    idempotencyKey: text('idempotency_key').unique(),
    /** The SOP version (sop_versions.version of its type) it was submitted under; null before. */
    sopVersion: integer('sop_version'),
    /** Optimistic concurrency: every update bumps it and checks the previous value. */
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    index('applications_applicant').on(t.applicantId, t.createdAt),
    // Covers the queue's filter and sort, so a page never reads rows it does not show.
    index('applications_queue').on(
      t.jurisdictionCode,
      t.status,
      t.deadline,
      t.submittedOn,
      t.ref,
      t.id,
    ),
    index('applications_deadline').on(t.status, t.deadline),
    index('applications_inspector').on(t.assignedInspectorId, t.status),
    // The grid queue (轮候) of the layout check and the approval gate.
    index('applications_grid').on(t.gridId, t.status),
  ],
);

/**
 * The officers assigned to a case's inspection: two or more for an on-site check (the
 * two-officer rule), position 1 leads. Each of them may read the case and record its result.
 */
export const caseInspectors = sqliteTable(
  'case_inspectors',
  {
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.staffId] }),
    index('case_inspectors_staff').on(t.staffId, t.applicationId),
  ],
);

/** Every transition of an application: who, when, from, to, why. */
export const applicationEvents = sqliteTable(
  'application_events',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    at: text('at').notNull().default(now),
    actorKind: text('actor_kind', { enum: ACTOR_KINDS }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    dataJson: text('data_json'),
  },
  (t) => [index('application_events_app').on(t.applicationId, t.at)],
);

/** The applicant's in-app inbox: one message per status change of their cases. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    applicationId: text('application_id').references(() => applications.id),
    template: text('template').notNull(),
    titleZh: text('title_zh').notNull(),
    bodyZh: text('body_zh').notNull(),
    titleEn: text('title_en').notNull(),
    bodyEn: text('body_en').notNull(),
    createdAt: text('created_at').notNull().default(now),
    readAt: text('read_at'),
  },
  (t) => [index('notifications_applicant').on(t.applicantId, t.createdAt)],
);

/** Photos and scans an applicant uploaded (stored in R2), linked to a case on submission. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    applicationId: text('application_id').references(() => applications.id),
    kind: text('kind', { enum: ATTACHMENT_KINDS }).notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    r2Key: text('r2_key').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    index('attachments_applicant').on(t.applicantId),
    index('attachments_application').on(t.applicationId),
  ],
);

/**
 * Idempotency keys of the applicant's writes on an existing case (补正 resubmission, 撤回): a
 * key is stored in the same batch as the change it made, so a retried request finds it and is
 * answered with that case instead of acting twice. (Submissions keep theirs on the case.)
 */
export const applicantRequests = sqliteTable('applicant_requests', {
  idempotencyKey: text('idempotency_key').primaryKey(),
  applicantId: text('applicant_id')
    .notNull()
    .references(() => applicants.id),
  applicationId: text('application_id')
    .notNull()
    .references(() => applications.id),
  action: text('action').notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/**
 * Consents as given (PIPL): who agreed to which version of the privacy notice, for what, with
 * which statements ticked, and when. Written with the submission (or the real-name binding) it
 * allowed, never changed afterwards.
 */
export const consents = sqliteTable(
  'consents',
  {
    id: text('id').primaryKey(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    applicationId: text('application_id').references(() => applications.id),
    purpose: text('purpose', { enum: CONSENT_PURPOSES }).notNull(),
    noticeVersion: text('notice_version').notNull(),
    /** 告知承诺: the information is true (a submission's promise; 0 for the real-name check). */
    promise: integer('promise', { mode: 'boolean' }).notNull(),
    personalInfo: integer('personal_info', { mode: 'boolean' }).notNull(),
    /** The separate consent for ID numbers and faces (PIPL art. 29). */
    sensitiveInfo: integer('sensitive_info', { mode: 'boolean' }).notNull(),
    at: text('at').notNull().default(now),
    requestId: text('request_id'),
  },
  (t) => [
    index('consents_applicant').on(t.applicantId, t.at),
    index('consents_application').on(t.applicationId),
  ],
);
