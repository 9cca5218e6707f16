/**
 * Who uses Xuke: jurisdictions, staff and their scopes, applicants, sessions, sign-in codes,
 * rate limits and the SMS outbox.
 */
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { JURISDICTION_KINDS } from '../../../core/regions';
import { PRINCIPAL_KINDS, STAFF_ROLES } from '../../../core/roles';
import { now } from './columns';

/** City and its county-level units (区 / 县 / 县级市). */
export const jurisdictions = sqliteTable('jurisdictions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: JURISDICTION_KINDS }).notNull(),
  parentCode: text('parent_code'),
  seatLng: real('seat_lng').notNull(),
  seatLat: real('seat_lat').notNull(),
  /** H3 resolution of default grids: 8 for urban districts, 7 for rural counties. */
  h3Res: integer('h3_res').notNull().default(8),
  /** Licence number pattern, e.g. `{county}{year}{seq:5}`; see core licence numbering. */
  licencePattern: text('licence_pattern').notNull().default('{county}{year}{seq:5}'),
  /** Last issued licence sequence: numbers are never reused. */
  licenceSeq: integer('licence_seq').notNull().default(0),
});

export const staffUsers = sqliteTable('staff_users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: STAFF_ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  passwordSalt: text('password_salt').notNull(),
  passwordIterations: integer('password_iterations').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull().default(now),
  /** Set when an admin sets the password: the person changes it at first sign-in. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  /** When the password was last set; NULL for accounts from before the policy (never due). */
  passwordChangedAt: text('password_changed_at'),
  /** Optimistic concurrency for the admin's edits. */
  version: integer('version').notNull().default(0),
});

/** Jurisdictions a staff account covers; the city code means every unit of the city. */
export const staffScopes = sqliteTable(
  'staff_scopes',
  {
    staffId: text('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.jurisdictionCode] })],
);

export const applicants = sqliteTable('applicants', {
  id: text('id').primaryKey(),
  phone: text('phone').notNull().unique(),
  realNameVerified: integer('real_name_verified', { mode: 'boolean' }).notNull().default(false),
  name: text('name'),
  /** AES-GCM ciphertext (base64 of iv‖ct) of the ID number; never returned in full by default. */
  idNumberEnc: text('id_number_enc'),
  /** HMAC of the ID number, to find duplicate applicants without decrypting. */
  idNumberHash: text('id_number_hash'),
  idNumberMasked: text('id_number_masked'),
  createdAt: text('created_at').notNull().default(now),
});

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table holds no usable token. */
    tokenHash: text('token_hash').primaryKey(),
    principalKind: text('principal_kind', { enum: PRINCIPAL_KINDS }).notNull(),
    principalId: text('principal_id').notNull(),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_principal').on(t.principalKind, t.principalId)],
);

export const smsCodes = sqliteTable('sms_codes', {
  phone: text('phone').primaryKey(),
  codeHash: text('code_hash').notNull(),
  sentAt: text('sent_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
});

/** Fixed-window counters for rate limits and login throttling. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: text('window_start').notNull(),
  count: integer('count').notNull().default(0),
});

/** Every SMS handed to the SMS adapter; the local adapter's dev outbox reads it. */
export const smsOutbox = sqliteTable(
  'sms_outbox',
  {
    id: text('id').primaryKey(),
    phone: text('phone').notNull(),
    text: text('text').notNull(),
    provider: text('provider').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('sms_outbox_phone').on(t.phone, t.createdAt)],
);
