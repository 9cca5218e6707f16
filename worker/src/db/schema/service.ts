/**
 * 掌上服务: reminders and the push subscriptions they go to, the thread between an applicant
 * and the unit handling their case, and the versioned service guide admins edit.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { BUSINESS_TYPES } from '../../../core/business-types';
import { REMINDER_KINDS } from '../../../core/reminders';
import { now } from './columns';
import { applicants, staffUsers } from './people';
import { applications, attachments } from './cases';

/** A browser's Web Push subscription (RFC 8030 endpoint + RFC 8291 keys) for an applicant. */
export const pushSubscriptions = sqliteTable(
  'push_subscriptions',
  {
    id: text('id').primaryKey(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    endpoint: text('endpoint').notNull().unique(),
    /** The browser's P-256 public key (base64url, 65 bytes uncompressed). */
    p256dh: text('p256dh').notNull(),
    /** The browser's auth secret (base64url, 16 bytes). */
    auth: text('auth').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('push_subscriptions_applicant').on(t.applicantId)],
);

/**
 * One row per reminder ever sent, keyed by what it is about (core reminderKey): inserted, or
 * ignored, before anything is sent, so a cron that runs twice sends nothing twice.
 */
export const remindersSent = sqliteTable(
  'reminders_sent',
  {
    key: text('key').primaryKey(),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    /** The day the reminder fell due (China date). */
    dueOn: text('due_on').notNull(),
    sentAt: text('sent_at').notNull(),
    /** Push deliveries that went through (0 when the applicant has no subscription). */
    pushed: integer('pushed').notNull().default(0),
  },
  (t) => [index('reminders_sent_applicant').on(t.applicantId, t.sentAt)],
);

/** The thread of a case: the applicant writes to the handling unit, its staff answer. */
export const caseMessages = sqliteTable(
  'case_messages',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    authorKind: text('author_kind', { enum: ['applicant', 'staff'] }).notNull(),
    authorId: text('author_id').notNull(),
    /** Staff sign with their name; the applicant's side shows 申请人. */
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    attachmentId: text('attachment_id').references(() => attachments.id),
    /** When the other side first opened the thread after this message. */
    readAt: text('read_at'),
    /** The applicant's outbox key: a retried send is answered with the stored message. */
    idempotencyKey: text('idempotency_key').unique(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('case_messages_case').on(t.applicationId, t.createdAt),
    index('case_messages_unread').on(t.authorKind, t.readAt),
  ],
);

/** Every saved version of a business type's service guide (办事指南); the newest is shown. */
export const guideVersions = sqliteTable(
  'guide_versions',
  {
    id: text('id').primaryKey(),
    type: text('type', { enum: BUSINESS_TYPES }).notNull(),
    version: integer('version').notNull(),
    /** core/guide GuideContent as JSON. */
    contentJson: text('content_json').notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').references(() => staffUsers.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('guide_versions_type_version').on(t.type, t.version)],
);
