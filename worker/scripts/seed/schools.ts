/**
 * Schools and kindergartens (their entrances), and the clearance that keeps the demo's open 新办
 * cases on spots that pass the distance rules — as they would after applicants used "能否在此开店？"
 * — so that approving one works unless a demo case was put there to break a rule on purpose.
 */
import { distanceMetres } from '../../core/coords';
import { SCHOOL_KIND_LABELS, type SchoolKind } from '../../core/layout-kinds';
import { countsTowardSaturation } from '../../core/saturation';
import type { Geography, Unit } from './geo';
import type { Rng } from './prng';
import type { LicenceRow } from './retail';

export interface SchoolRow {
  id: string;
  unit: string;
  name: string;
  kind: SchoolKind;
  lat: number;
  lng: number;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** A school's name ends in its kind: 第一小学, 实验幼儿园. */
const suffix = (kind: SchoolKind): string => SCHOOL_KIND_LABELS[kind].zh;

/** Schools per unit: districts are denser. */
const PER_UNIT = { district: 30, county: 22 };

export function makeSchools(geo: Geography, rng: Rng): SchoolRow[] {
  const out: SchoolRow[] = [];
  for (const unit of geo.units) {
    const n = unit.kind === 'district' ? PER_UNIT.district : PER_UNIT.county;
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      const place = geo.place(unit, rng);
      const kind = rng.weighted<SchoolKind>([
        ['kindergarten', 0.45],
        ['primary', 0.4],
        ['secondary', 0.15],
      ]);
      const name = schoolName(unit, place.town, kind, used, rng);
      used.add(name);
      out.push({ id: `sch_${unit.code}_${i}`, unit: unit.code, name, kind, ...pick(place) });
    }
  }
  return out;
}

const pick = (p: { lat: number; lng: number }) => ({ lat: p.lat, lng: p.lng });

function schoolName(
  unit: Unit,
  town: string | null,
  kind: SchoolKind,
  used: Set<string>,
  rng: Rng,
): string {
  const base = town ?? unit.name;
  const styles = town
    ? [`${base}中心${suffix(kind)}`, `${base}${suffix(kind)}`]
    : [
        `${base}实验${suffix(kind)}`,
        `${base}${rng.pick(['育才', '明德', '启明', '新华'])}${suffix(kind)}`,
      ];
  for (const s of styles) if (!used.has(s)) return s;
  for (const num of NUMERALS) {
    const s = `${base}第${num}${suffix(kind)}`;
    if (!used.has(s)) return s;
  }
  return `${base}${suffix(kind)}（${used.size + 1}）`;
}

/** Buckets of ~110 m: every point within `reach` metres lies in the 3 × 3 neighbourhood. */
const CELL = 0.001;

/** Which spots keep the spacing to licensed retailers and the school zone (with a margin). */
export class Clearance {
  private readonly buckets = new Map<string, { lat: number; lng: number }[]>();

  constructor(
    licences: LicenceRow[],
    schools: SchoolRow[],
    private readonly reachM = 70,
  ) {
    for (const l of licences) if (countsTowardSaturation(l.status)) this.add(l.premises.place);
    for (const s of schools) this.add(s);
  }

  private key(lat: number, lng: number): string {
    return `${Math.floor(lat / CELL)}:${Math.floor(lng / CELL)}`;
  }

  private add(p: { lat: number; lng: number }): void {
    const k = this.key(p.lat, p.lng);
    const list = this.buckets.get(k) ?? [];
    list.push({ lat: p.lat, lng: p.lng });
    this.buckets.set(k, list);
  }

  /** Whether no retailer or school lies within the reach of the point. */
  clear(lat: number, lng: number): boolean {
    const i = Math.floor(lat / CELL);
    const j = Math.floor(lng / CELL);
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++)
        for (const p of this.buckets.get(`${i + di}:${j + dj}`) ?? [])
          if (distanceMetres(lat, lng, p.lat, p.lng) < this.reachM) return false;
    return true;
  }
}
