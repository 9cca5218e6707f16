/** Applications (申请) and their audited events, spread over every status, type and unit. */
import {
  type ApplicationStatus,
  isClocked,
  nextStatus,
  PENDING_ACCEPTANCE_STATUSES,
} from '../../core/application-state';
import { type BusinessType, INSPECTION_BEFORE_DECISION } from '../../core/business-types';
import { ACTOR_NAMES } from '../../core/roles';
import type { WorkCalendar } from '../../core/calendar';
import { currentDeadline } from '../../core/clocks';
import { type ApplicantPicker, type ApplicantRow } from './applicants';
import type { TerminationGround } from '../../core/termination';
import { type ApplicationRow, type EventRow } from './application-rows';
import { applyOutcome, formFor, LicencePools } from './forms';
import { type Geography, type Place } from './geo';
import { FAILED_INSPECTION_REFUSAL, REFUSAL_REASONS } from './lexicon';
import { creditCode, shopName } from './people';
import { apportion, type Rng } from './prng';
import { address, instant, type LicenceRow, UNIT_WEIGHTS } from './retail';
import type { UnitTeam } from './staff';
import type { Clearance } from './schools';
import { type Colour, type Inspection, type Plan, type Timing, Timeline } from './timeline';

export const STATUS_MIX: readonly (readonly [ApplicationStatus, number])[] = [
  ['draft', 3],
  ['submitted', 17],
  ['correction_requested', 9],
  ['resubmitted', 6],
  ['accepted', 30],
  ['inspection', 13],
  ['approved', 9.5],
  ['refused', 2.5],
  ['delivered', 7],
  ['withdrawn', 3],
  ['terminated', 1],
];
const TYPE_MIX: readonly (readonly [BusinessType, number])[] = [
  ['new', 45],
  ['renewal', 30],
  ['change', 8],
  ['suspension', 5],
  ['resume', 4],
  ['reissue', 4],
  ['closure', 4],
];
/**
 * A well-run bureau: per county a few cases overdue (one, and one more per RED_PER cases on a
 * running clock, at most RED_MAX: even the city-wide queue, 20 a page, opens on less than two
 * pages of red), about 2% due within a working day (at least two), the rest in good time.
 */
const RED_PER = 400;
const RED_MAX = 4;
const YELLOW_SHARE = 0.02;
/** How many of a unit's applicants are tried for a licence's holder before one is let hold two. */
const HOLDER_TRIES = 8;
/** Decided cases: most within the 20 working days, some after the one extension, a few late. */
const TIMING_MIX: readonly (readonly [Timing, number])[] = [
  ['on_time', 88],
  ['extended', 8],
  ['late', 4],
];
/** 潍城区 and 奎文区 carry the demo: give them more cases. */
const UNIT_BOOST: Record<string, number> = { '370702': 1.8, '370705': 1.6 };

export interface AppContext {
  today: string;
  cal: WorkCalendar;
  rng: Rng;
  geo: Geography;
  licences: LicenceRow[];
  applicants: ApplicantRow[];
  picker: ApplicantPicker;
  teams: Map<string, UnitTeam>;
  /** Licences kept for the demo applicant's own cases. */
  reserved: Set<string>;
  /** Spots clear of retailers and schools: 新办 cases are placed there when one is found. */
  clearance?: Clearance;
}

/** A place in the unit that keeps the distance rules, after a few tries (else the last one). */
function clearPlace(ctx: AppContext, unitCode: string): Place {
  const unit = ctx.geo.unit(unitCode);
  let p = ctx.geo.place(unit, ctx.rng);
  for (let i = 0; i < 12 && ctx.clearance && !ctx.clearance.clear(p.lat, p.lng); i++)
    p = ctx.geo.place(unit, ctx.rng);
  return p;
}

/** What the case is about, before it gets an id. */
export interface CaseSpec {
  type: BusinessType;
  status: ApplicationStatus;
  unit: string;
  applicant: ApplicantRow;
  licence: LicenceRow | null;
  place: Place | null;
  plan: Plan;
  shop?: string;
}

export function appUnitWeights(units: string[]): number[] {
  return units.map((u) => (UNIT_WEIGHTS[u] ?? 1) * (UNIT_BOOST[u] ?? 1));
}

export function makeApplications(
  ctx: AppContext,
  count: number,
  demo: CaseSpec[],
): ApplicationRow[] {
  const { rng, geo, today } = ctx;
  const tl = new Timeline(ctx.cal, today, rng);
  const pools = new LicencePools(ctx.licences, today, ctx.reserved, rng);
  const units = geo.units.map((u) => u.code);
  const unitWeights = appUnitWeights(units).map((w, i) => [units[i] as string, w] as const);
  const statuses = rng.shuffle(
    apportion(
      Math.max(0, count - demo.length),
      STATUS_MIX.map(([, w]) => w),
    ).flatMap((n, i) =>
      Array<ApplicationStatus>(n).fill((STATUS_MIX[i] as (typeof STATUS_MIX)[number])[0]),
    ),
  );
  const drawn = statuses.map((status) => ({ status, unit: rng.weighted(unitWeights) }));
  const colours = clockColours(drawn, ctx.cal, today, rng);
  const timings = decisionTimings(drawn, rng);
  const specs: CaseSpec[] = [...demo];
  const verified = ctx.applicants.filter((a) => a.verified);
  const byId = new Map(ctx.applicants.map((a) => [a.id, a]));
  const holders = new Set<string>();
  for (const [i, { status, unit }] of drawn.entries()) {
    let type = rng.weighted(TYPE_MIX);
    let licence: LicenceRow | null = null;
    if (type !== 'new') {
      licence = pools.take(unit, LicencePools.kindFor(type, status));
      if (!licence) type = 'new';
    }
    let applicant: ApplicantRow | null = null;
    if (licence?.holderApplicantId) applicant = byId.get(licence.holderApplicantId) ?? null;
    // A licence without a holder account gets one who holds no other: one person on several
    // active licences is what the duplicate-holder warning is for, so it stays the exception.
    for (let tries = 0; licence && !applicant && tries < HOLDER_TRIES; tries++) {
      const a = ctx.picker.next(unit);
      if (a && !holders.has(a.id)) applicant = a;
    }
    applicant ??= ctx.picker.next(unit, status === 'draft' && type === 'new') ?? rng.pick(verified);
    if (licence) {
      holders.add(applicant.id);
      licence.holderApplicantId = applicant.id;
      licence.holderName = applicant.name;
    }
    const refuse = type === 'new' ? rng.pick(REFUSAL_REASONS) : rng.pick(REFUSAL_REASONS.slice(3));
    // A 新办 is granted only after an inspection that passed (core); a refusal for what the
    // officers found follows one that did not.
    const granted = status === 'approved' || status === 'delivered';
    const inspection: Inspection =
      status === 'refused' && refuse === FAILED_INSPECTION_REFUSAL
        ? 'failed'
        : (granted && INSPECTION_BEFORE_DECISION[type]) || rng.chance(type === 'new' ? 0.6 : 0.12)
          ? 'passed'
          : null;
    const plan = tl.plan(status, colours[i] as Colour, timings[i] as Timing, inspection, refuse);
    specs.push({
      type,
      status,
      unit,
      applicant,
      licence,
      place: type === 'new' ? clearPlace(ctx, unit) : null,
      plan,
    });
  }
  return specs.map((s) => build(ctx, s));
}

/**
 * The colour each case's clock shows today, county by county. Only a case whose clock the
 * clock job leaves alone may be overdue: one still waiting for acceptance past its 5 days is
 * deemed accepted at the next run (deemed-acceptance.ts), so it would not stay red.
 */
function clockColours(
  cases: { status: ApplicationStatus; unit: string }[],
  cal: WorkCalendar,
  today: string,
  rng: Rng,
): Colour[] {
  // 待补正 is open but its clock waits for the applicant: core gives it no deadline.
  const runs = (status: ApplicationStatus): boolean =>
    isClocked(status) &&
    currentDeadline({ status, submittedOn: today, acceptedOn: today, approvedOn: today }, cal) !==
      null;
  const out = cases.map((): Colour => 'green');
  const byUnit = new Map<string, number[]>();
  cases.forEach((c, i) => {
    if (!runs(c.status)) return;
    const list = byUnit.get(c.unit) ?? [];
    list.push(i);
    byUnit.set(c.unit, list);
  });
  const pending: readonly ApplicationStatus[] = PENDING_ACCEPTANCE_STATUSES;
  for (const idx of byUnit.values()) {
    let red = Math.min(RED_MAX, 1 + Math.floor(idx.length / RED_PER));
    let yellow = Math.max(2, Math.round(idx.length * YELLOW_SHARE));
    for (const i of rng.shuffle(idx)) {
      const status = (cases[i] as (typeof cases)[number]).status;
      if (red > 0 && !pending.includes(status)) {
        out[i] = 'red';
        red--;
      } else if (yellow > 0) {
        out[i] = 'yellow';
        yellow--;
      }
    }
  }
  return out;
}

/** How long each decided case took, in exact proportions (TIMING_MIX). */
function decisionTimings(cases: { status: ApplicationStatus }[], rng: Rng): Timing[] {
  const decided = cases.flatMap((c, i) =>
    c.status === 'approved' || c.status === 'refused' || c.status === 'delivered' ? [i] : [],
  );
  const kinds = rng.shuffle(
    apportion(
      decided.length,
      TIMING_MIX.map(([, w]) => w),
    ).flatMap((n, k) => Array<Timing>(n).fill((TIMING_MIX[k] as (typeof TIMING_MIX)[number])[0])),
  );
  const out = cases.map((): Timing => 'on_time');
  decided.forEach((i, k) => (out[i] = kinds[k] as Timing));
  return out;
}

function build(ctx: AppContext, s: CaseSpec): ApplicationRow {
  const { rng, today, cal, geo } = ctx;
  const team = ctx.teams.get(s.unit) as UnitTeam;
  const unit = geo.unit(s.unit);
  if (s.licence && !ctx.reserved.has(s.licence.id))
    applyOutcome(s.type, s.plan, s.licence, today, rng);
  const company = rng.chance(0.05);
  const shop = s.licence
    ? {
        name: s.licence.shopName,
        address: s.licence.premises.address,
        creditCode: s.licence.creditCode,
        unit: s.unit,
      }
    : {
        name: s.shop ?? shopName(rng, s.applicant.name, company),
        address: address(unit, s.place as Place, rng),
        creditCode: creditCode(rng, s.unit, company, new Set()),
        unit: s.unit,
      };
  const form = formFor(s.type, s.status, s.plan, s.applicant, shop, s.place, s.licence, rng);

  const inspects = s.plan.steps.some((x) => x.action === 'require_inspection');
  const inspector =
    inspects && team.inspectors.length > 0
      ? ((rng.chance(0.8) ? team.inspectors[0] : team.inspectors[team.inspectors.length - 1]) ??
        null)
      : null;
  // The two-officer rule: the lead and a colleague of the unit, when it has one.
  const inspectors = inspector
    ? [inspector, ...team.inspectors.filter((i) => i.id !== inspector.id).slice(0, 1)]
    : [];
  const events: EventRow[] = [];
  let status: ApplicationStatus | null = null;
  let corrected = false;
  let last = '';
  for (const step of s.plan.steps) {
    let to: ApplicationStatus = 'draft';
    if (step.action === 'extend') {
      // Not a status change: the approver's extension keeps the case where it is.
      if (status !== 'accepted' && status !== 'inspection')
        throw new Error(`seed bug: extension of a case in ${status}`);
      to = status;
    } else if (step.action !== 'create') {
      const next = nextStatus(status as ApplicationStatus, step.action, {
        correctionRequested: corrected,
      });
      if (!next.ok) throw new Error(`seed bug: ${status} --${step.action}-> ${next.reason.en}`);
      to = next.to;
    }
    if (step.action === 'request_correction') corrected = true;
    const staff =
      step.actor === 'clerk'
        ? team.clerk
        : step.actor === 'approver'
          ? rng.pick(team.approvers)
          : step.actor === 'inspector'
            ? (inspector ?? team.clerk)
            : null;
    const hour =
      step.actor === 'applicant' ? rng.int(8, 21) : step.actor === 'system' ? 8 : rng.int(8, 16);
    let at = instant(
      step.date,
      hour,
      step.actor === 'system' ? rng.int(0, 4) : rng.int(0, 59),
      rng.int(0, 59),
    );
    if (at <= last)
      at = new Date(
        Date.parse(last) + rng.int(2, 40) * 60_000 + rng.int(0, 59) * 1000,
      ).toISOString();
    last = at;
    const data =
      step.action === 'require_inspection' && inspector
        ? { inspectorIds: inspectors.map((i) => i.id) }
        : (step.data ?? null);
    events.push({
      at,
      actorKind:
        step.actor === 'applicant' ? 'applicant' : step.actor === 'system' ? 'system' : 'staff',
      actorId: step.actor === 'applicant' ? s.applicant.id : (staff?.id ?? null),
      actorName:
        step.actor === 'applicant' || step.actor === 'system'
          ? ACTOR_NAMES[step.actor]
          : (staff?.displayName ?? ''),
      action: step.action,
      from: status,
      to,
      reason: step.reason ?? null,
      data,
    });
    status = to;
  }
  if (status !== s.status) throw new Error(`seed bug: path ends in ${status}, wanted ${s.status}`);
  const p = s.plan;
  const createdAt = events[0]?.at ?? instant(today, 9);
  const ended = p.steps.find((x) => x.action === 'terminate');
  return {
    id: '',
    ref: '',
    applicantId: s.applicant.id,
    unit: s.unit,
    type: s.type,
    status: s.status,
    licenceId: s.licence?.id ?? null,
    shopName: shop.name,
    address: shop.address,
    lat: s.place ? s.place.lat : null,
    lng: s.place ? s.place.lng : null,
    gridId: s.type === 'new' && s.place ? s.place.cell : null,
    formJson: JSON.stringify(form),
    submittedOn: p.submittedOn,
    acceptedOn: p.acceptedOn,
    decidedOn: p.decidedOn,
    deliveredOn: p.deliveredOn,
    terminatedOn: ended?.date ?? null,
    terminationGround: (ended?.data?.ground as TerminationGround | undefined) ?? null,
    terminationReason: (ended?.data?.reason as string | undefined) ?? null,
    deadline: currentDeadline(
      {
        status: s.status,
        submittedOn: p.submittedOn,
        acceptedOn: p.acceptedOn,
        approvedOn: p.decidedOn,
        extended: p.extended,
      },
      cal,
    ),
    extended: p.extended,
    correctionRequested: corrected,
    assignedInspectorId: inspector?.id ?? null,
    inspectorIds: inspectors.map((i) => i.id),
    version: events.length,
    createdAt,
    updatedAt: last,
    events,
  };
}
