/** Schools and kindergartens as stored (their entrances, WGS-84). */
import type { SchoolView } from '../../../core/api';
import type { SchoolRow } from './schools.import';

/** Every school of the city, by county and name. */
export async function allSchools(d1: D1Database): Promise<SchoolView[]> {
  const rows = await d1
    .prepare(
      `SELECT s.id, s.jurisdiction_code AS county, j.name AS countyName, s.name, s.kind, s.lat,
         s.lng FROM schools s LEFT JOIN jurisdictions j ON j.code = s.jurisdiction_code
       ORDER BY s.jurisdiction_code, s.name`,
    )
    .all<SchoolView>();
  return rows.results;
}

/**
 * What an import is checked against: the counties by code and by name (old lists name either,
 * 潍城区 or 370702), and the `county|name` keys of the schools stored now.
 */
export async function importReference(
  d1: D1Database,
): Promise<{ counties: Map<string, string>; stored: string[] }> {
  const [units, stored] = await d1.batch<{ code?: string; name?: string; k?: string }>([
    d1.prepare("SELECT code, name FROM jurisdictions WHERE kind != 'city'"),
    d1.prepare("SELECT jurisdiction_code || '|' || name AS k FROM schools"),
  ]);
  const counties = new Map<string, string>();
  for (const u of units?.results ?? []) {
    if (!u.code) continue;
    counties.set(u.code, u.code);
    if (u.name) counties.set(u.name, u.code);
  }
  return { counties, stored: (stored?.results ?? []).map((r) => r.k ?? '').filter(Boolean) };
}

/** Writes accepted rows in one batch; `replace` first empties the counties they name. */
export async function saveSchools(
  d1: D1Database,
  accepted: SchoolRow[],
  replace: boolean,
  now: string,
): Promise<void> {
  const listed = [...new Set(accepted.map((a) => a.county))];
  await d1.batch([
    ...(replace
      ? listed.map((k) => d1.prepare('DELETE FROM schools WHERE jurisdiction_code = ?').bind(k))
      : []),
    ...accepted.map((a) =>
      d1
        .prepare(
          `INSERT INTO schools (id, jurisdiction_code, name, kind, lat, lng, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(crypto.randomUUID(), a.county, a.name, a.kind, a.lat, a.lng, now),
    ),
  ]);
}
