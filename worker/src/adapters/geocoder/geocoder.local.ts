/**
 * The local geocoder: a search over the city's own data in D1, so the picker finds places with
 * no external service (offline, the demo, a bureau without a Tianditu key). It knows:
 *  - the county-level units (at their seats),
 *  - townships, villages and roads named in the premises' addresses (each at the premises nearest
 *    the middle of those that share it),
 *  - retailers' shop names, and full addresses (at their premises).
 * Matching is Chinese substring matching (`instr`), which works for two-character queries where
 * a trigram index would not (LIBRARIES.md, "Chinese search on D1").
 */
import {
  addressParts,
  matchRank,
  rankPlaces,
  representative,
  type GeocodeKind,
  type GeocodePlace,
  type RankedPlace,
} from '../../../core/geocode';
import type { Geocoder } from './geocoder';

/** Addresses read for one query at most: enough for every road of a common word. */
const ADDRESS_ROWS = 3000;
const SHOP_ROWS = 40;

type AddressRow = { address: string; lat: number; lng: number; county: string };

export class LocalGeocoder implements Geocoder {
  readonly provider = 'local';
  constructor(private readonly d1: D1Database) {}

  async search(q: string, limit: number): Promise<GeocodePlace[]> {
    // The county's name is cut from the address before matching, so that "潍城" finds the
    // district once rather than every address in it.
    const [units, shops, addresses] = await this.d1.batch<Record<string, unknown>>([
      this.d1
        .prepare(
          `SELECT name, seat_lat AS lat, seat_lng AS lng, (SELECT name FROM jurisdictions c
             WHERE c.code = j.parent_code) AS city
           FROM jurisdictions j WHERE kind != 'city' AND instr(name, ?1) > 0`,
        )
        .bind(q),
      this.d1
        .prepare(
          `SELECT l.shop_name AS name, p.address, p.lat, p.lng
           FROM licences l JOIN premises p ON p.id = l.premises_id
           WHERE instr(l.shop_name, ?1) > 0
           ORDER BY l.status IN ('active', 'suspended') DESC, length(l.shop_name)
           LIMIT ${SHOP_ROWS}`,
        )
        .bind(q),
      this.d1
        .prepare(
          `SELECT p.address, p.lat, p.lng, j.name AS county
           FROM premises p JOIN jurisdictions j ON j.code = p.jurisdiction_code
           WHERE instr(CASE WHEN instr(p.address, j.name) > 0
             THEN substr(p.address, instr(p.address, j.name) + length(j.name))
             ELSE p.address END, ?1) > 0
           LIMIT ${ADDRESS_ROWS}`,
        )
        .bind(q),
    ]);
    const hits: RankedPlace[] = [];
    for (const u of (units?.results ?? []) as {
      name: string;
      lat: number;
      lng: number;
      city: string | null;
    }[]) {
      const rank = matchRank(u.name, q);
      if (rank !== null) hits.push(hit('county', u.name, u.city ?? '', u, rank, Infinity));
    }
    const seenShop = new Set<string>();
    for (const s of (shops?.results ?? []) as {
      name: string;
      address: string;
      lat: number;
      lng: number;
    }[]) {
      const key = `${s.name}|${s.address}`;
      const rank = matchRank(s.name, q);
      if (rank === null || seenShop.has(key)) continue;
      seenShop.add(key);
      hits.push(hit('shop', s.name, s.address, s, rank, 1));
    }
    hits.push(...placesInAddresses((addresses?.results ?? []) as AddressRow[], q));
    return rankPlaces(hits, limit);
  }
}

function hit(
  kind: GeocodeKind,
  label: string,
  detail: string,
  at: { lat: number; lng: number },
  rank: 0 | 1 | 2,
  weight: number,
): RankedPlace {
  return { kind, label, detail, lat: at.lat, lng: at.lng, rank, weight };
}

/**
 * Townships, villages and roads whose name holds the query, each once per county (and per
 * township for a village or a town's street), at a representative premises; the addresses
 * themselves where the query spans more than one name (胜利西街12号).
 */
function placesInAddresses(rows: AddressRow[], q: string): RankedPlace[] {
  const groups = new Map<
    string,
    { kind: GeocodeKind; label: string; detail: string; rank: 0 | 1 | 2; rows: AddressRow[] }
  >();
  const exact: RankedPlace[] = [];
  for (const r of rows) {
    const parts = addressParts(r.address, r.county);
    const town = parts.township ?? '';
    const named: [GeocodeKind, string, string, string][] = [];
    if (parts.township) named.push(['township', parts.township, r.county, `${r.county}|${town}`]);
    if (parts.village) {
      named.push(['village', parts.village, town || r.county, `${r.county}|${town}|v`]);
    }
    if (parts.road) {
      named.push(['road', town + parts.road, r.county, `${r.county}|${town}|r`]);
    }
    let matched = false;
    for (const [kind, label, detail, scope] of named) {
      const rank = matchRank(label, q) ?? matchRank(label.slice(town.length), q);
      if (rank === null) continue;
      matched = true;
      const key = `${scope}|${label}`;
      const g = groups.get(key) ?? { kind, label, detail, rank, rows: [] };
      g.rows.push(r);
      groups.set(key, g);
    }
    if (!matched) {
      exact.push({
        kind: 'address',
        label: r.address,
        detail: r.county,
        lat: r.lat,
        lng: r.lng,
        rank: 2,
        weight: 0,
      });
    }
  }
  const out: RankedPlace[] = [];
  for (const g of groups.values()) {
    const at = representative(g.rows);
    if (!at) continue;
    out.push({
      kind: g.kind,
      label: g.label,
      detail: g.detail,
      lat: at.lat,
      lng: at.lng,
      rank: g.rank,
      weight: g.rows.length,
    });
  }
  return [...out, ...exact.slice(0, 5)];
}
