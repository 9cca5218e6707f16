/**
 * Where the demo retailers stand: around each county-level seat a dense centre (gaussian), a few
 * satellite towns and rural scatter. Each H3 resolution-7 cell belongs to the unit with the
 * nearest seat, and a unit only places points in its own cells, so grids never straddle units
 * (districts use the resolution-8 children of their resolution-7 cells).
 */
import { cellToLatLng, cellToParent, latLngToCell } from 'h3-js';
import type { LocationClass } from '../../core/capacity';
import weifang from '../../core/data/weifang.json';
import type { JurisdictionKind } from '../../core/regions';
import { TOWNS } from './lexicon';
import type { Rng } from './prng';

/** The county-level units the demo places retailers in (the city itself holds none). */
export type UnitKind = Exclude<JurisdictionKind, 'city'>;

export interface Town {
  name: string;
  lat: number;
  lng: number;
  sigmaKm: number;
  weight: number;
}

export interface Unit {
  code: string;
  name: string;
  kind: UnitKind;
  lng: number;
  lat: number;
  /** H3 resolution of the unit's grids: 8 for districts, 7 for counties. */
  res: 7 | 8;
  towns: Town[];
}

export interface Place {
  lat: number;
  lng: number;
  cell: string;
  klass: LocationClass;
  /** Township for town and rural places. */
  town: string | null;
}

export const CITY = {
  code: weifang.code,
  name: weifang.name,
  lng: weifang.centre_wgs84[0] as number,
  lat: weifang.centre_wgs84[1] as number,
};

/** Laizhou Bay: nothing north of this latitude is on land in the demo. */
const MAX_LAT = 37.05;

const KM_PER_DEG_LAT = 110.574;
const kmPerDegLng = (lat: number): number => 111.32 * Math.cos((lat * Math.PI) / 180);

function offset(lat: number, lng: number, eastKm: number, northKm: number): [number, number] {
  return [lat + northKm / KM_PER_DEG_LAT, lng + eastKm / kmPerDegLng(lat)];
}

export class Geography {
  readonly units: Unit[];
  private readonly owners = new Map<string, string>();

  constructor(rng: Rng) {
    this.units = weifang.units.map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind as UnitKind,
      lng: u.seat[0] as number,
      lat: u.seat[1] as number,
      res: u.kind === 'district' ? 8 : 7,
      towns: [],
    }));
    for (const u of this.units) u.towns = this.satellites(u, rng);
  }

  unit(code: string): Unit {
    const u = this.units.find((x) => x.code === code);
    if (!u) throw new RangeError(`unknown unit ${code}`);
    return u;
  }

  /** The unit owning a resolution-7 cell: nearest seat to the cell's centre. */
  ownerOf7(cell7: string): string {
    let o = this.owners.get(cell7);
    if (o === undefined) {
      const [lat, lng] = cellToLatLng(cell7);
      let best = Infinity;
      for (const u of this.units) {
        const dx = (lng - u.lng) * kmPerDegLng(lat);
        const dy = (lat - u.lat) * KM_PER_DEG_LAT;
        const d = dx * dx + dy * dy;
        if (d < best) [best, o] = [d, u.code];
      }
      this.owners.set(cell7, o as string);
    }
    return o as string;
  }

  /** The grid cell of a point for `unit`, or null when the point lies in another unit. */
  cellIn(unit: Unit, lat: number, lng: number): string | null {
    if (lat > MAX_LAT) return null;
    const cell = latLngToCell(lat, lng, unit.res);
    const cell7 = unit.res === 7 ? cell : cellToParent(cell, 7);
    return this.ownerOf7(cell7) === unit.code ? cell : null;
  }

  /** A random place in `unit`: centre, satellite town or rural scatter. */
  place(unit: Unit, rng: Rng): Place {
    const district = unit.kind === 'district';
    const r = rng.next();
    const klass: LocationClass =
      r < (district ? 0.66 : 0.42) ? 'urban' : r < (district ? 0.84 : 0.7) ? 'town' : 'rural';
    for (let attempt = 0; attempt < 60; attempt++) {
      let lat: number;
      let lng: number;
      let town: string | null = null;
      if (klass === 'urban' || (klass === 'town' && unit.towns.length === 0)) {
        const sigma = district ? 2.2 : 2.4;
        [lat, lng] = offset(unit.lat, unit.lng, rng.gauss() * sigma, rng.gauss() * sigma);
      } else if (klass === 'town') {
        const t = rng.weighted(unit.towns.map((x) => [x, x.weight] as const));
        [lat, lng] = offset(t.lat, t.lng, rng.gauss() * t.sigmaKm, rng.gauss() * t.sigmaKm);
        town = t.name;
      } else {
        const radius = district ? 14 : 28;
        const d = radius * Math.sqrt(rng.next());
        const a = rng.range(0, 2 * Math.PI);
        [lat, lng] = offset(unit.lat, unit.lng, d * Math.cos(a), d * Math.sin(a));
        town = this.nearestTown(unit, lat, lng, rng);
      }
      // Round first: the stored coordinates must fall in the stored cell.
      [lat, lng] = [round6(lat), round6(lng)];
      const cell = this.cellIn(unit, lat, lng);
      if (cell) return { lat, lng, cell, klass, town };
    }
    // The seat itself always belongs to its unit (seats are ≥ 7 km apart).
    const [lat, lng] = offset(unit.lat, unit.lng, rng.gauss() * 0.5, rng.gauss() * 0.5).map(
      round6,
    ) as [number, number];
    return { lat, lng, cell: latLngToCell(lat, lng, unit.res), klass: 'urban', town: null };
  }

  private nearestTown(unit: Unit, lat: number, lng: number, rng: Rng): string {
    const names = TOWNS[unit.code] ?? ['城关'];
    let best = Infinity;
    let name: string | null = null;
    for (const t of unit.towns) {
      const d = (t.lat - lat) ** 2 + (t.lng - lng) ** 2;
      if (d < best) [best, name] = [d, t.name];
    }
    // Villages far from every satellite belong to some other township of the unit.
    return best < 0.0064 && name ? name : rng.pick(names);
  }

  /** 3–6 satellite towns 8–25 km out (districts: 2–3, closer in, as their area is small). */
  private satellites(unit: Unit, rng: Rng): Town[] {
    const names = [...(TOWNS[unit.code] ?? [])];
    const district = unit.kind === 'district';
    const want = Math.min(names.length, district ? rng.int(2, 3) : rng.int(3, 6));
    const towns: Town[] = [];
    for (let attempt = 0; towns.length < want && attempt < 400; attempt++) {
      const [lo, hi] = attempt < 200 ? [8, 25] : [4, 10];
      const d = rng.range(lo, hi);
      const a = rng.range(0, 2 * Math.PI);
      const [lat, lng] = offset(unit.lat, unit.lng, d * Math.cos(a), d * Math.sin(a));
      if (!this.cellIn(unit, lat, lng)) continue;
      // Keep towns apart from each other.
      if (towns.some((t) => (t.lat - lat) ** 2 + (t.lng - lng) ** 2 < 0.0025)) continue;
      towns.push({
        name: names[towns.length] as string,
        lat,
        lng,
        sigmaKm: rng.range(0.8, 1.5),
        weight: rng.range(0.5, 1.5),
      });
    }
    return towns;
  }
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
