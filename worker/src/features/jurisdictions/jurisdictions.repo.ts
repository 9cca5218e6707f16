import type { JurisdictionKind } from '../../../core/regions';
import type { Db } from '../../db/client';

export interface JurisdictionRow {
  code: string;
  name: string;
  kind: JurisdictionKind;
  parentCode: string | null;
  seatLng: number;
  seatLat: number;
  h3Res: number;
}

let cache: { at: number; rows: JurisdictionRow[] } | null = null;
const TTL_MS = 60_000;

/** All jurisdictions, cached per isolate for a minute: they change about once a decade. */
export async function allJurisdictions(db: Db): Promise<JurisdictionRow[]> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.rows;
  const rows = await db.query.jurisdictions.findMany({
    columns: {
      code: true,
      name: true,
      kind: true,
      parentCode: true,
      seatLng: true,
      seatLat: true,
      h3Res: true,
    },
    orderBy: (t, { asc }) => asc(t.code),
  });
  cache = { at: Date.now(), rows };
  return rows;
}

/** Drops this isolate's cached list after an admin's change (others expire within a minute). */
export function forgetJurisdictions(): void {
  cache = null;
}

/** Expands assigned codes to county-level units: a city code stands for all its units. */
export function expandToCounties(assigned: string[], all: JurisdictionRow[]): string[] {
  const out = new Set<string>();
  for (const code of assigned) {
    const j = all.find((r) => r.code === code);
    if (!j) continue;
    if (j.kind === 'city') {
      for (const u of all) if (u.parentCode === code) out.add(u.code);
    } else out.add(code);
  }
  return [...out].sort();
}

export function nameOf(code: string, all: JurisdictionRow[]): string {
  return all.find((r) => r.code === code)?.name ?? code;
}
