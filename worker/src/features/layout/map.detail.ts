/** The panels behind a click on the staff map: a grid's numbers, a retailer's licence history. */
import { complianceOfLicence } from '../supervision/compliance.repo';
import { mayReadCase, type Who } from '../../../core/access';
import type { GridDetailView, RetailerLicence, RetailersAtView } from '../../../core/api';
import { computeCapacity } from '../../../core/capacity';
import { scopeOf } from '../applications/applications.access';
import { freePlaces, saturationLevel } from '../../../core/saturation';
import { gridCapacityRow, inputsOf } from '../grids/grids.capacity';
import { gridQueue } from '../grids/grids.service';
import { loadSettings } from '../grids/grids.settings';

type StaffWho = Extract<Who, { kind: 'staff' }>;
type Readable = RetailerLicence['history'][number];

interface HistoryRow extends Readable {
  applicant_id: string;
  jurisdiction_code: string;
  inspector_ids: string | null;
}

export async function gridDetail(
  d1: D1Database,
  id: string,
  counties: string[],
): Promise<GridDetailView | null> {
  const g = await gridCapacityRow(d1, id);
  if (!g || !counties.includes(g.jurisdiction_code)) return null;
  const [settings, queue, retailers, meta] = await Promise.all([
    loadSettings(d1),
    gridQueue(d1, id),
    d1
      .prepare(
        `SELECT l.id, l.number, l.shop_name AS shopName, l.status, p.address, p.lat, p.lng
         FROM premises p JOIN licences l ON l.premises_id = p.id WHERE p.grid_id = ?
         ORDER BY l.status, l.number LIMIT 300`,
      )
      .bind(id)
      .all<GridDetailView['retailers'][number]>(),
    d1
      .prepare('SELECT kind, name, override_reason, updated_at FROM grids WHERE id = ?')
      .bind(id)
      .first<{
        kind: string;
        name: string | null;
        override_reason: string | null;
        updated_at: string;
      }>(),
  ]);
  return {
    id: g.id,
    kind: meta?.kind ?? 'h3',
    name: meta?.name ?? null,
    county: g.jurisdiction_code,
    capacity: g.capacity,
    count: g.retailer_count,
    level: saturationLevel(g.retailer_count, g.capacity),
    free: freePlaces(g.retailer_count, g.capacity),
    computation: computeCapacity(inputsOf(g), settings.weights),
    capacityComputed: g.capacity_computed,
    override: g.capacity_override,
    overrideReason: meta?.override_reason ?? null,
    queue,
    retailers: retailers.results,
    updatedAt: meta?.updated_at ?? null,
  };
}

/**
 * Licences at the premises nearest to a clicked point (within 15 m), with the history of the
 * cases the caller may read (an inspector: only the cases assigned to them).
 */
export async function retailerAt(
  d1: D1Database,
  lat: number,
  lng: number,
  who: StaffWho,
  today: string,
): Promise<RetailersAtView> {
  const counties = who.counties;
  const d = 15 / 111_320;
  const marks = counties.map(() => '?').join(',');
  const rows = await d1
    .prepare(
      `SELECT l.id, l.number, l.holder_name AS holderName, l.shop_name AS shopName, l.status,
         l.issued_on AS issuedOn, l.expires_on AS expiresOn, l.suspended_from AS suspendedFrom,
         l.suspended_until AS suspendedUntil, p.address, p.lat, p.lng, p.grid_id AS gridId,
         p.jurisdiction_code AS county
       FROM premises p JOIN licences l ON l.premises_id = p.id
       WHERE p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ? AND p.jurisdiction_code IN (${marks})
       ORDER BY ABS(p.lat - ?) + ABS(p.lng - ?) LIMIT 5`,
    )
    .bind(lat - d, lat + d, lng - d * 1.3, lng + d * 1.3, ...counties, lat, lng)
    .all<Omit<RetailerLicence, 'history' | 'compliance'>>();
  const licences: RetailerLicence[] = [];
  for (const l of rows.results) {
    const history = await d1
      .prepare(
        `SELECT a.ref, a.type, a.status, e.at, e.action, e.to_status AS toStatus, e.actor_name AS actor,
           a.applicant_id, a.jurisdiction_code,
           (SELECT group_concat(staff_id) FROM case_inspectors WHERE application_id = a.id)
             AS inspector_ids
         FROM applications a JOIN application_events e ON e.application_id = a.id
         WHERE a.licence_id = ? ORDER BY e.at DESC LIMIT 50`,
      )
      .bind(l.id)
      .all<HistoryRow>();
    const readable = history.results
      .filter((h) => mayReadCase(who, scopeOf(h)))
      .map(({ ref, type, status, at, action, toStatus, actor }) => ({
        ref,
        type,
        status,
        at,
        action,
        toStatus,
        actor,
      }));
    const compliance = await complianceOfLicence(d1, l.id, today);
    licences.push({ ...l, compliance, history: readable });
  }
  return { licences };
}
