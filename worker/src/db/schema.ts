/**
 * D1 schema (drizzle). Dates are ISO strings: `*_at` are instants (UTC, ISO 8601), `*_on` are
 * calendar dates in China (YYYY-MM-DD). Coordinates are WGS-84.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
} from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** City and its county-level units (区 / 县 / 县级市). */
export const jurisdictions = sqliteTable('jurisdictions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['city', 'district', 'county', 'county-level city'] }).notNull(),
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
  role: text('role', { enum: ['clerk', 'approver', 'inspector', 'admin'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  passwordSalt: text('password_salt').notNull(),
  passwordIterations: integer('password_iterations').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull().default(now),
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
    principalKind: text('principal_kind', { enum: ['applicant', 'staff'] }).notNull(),
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

/** Market grids (市场单元): an H3 cell or an imported official polygon. */
export const grids = sqliteTable(
  'grids',
  {
    id: text('id').primaryKey(),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    kind: text('kind', { enum: ['h3', 'polygon'] }).notNull(),
    h3Res: integer('h3_res'),
    polygonGeojson: text('polygon_geojson'),
    population: integer('population').notNull().default(0),
    locationClass: text('location_class').notNull().default('urban'),
    consumptionIndex: real('consumption_index').notNull().default(1),
    operatingCostIndex: real('operating_cost_index').notNull().default(1),
    capacityComputed: integer('capacity_computed').notNull().default(0),
    capacityOverride: integer('capacity_override'),
    overrideReason: text('override_reason'),
    /** Effective capacity: the override if set, else the computed value. */
    capacity: integer('capacity').notNull().default(0),
    /** Licences counting toward saturation, maintained incrementally. */
    retailerCount: integer('retailer_count').notNull().default(0),
    updatedAt: text('updated_at').notNull().default(now),
    /** Bounding box of an imported polygon, to find the candidates for a point quickly. */
    minLng: real('min_lng'),
    minLat: real('min_lat'),
    maxLng: real('max_lng'),
    maxLat: real('max_lat'),
    /** Official name of an imported market unit. */
    name: text('name'),
  },
  (t) => [
    index('grids_jurisdiction').on(t.jurisdictionCode),
    index('grids_polygon_bbox').on(t.kind, t.minLat, t.maxLat),
  ],
);

export const premises = sqliteTable(
  'premises',
  {
    id: text('id').primaryKey(),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    address: text('address').notNull(),
    lat: real('lat').notNull(),
    lng: real('lng').notNull(),
    h3Cell: text('h3_cell').notNull(),
    gridId: text('grid_id')
      .notNull()
      .references(() => grids.id),
  },
  (t) => [
    index('premises_grid').on(t.gridId),
    index('premises_jurisdiction').on(t.jurisdictionCode),
    index('premises_lat_lng').on(t.lat, t.lng),
  ],
);

export const licences = sqliteTable(
  'licences',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull().unique(),
    holderApplicantId: text('holder_applicant_id').references(() => applicants.id),
    holderName: text('holder_name').notNull(),
    shopName: text('shop_name').notNull(),
    creditCode: text('credit_code'),
    premisesId: text('premises_id')
      .notNull()
      .references(() => premises.id),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    status: text('status', { enum: ['active', 'suspended', 'cancelled', 'expired'] }).notNull(),
    issuedOn: text('issued_on').notNull(),
    expiresOn: text('expires_on').notNull(),
    suspendedFrom: text('suspended_from'),
    suspendedUntil: text('suspended_until'),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    index('licences_holder').on(t.holderApplicantId),
    index('licences_jurisdiction_status').on(t.jurisdictionCode, t.status),
    index('licences_expires').on(t.expiresOn),
    // Grid counts and the layout check join premises to their licences.
    index('licences_premises').on(t.premisesId, t.status),
  ],
);

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
    type: text('type', {
      enum: ['new', 'renewal', 'change', 'suspension', 'resume', 'reissue', 'closure'],
    }).notNull(),
    status: text('status', {
      enum: [
        'draft',
        'submitted',
        'correction_requested',
        'resubmitted',
        'accepted',
        'inspection',
        'approved',
        'refused',
        'delivered',
        'withdrawn',
      ],
    }).notNull(),
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

/** Every transition of an application: who, when, from, to, why. */
export const applicationEvents = sqliteTable(
  'application_events',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    at: text('at').notNull().default(now),
    actorKind: text('actor_kind', { enum: ['applicant', 'staff', 'system'] }).notNull(),
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

/** Append-only audit log (UPDATE and DELETE are refused by triggers in a custom migration). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actorKind: text('actor_kind', {
      enum: ['applicant', 'staff', 'system', 'anonymous'],
    }).notNull(),
    actorId: text('actor_id'),
    event: text('event').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    ip: text('ip'),
    detailJson: text('detail_json'),
  },
  (t) => [
    index('audit_subject').on(t.subjectType, t.subjectId),
    index('audit_actor').on(t.actorKind, t.actorId),
  ],
);

/** Working-day calendar per year (holidays and 调休 make-up days), editable by admins. */
export const calendarYears = sqliteTable('calendar_years', {
  year: integer('year').primaryKey(),
  holidaysJson: text('holidays_json').notNull(),
  makeupJson: text('makeup_json').notNull(),
  source: text('source'),
});

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
    kind: text('kind').notNull(),
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
 * Always empty. A D1 batch is one transaction but has no IF: a statement that inserts a row
 * here when a condition fails breaks the CHECK and rolls the whole batch back (see lib/batch).
 */
export const batchAssertions = sqliteTable(
  'batch_assertions',
  { label: text('label').notNull(), ok: integer('ok').notNull() },
  (t) => [check('batch_assertion_holds', sql`${t.ok} = 1`)],
);

/**
 * Layout rules set by the admin (one row, id 'city'): capacity weights, the base rate per 1,000
 * residents and the distance rules. Absent means the defaults of core/capacity and core/layout.
 */
export const layoutSettings = sqliteTable('layout_settings', {
  id: text('id').primaryKey(),
  settingsJson: text('settings_json').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
  updatedBy: text('updated_by'),
});

/** Primary / secondary schools and kindergartens: entrances with a no-licence zone around them. */
export const schools = sqliteTable(
  'schools',
  {
    id: text('id').primaryKey(),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['primary', 'secondary', 'kindergarten'] }).notNull(),
    lat: real('lat').notNull(),
    lng: real('lng').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('schools_lat_lng').on(t.lat, t.lng)],
);
