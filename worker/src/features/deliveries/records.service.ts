/**
 * Imports from the sales, distribution and internal-management systems. A dry run reports every
 * row accepted or rejected with its reasons (malformed, unknown licence, repeated in the file,
 * outside the caller's counties, a delivery in the future); a commit re-checks and writes every
 * row in ONE D1 batch with its audit record, and writes nothing while any row is rejected.
 * A licence's record from a source is replaced by the next import of that source.
 */
import type { ImportReason } from '../../../core/api-grids';
import {
  RECORD_FIELD_REASONS,
  RECORD_REASONS,
  recordRowSchema,
  type RecordImportReport,
  type RecordRow,
  type RecordSource,
} from '../../../core/deliveries';

interface LicenceHit {
  id: string;
  county: string;
  /** Whether the licence already has a record from this source. */
  hasRecord: boolean;
}

export interface RecordCheck {
  report: RecordImportReport;
  ok: { licenceId: string; row: RecordRow }[];
  /** Counties of every licence the rows name (a token must cover all of them). */
  counties: string[];
}

function fieldReasons(issues: { path: PropertyKey[] }[]): ImportReason[] {
  const fields = [...new Set(issues.map((i) => String(i.path[0] ?? '')))];
  return fields.map(
    (f) =>
      RECORD_FIELD_REASONS[f as keyof RecordRow] ?? { zh: `${f}：格式不正确`, en: `${f}: invalid` },
  );
}

/** Licences by number, with whether `source` already holds a record of them. */
async function licencesByNumber(
  d1: D1Database,
  numbers: string[],
  source: RecordSource,
): Promise<Map<string, LicenceHit>> {
  const out = new Map<string, LicenceHit>();
  const unique = [...new Set(numbers)];
  for (let i = 0; i < unique.length; i += 90) {
    const part = unique.slice(i, i + 90);
    const res = await d1
      .prepare(
        `SELECT l.number, l.id, l.jurisdiction_code AS county,
           EXISTS (SELECT 1 FROM licence_records r WHERE r.licence_id = l.id AND r.source = ?)
             AS has_record
         FROM licences l WHERE l.number IN (${part.map(() => '?').join(',')})`,
      )
      .bind(source, ...part)
      .all<{ number: string; id: string; county: string; has_record: number }>();
    for (const r of res.results)
      out.set(r.number, { id: r.id, county: r.county, hasRecord: r.has_record === 1 });
  }
  return out;
}

/** Validates every row and matches it to its licence (no writes). */
export async function checkRecordRows(
  d1: D1Database,
  input: {
    rows: Record<string, unknown>[];
    source: RecordSource;
    today: string;
    /** Whether the caller may write records of this county (a clerk: their own). */
    mayWriteIn: (county: string) => boolean;
  },
): Promise<RecordCheck> {
  const parsed = input.rows.map((raw) => recordRowSchema.safeParse(raw));
  const numbers = parsed.flatMap((p) => (p.success ? [p.data.number] : []));
  const licences = await licencesByNumber(d1, numbers, input.source);
  const report: RecordImportReport = {
    dryRun: true,
    committed: false,
    source: input.source,
    accepted: [],
    rejected: [],
  };
  const ok: RecordCheck['ok'] = [];
  const seen = new Set<string>();
  const counties = new Set<string>();
  parsed.forEach((p, index) => {
    const raw = input.rows[index]?.number;
    const rawNumber = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : null;
    if (!p.success) {
      report.rejected.push({ index, number: rawNumber, reasons: fieldReasons(p.error.issues) });
      return;
    }
    const row = p.data;
    const reasons: ImportReason[] = [];
    const licence = licences.get(row.number);
    if (!licence) reasons.push(RECORD_REASONS.unknownLicence);
    else {
      counties.add(licence.county);
      if (!input.mayWriteIn(licence.county)) reasons.push(RECORD_REASONS.otherCounty);
    }
    if (seen.has(row.number)) reasons.push(RECORD_REASONS.duplicate);
    seen.add(row.number);
    if (row.lastDeliveryOn && row.lastDeliveryOn > input.today) reasons.push(RECORD_REASONS.future);
    if (reasons.length > 0 || !licence) {
      report.rejected.push({ index, number: row.number, reasons });
      return;
    }
    report.accepted.push({
      index,
      number: row.number,
      licenceId: licence.id,
      replaces: licence.hasRecord,
    });
    ok.push({ licenceId: licence.id, row });
  });
  return { report, ok, counties: [...counties].sort() };
}

/** The upserts of accepted rows (the caller adds its audit record and runs one batch). */
export function recordUpserts(
  d1: D1Database,
  ok: RecordCheck['ok'],
  source: RecordSource,
  by: string,
  at: string,
): D1PreparedStatement[] {
  return ok.map(({ licenceId, row }) =>
    d1
      .prepare(
        `INSERT INTO licence_records (licence_id, source, customer_code, monthly_volume,
           last_delivery_on, status, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (licence_id, source) DO UPDATE SET customer_code = excluded.customer_code,
           monthly_volume = excluded.monthly_volume, last_delivery_on = excluded.last_delivery_on,
           status = excluded.status, imported_at = excluded.imported_at,
           imported_by = excluded.imported_by`,
      )
      .bind(
        licenceId,
        source,
        row.customerCode,
        row.monthlyVolume,
        row.lastDeliveryOn ?? null,
        row.status,
        at,
        by,
      ),
  );
}
