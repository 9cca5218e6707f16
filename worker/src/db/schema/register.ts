/**
 * The licence register and its geography: grids, premises, licences, layout settings and
 * schools.
 */
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { LICENCE_STATUSES } from '../../../core/business-types';
import { LOCATION_CLASSES } from '../../../core/capacity';
import { GRID_KINDS, SCHOOL_KINDS } from '../../../core/layout-kinds';
import { now } from './columns';
import { jurisdictions, applicants } from './people';

/** Market grids (市场单元): an H3 cell or an imported official polygon. */
export const grids = sqliteTable(
  'grids',
  {
    id: text('id').primaryKey(),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    kind: text('kind', { enum: GRID_KINDS }).notNull(),
    h3Res: integer('h3_res'),
    polygonGeojson: text('polygon_geojson'),
    population: integer('population').notNull().default(0),
    locationClass: text('location_class', { enum: LOCATION_CLASSES }).notNull().default('urban'),
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
    status: text('status', { enum: LICENCE_STATUSES }).notNull(),
    issuedOn: text('issued_on').notNull(),
    expiresOn: text('expires_on').notNull(),
    suspendedFrom: text('suspended_from'),
    suspendedUntil: text('suspended_until'),
    /**
     * Which paper (or e-licence) of this licence is current: raised by every approval that
     * reprints it (延续, 变更, 补办), so the QR code of an older copy stops verifying.
     */
    issueVersion: integer('issue_version').notNull().default(1),
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
    kind: text('kind', { enum: SCHOOL_KINDS }).notNull(),
    lat: real('lat').notNull(),
    lng: real('lng').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('schools_lat_lng').on(t.lat, t.lng)],
);
