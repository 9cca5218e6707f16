/**
 * 云上核查 (core/remote-inspection.ts): remote video inspections of a case's premises, their
 * officers (position 1 leads the call) and the exact checklist version they walk.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { INSPECTION_KINDS } from '../../../core/checklist-catalogue';
import { REMOTE_STATES } from '../../../core/remote-inspection';
import { checklistVersions } from './checklists';
import { now } from './columns';
import { applicants, jurisdictions, staffUsers } from './people';
import { applications } from './cases';

export const remoteInspections = sqliteTable(
  'remote_inspections',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    kind: text('kind', { enum: INSPECTION_KINDS }).notNull(),
    state: text('state', { enum: REMOTE_STATES }).notNull(),
    /** Weifang's five fields; the phone is the applicant's own (checked), kept masked here. */
    companyName: text('company_name').notNull(),
    phoneMasked: text('phone_masked').notNull(),
    contactName: text('contact_name').notNull(),
    address: text('address').notNull(),
    deadlineOn: text('deadline_on').notNull(),
    /** The appointment: China date and HH:MM. */
    appointmentOn: text('appointment_on').notNull(),
    appointmentAt: text('appointment_at').notNull(),
    checklistVersion: text('checklist_version')
      .notNull()
      .references(() => checklistVersions.id),
    createdBy: text('created_by')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: text('created_at').notNull().default(now),
    version: integer('version').notNull().default(1),
    /** When the call ended (sealed) or it was called off, and why it was called off. */
    closedAt: text('closed_at'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    index('remote_inspections_case').on(t.applicationId, t.state),
    index('remote_inspections_county').on(t.jurisdictionCode, t.state, t.deadlineOn),
    index('remote_inspections_applicant').on(t.applicantId, t.state),
  ],
);

/** The officers of a remote inspection: position 1 leads, the others observe. */
export const remoteOfficers = sqliteTable(
  'remote_officers',
  {
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => remoteInspections.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.inspectionId, t.staffId] }),
    index('remote_officers_staff').on(t.staffId, t.inspectionId),
  ],
);
