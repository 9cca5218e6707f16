/** Retail points: one premises and one licence each, placed by geo.ts and numbered per unit. */
import type { LicenceStatus } from '../../core/business-types';
import { addCalendarDays, addYears, compareDates } from '../../core/dates';
import { licenceExpiry, maxSuspendUntil } from '../../core/preconditions';
import type { Geography, Place, Unit } from './geo';
import { STREETS, VILLAGES } from './lexicon';
import { creditCode, person, shopName } from './people';
import { apportion, type Rng } from './prng';

export interface PremisesRow {
  id: string;
  unit: string;
  address: string;
  place: Place;
}

export interface LicenceRow {
  id: string;
  number: string;
  holderApplicantId: string | null;
  holderName: string;
  shopName: string;
  creditCode: string;
  premises: PremisesRow;
  unit: string;
  status: LicenceStatus;
  issuedOn: string;
  expiresOn: string;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
  updatedAt: string;
}

/** Relative number of retailers per unit: the urban districts are denser than their population. */
export const UNIT_WEIGHTS: Record<string, number> = {
  '370702': 2800,
  '370703': 2200,
  '370704': 2400,
  '370705': 3200,
  '370724': 3000,
  '370725': 2400,
  '370781': 3800,
  '370782': 4200,
  '370783': 4400,
  '370784': 3400,
  '370785': 3400,
  '370786': 2400,
};

const STATUS_MIX: readonly (readonly [LicenceStatus, number])[] = [
  ['active', 88],
  ['suspended', 4],
  ['cancelled', 5],
  ['expired', 3],
];

const TOWN_STREETS = [
  '中心街',
  '商业街',
  '府前街',
  '兴业路',
  '建设路',
  '文化路',
  '幸福街',
  '振兴路',
];

export function address(unit: Unit, place: Place, rng: Rng): string {
  const n = rng.int(1, place.klass === 'urban' ? 999 : 299);
  const head = `潍坊市${unit.name}`;
  const town = place.town ? `${place.town}${unit.kind === 'district' ? '街道' : '镇'}` : '';
  if (place.klass === 'urban' || !place.town)
    return `${head}${rng.pick(STREETS[unit.code] ?? ['人民路'])}${n}号`;
  if (place.klass === 'town') return `${head}${town}${rng.pick(TOWN_STREETS)}${n}号`;
  return `${head}${town}${rng.pick(VILLAGES)}村${n}号`;
}

/** An instant on `date` at `hour`:`minute` China time (kept within the same UTC date). */
export function instant(date: string, hour: number, minute = 0, second = 0): string {
  const pad = (x: number): string => String(x).padStart(2, '0');
  return `${date}T${pad(hour - 8)}:${pad(minute)}:${pad(second)}.000Z`;
}

export interface DemoLicenceSpec {
  holderApplicantId: string;
  holderName: string;
  shopName: string;
  status: LicenceStatus;
  issuedOn: string;
  suspendedFrom?: string;
  suspendedUntil?: string;
}

interface Draft extends Omit<LicenceRow, 'id' | 'number' | 'premises'> {
  place: Place;
  order: number;
}

/** `count` licences (the demo ones included) with premises, sorted by issue date and numbered. */
export function makeRetail(
  geo: Geography,
  count: number,
  today: string,
  rng: Rng,
  demo: { unit: string; licences: DemoLicenceSpec[] },
): { licences: LicenceRow[]; premises: PremisesRow[]; seqByUnit: Map<string, number> } {
  const codes = geo.units.map((u) => u.code);
  const perUnit = apportion(
    count - demo.licences.length,
    codes.map((c) => UNIT_WEIGHTS[c] ?? 1),
  );
  const codesTaken = new Set<string>();
  const drafts: Draft[] = [];
  const firstIssue = addCalendarDays(addYears(today, -5), 4); // 2021-12-01 for 2026-11-27

  for (const spec of demo.licences) {
    const unit = geo.unit(demo.unit);
    let place = geo.place(unit, rng);
    while (place.klass !== 'urban') place = geo.place(unit, rng);
    drafts.push({
      holderApplicantId: spec.holderApplicantId,
      holderName: spec.holderName,
      shopName: spec.shopName,
      creditCode: creditCode(rng, unit.code, false, codesTaken),
      unit: unit.code,
      status: spec.status,
      issuedOn: spec.issuedOn,
      expiresOn: licenceExpiry(spec.issuedOn),
      suspendedFrom: spec.suspendedFrom ?? null,
      suspendedUntil: spec.suspendedUntil ?? null,
      updatedAt: instant(spec.suspendedFrom ?? spec.issuedOn, 9, 30),
      place,
      order: drafts.length,
    });
  }

  geo.units.forEach((unit, ui) => {
    for (let i = 0; i < (perUnit[ui] ?? 0); i++) {
      const place = geo.place(unit, rng);
      const holder = person(rng);
      const company = rng.chance(0.06);
      const status = rng.weighted(STATUS_MIX);
      const d = licenceDates(status, firstIssue, today, rng);
      drafts.push({
        holderApplicantId: null,
        holderName: holder.name,
        shopName: shopName(rng, holder.name, company),
        creditCode: creditCode(rng, unit.code, company, codesTaken),
        unit: unit.code,
        status,
        ...d,
        place,
        order: drafts.length,
      });
    }
  });

  drafts.sort((a, b) => compareDates(a.issuedOn, b.issuedOn) || a.order - b.order);
  const seqByUnit = new Map<string, number>();
  const licences: LicenceRow[] = [];
  const premises: PremisesRow[] = [];
  drafts.forEach((d, i) => {
    const n = String(i + 1).padStart(6, '0');
    const seq = (seqByUnit.get(d.unit) ?? 0) + 1;
    seqByUnit.set(d.unit, seq);
    const unit = geo.unit(d.unit);
    const prem: PremisesRow = {
      id: `prem_${n}`,
      unit: d.unit,
      address: address(unit, d.place, rng),
      place: d.place,
    };
    premises.push(prem);
    const { place: _place, order: _order, ...rest } = d;
    licences.push({
      ...rest,
      id: `lic_${n}`,
      // {county}{year}{seq:5}
      number: `${d.unit}${d.issuedOn.slice(0, 4)}${String(seq).padStart(5, '0')}`,
      premises: prem,
    });
  });
  return { licences, premises, seqByUnit };
}

function licenceDates(
  status: LicenceStatus,
  firstIssue: string,
  today: string,
  rng: Rng,
): Pick<LicenceRow, 'issuedOn' | 'expiresOn' | 'suspendedFrom' | 'suspendedUntil' | 'updatedAt'> {
  const span = (from: string, to: string): string => {
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    return addCalendarDays(from, rng.int(0, Math.max(0, days)));
  };
  const yesterday = addCalendarDays(today, -1);
  if (status === 'expired') {
    // Expired within the last ten months: issued a little over five years ago.
    const issuedOn = span(
      addCalendarDays(addYears(today, -5), -300),
      addCalendarDays(firstIssue, -5),
    );
    const expiresOn = licenceExpiry(issuedOn);
    return {
      issuedOn,
      expiresOn,
      suspendedFrom: null,
      suspendedUntil: null,
      updatedAt: instant(addCalendarDays(expiresOn, 1), 8, 10),
    };
  }
  if (status === 'suspended') {
    const issuedOn = span(firstIssue, addCalendarDays(today, -60));
    const from = span(
      maxDate(addCalendarDays(issuedOn, 30), addCalendarDays(today, -330)),
      yesterday,
    );
    const max = maxSuspendUntil(from);
    // Every suspension still runs: one that ended without resuming is cancelled (注销) by the
    // clock runner (features/licences/licence-lapse.ts), so "today's" register has none.
    const until = minDate(max, addCalendarDays(today, rng.int(3, 250)));
    return {
      issuedOn,
      expiresOn: licenceExpiry(issuedOn),
      suspendedFrom: from,
      suspendedUntil: until,
      updatedAt: instant(from, 9, 30),
    };
  }
  const issuedOn = span(firstIssue, yesterday);
  const updatedAt =
    status === 'cancelled' ? instant(span(issuedOn, yesterday), 10, 15) : instant(issuedOn, 9, 30);
  return {
    issuedOn,
    expiresOn: licenceExpiry(issuedOn),
    suspendedFrom: null,
    suspendedUntil: null,
    updatedAt,
  };
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string, b: string): string => (a < b ? a : b);
