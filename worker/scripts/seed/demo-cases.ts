/**
 * The demo applicant 王建国 (13800000001): three licences in 潍城区 and six cases, each showing
 * one thing the demo walks through.
 */
import type { WorkCalendar } from '../../core/calendar';
import { addCalendarDays, addYears } from '../../core/dates';
import type { ApplicantRow } from './applicants';
import type { CaseSpec } from './applications';
import { placeInCell } from './application-rows';
import { type Geography, type Place, round6 } from './geo';
import type { GridRow } from './grids';
import { gridLevel } from './grids';
import { REFUSAL_REASONS } from './lexicon';
import type { Rng } from './prng';
import type { DemoLicenceSpec, LicenceRow } from './retail';
import type { SchoolRow } from './schools';
import { Timeline, type Plan } from './timeline';

/** The day a licence expiring on `expiresOn` was issued (inverse of licenceExpiry). */
const issuedFor = (expiresOn: string): string => addYears(addCalendarDays(expiresOn, 1), -5);

export function demoLicenceSpecs(
  a: ApplicantRow,
  today: string,
  cal: WorkCalendar,
): DemoLicenceSpec[] {
  const base = { holderApplicantId: a.id, holderName: a.name };
  return [
    // Expires in 20 working days: renewal (≥ 30 working days before expiry) is now too late.
    {
      ...base,
      shopName: '建国便利店',
      status: 'active',
      issuedOn: issuedFor(cal.addWorkingDays(today, 20)),
    },
    // Expires in about seven months (2027-06-30 for 2026-11-27): renewable now.
    {
      ...base,
      shopName: '建国烟酒商行',
      status: 'active',
      issuedOn: issuedFor(addCalendarDays(today, 215)),
    },
    // Suspended since early September until the end of February (2027-02-28).
    {
      ...base,
      shopName: '鸿运副食店',
      status: 'suspended',
      issuedOn: addCalendarDays(today, -1291),
      suspendedFrom: addCalendarDays(today, -87),
      suspendedUntil: addCalendarDays(today, 93),
    },
  ];
}

export function demoCases(
  a: ApplicantRow,
  licences: LicenceRow[],
  grids: GridRow[],
  geo: Geography,
  today: string,
  cal: WorkCalendar,
  rng: Rng,
  schools: SchoolRow[],
): CaseSpec[] {
  const tl = new Timeline(cal, today, rng);
  const tooLate = licences.find((l) => l.holderApplicantId === a.id && l.shopName === '建国便利店');
  const suspended = licences.find((l) => l.holderApplicantId === a.id && l.status === 'suspended');
  if (!tooLate || !suspended) throw new Error('seed bug: demo licences missing');
  const unit = geo.unit(a.unit);
  const urban = (): Place => {
    let p = geo.place(unit, rng);
    while (p.klass !== 'urban') p = geo.place(unit, rng);
    return p;
  };
  // 30 m from a primary school's entrance: the layout check refuses it (学校周边禁设), so the
  // approver sees the reason and may only grant with a recorded override. In a grid with room,
  // so that the school is the one reason (and its acceptance did not send it to the queue).
  const gridById = new Map(grids.map((g) => [g.id, g]));
  const nearSchool = ((): Place => {
    for (const school of schools) {
      if (school.unit !== a.unit || school.kind !== 'primary') continue;
      const lat = round6(school.lat + 30 / 111_320);
      const cell = geo.cellIn(unit, lat, school.lng);
      const grid = cell ? gridById.get(cell) : undefined;
      if (cell && (!grid || gridLevel(grid) === 'green'))
        return { lat, lng: school.lng, cell, klass: 'urban', town: null };
    }
    return urban();
  })();
  const [s6, a6] = [tl.ago(4), tl.ago(2)];
  const red = grids.find((g) => g.unit === a.unit && g.klass === 'urban' && gridLevel(g) === 'red');
  const empty = (): Plan => ({
    steps: [],
    submittedOn: null,
    acceptedOn: null,
    decidedOn: null,
    deliveredOn: null,
    extended: false,
  });
  const items = ['租赁合同复印件不清晰', '营业执照经营范围未包含烟草制品零售'];

  const s2 = tl.ago(6);
  const s3 = tl.ago(7);
  const a3 = tl.ago(5);
  const from = suspended.suspendedFrom as string;
  const dl4 = tl.minus(from, 2);
  const d4 = tl.minus(dl4, 1);
  const a4 = tl.minus(d4, 4);
  const s4 = tl.minus(a4, 1);
  // Refused one working day ago: still inside its 5-working-day window for 好差评.
  const [s5, a5, ri5, rec5, d5] = [tl.ago(12), tl.ago(11), tl.ago(9), tl.ago(6), tl.ago(1)];

  return [
    {
      type: 'new',
      status: 'draft',
      unit: a.unit,
      applicant: a,
      licence: null,
      place: urban(),
      shop: '建国百货店',
      plan: {
        ...empty(),
        steps: [{ action: 'create', date: addCalendarDays(today, -2), actor: 'applicant' }],
      },
    },
    {
      type: 'new',
      status: 'correction_requested',
      unit: a.unit,
      applicant: a,
      licence: null,
      place: urban(),
      shop: '建国超市',
      plan: {
        ...empty(),
        submittedOn: s2,
        steps: [
          { action: 'create', date: addCalendarDays(s2, -1), actor: 'applicant' },
          { action: 'submit', date: s2, actor: 'applicant' },
          {
            action: 'request_correction',
            date: tl.ago(3),
            actor: 'clerk',
            reason: items.join('\n'),
            data: { items },
          },
        ],
      },
    },
    {
      type: 'change',
      status: 'accepted',
      unit: a.unit,
      applicant: a,
      licence: tooLate,
      place: null,
      plan: {
        ...empty(),
        submittedOn: s3,
        acceptedOn: a3,
        steps: [
          { action: 'create', date: addCalendarDays(s3, -1), actor: 'applicant' },
          { action: 'submit', date: s3, actor: 'applicant' },
          { action: 'accept', date: a3, actor: 'clerk' },
        ],
      },
    },
    {
      type: 'suspension',
      status: 'delivered',
      unit: a.unit,
      applicant: a,
      licence: suspended,
      place: null,
      plan: {
        ...empty(),
        submittedOn: s4,
        acceptedOn: a4,
        decidedOn: d4,
        deliveredOn: dl4,
        steps: [
          { action: 'create', date: s4, actor: 'applicant' },
          { action: 'submit', date: s4, actor: 'applicant' },
          { action: 'accept', date: a4, actor: 'clerk' },
          { action: 'approve', date: d4, actor: 'approver' },
          { action: 'deliver', date: dl4, actor: 'clerk' },
        ],
      },
    },
    {
      type: 'new',
      status: 'accepted',
      unit: a.unit,
      applicant: a,
      licence: null,
      place: nearSchool,
      shop: '建国烟酒店',
      plan: {
        ...empty(),
        submittedOn: s6,
        acceptedOn: a6,
        steps: [
          { action: 'create', date: addCalendarDays(s6, -1), actor: 'applicant' },
          { action: 'submit', date: s6, actor: 'applicant' },
          { action: 'accept', date: a6, actor: 'clerk' },
        ],
      },
    },
    {
      type: 'new',
      status: 'refused',
      unit: a.unit,
      applicant: a,
      licence: null,
      place: red ? placeInCell(red.id, 'urban') : urban(),
      shop: '建国便民超市',
      plan: {
        ...empty(),
        submittedOn: s5,
        acceptedOn: a5,
        decidedOn: d5,
        steps: [
          { action: 'create', date: addCalendarDays(s5, -3), actor: 'applicant' },
          { action: 'submit', date: s5, actor: 'applicant' },
          { action: 'accept', date: a5, actor: 'clerk' },
          { action: 'require_inspection', date: ri5, actor: 'clerk' },
          {
            action: 'record_inspection',
            date: rec5,
            actor: 'inspector',
            reason: '实地核查：经营场所与申请材料一致。',
            data: { passed: true, notes: '实地核查：经营场所与申请材料一致。' },
          },
          {
            action: 'refuse',
            date: d5,
            actor: 'approver',
            reason: REFUSAL_REASONS[0],
            data: { reasons: [REFUSAL_REASONS[0]], appealNotice: true },
          },
        ],
      },
    },
  ];
}
