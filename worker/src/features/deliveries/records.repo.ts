/**
 * Reading the other systems' records: a licence's records (licence page, map panel, the system
 * API) and the licences gone quiet (the warning "active licence with no deliveries for 6
 * months" asks `licencesWithoutDeliverySince(db, monthsBefore(today, 6))`).
 */
import type { LicenceRecordView } from '../../../core/deliveries';

interface RecordRowDb {
  source: LicenceRecordView['source'];
  customer_code: string;
  monthly_volume: number;
  last_delivery_on: string | null;
  status: LicenceRecordView['status'];
  imported_at: string;
}

/** A licence's records, one per source, in the sources' order. */
export async function recordsOfLicence(
  d1: D1Database,
  licenceId: string,
): Promise<LicenceRecordView[]> {
  const res = await d1
    .prepare(
      `SELECT source, customer_code, monthly_volume, last_delivery_on, status, imported_at
       FROM licence_records WHERE licence_id = ?
       ORDER BY CASE source WHEN 'sales' THEN 0 WHEN 'distribution' THEN 1 ELSE 2 END`,
    )
    .bind(licenceId)
    .all<RecordRowDb>();
  return res.results.map((r) => ({
    source: r.source,
    customerCode: r.customer_code,
    monthlyVolume: r.monthly_volume,
    lastDeliveryOn: r.last_delivery_on,
    status: r.status,
    importedAt: r.imported_at,
  }));
}

export interface QuietLicence {
  licenceId: string;
  number: string;
  county: string;
  /** The newest delivery any system reports (null: the systems know it but report none). */
  lastDeliveryOn: string | null;
}

/**
 * Active licences that the other systems know (at least one record) and that had no delivery
 * on or after `since`, issued before it (a new shop is not quiet yet); optionally limited to
 * some counties. A licence no system has sent anything about is not listed: missing data is
 * not evidence.
 */
export async function licencesWithoutDeliverySince(
  d1: D1Database,
  since: string,
  counties?: readonly string[],
): Promise<QuietLicence[]> {
  const inCounties = counties
    ? `AND l.jurisdiction_code IN (${counties.map(() => '?').join(',')})`
    : '';
  if (counties && counties.length === 0) return [];
  const res = await d1
    .prepare(
      `SELECT l.id, l.number, l.jurisdiction_code AS county, MAX(r.last_delivery_on) AS last
       FROM licences l JOIN licence_records r ON r.licence_id = l.id
       WHERE l.status = 'active' AND l.issued_on < ? ${inCounties}
       GROUP BY l.id HAVING last IS NULL OR last < ?
       ORDER BY last, l.number`,
    )
    .bind(since, ...(counties ?? []), since)
    .all<{ id: string; number: string; county: string; last: string | null }>();
  return res.results.map((r) => ({
    licenceId: r.id,
    number: r.number,
    county: r.county,
    lastDeliveryOn: r.last,
  }));
}
