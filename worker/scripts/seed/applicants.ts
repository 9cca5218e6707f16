/** Applicants (申请人): the demo applicant plus generated ones, each with a home unit. */
import { addCalendarDays } from '../../core/dates';
import { idCheckDigit } from '../../core/id-number';
import { DEMO } from './demo';
import { idNumber, person, phone } from './people';
import { apportion, type Rng } from './prng';

export interface ApplicantRow {
  id: string;
  phone: string;
  verified: boolean;
  name: string;
  idNumber: string | null;
  unit: string;
  createdAt: string;
}

/** 王建国, born 1968-03-15 in 潍城区. */
export function demoApplicant(today: string): ApplicantRow {
  const first17 = `${DEMO.county}19680315123`;
  return {
    id: DEMO.applicantId,
    phone: DEMO.applicantPhone,
    verified: true,
    name: DEMO.applicantName,
    idNumber: first17 + idCheckDigit(first17),
    unit: DEMO.county,
    createdAt: `${addCalendarDays(today, -400)}T02:12:00.000Z`,
  };
}

/**
 * `count` applicants spread over the units by `weights`; about 3% have signed in but not yet
 * passed the real-name check (no name, no ID number).
 */
export function makeApplicants(
  count: number,
  units: string[],
  weights: number[],
  rng: Rng,
  taken: { phones: Set<string>; ids: Set<string> },
): ApplicantRow[] {
  const perUnit = apportion(count, weights);
  const out: ApplicantRow[] = [];
  units.forEach((unit, ui) => {
    for (let i = 0; i < (perUnit[ui] ?? 0); i++) {
      const p = person(rng);
      const verified = !rng.chance(0.03);
      out.push({
        id: `apl_${String(out.length + 1).padStart(6, '0')}`,
        phone: phone(rng, taken.phones),
        verified,
        name: p.name,
        idNumber: verified ? idNumber(rng, unit, p.sex, taken.ids) : null,
        unit,
        createdAt: '',
      });
    }
  });
  return out;
}

/** Hands out a unit's applicants round-robin over a shuffled list, so most get something. */
export class ApplicantPicker {
  private readonly lists = new Map<
    string,
    { verified: ApplicantRow[]; unverified: ApplicantRow[]; v: number; u: number }
  >();

  constructor(applicants: ApplicantRow[], rng: Rng) {
    for (const a of applicants) {
      let l = this.lists.get(a.unit);
      if (!l) {
        l = { verified: [], unverified: [], v: 0, u: 0 };
        this.lists.set(a.unit, l);
      }
      (a.verified ? l.verified : l.unverified).push(a);
    }
    for (const l of this.lists.values()) {
      rng.shuffle(l.verified);
      rng.shuffle(l.unverified);
    }
  }

  /** A verified applicant of `unit`; `unverifiedOk` prefers one still without real name. */
  next(unit: string, unverifiedOk = false): ApplicantRow | null {
    const l = this.lists.get(unit);
    if (!l) return null;
    if (unverifiedOk && l.u < l.unverified.length) return l.unverified[l.u++] ?? null;
    if (l.verified.length === 0) return null;
    return l.verified[l.v++ % l.verified.length] ?? null;
  }
}
