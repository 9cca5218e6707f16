/**
 * Checks the seed against the rules it must follow, using the worker's own code: crypto,
 * validators, state machine, clocks, saturation, preconditions. Prints the mixes the demo needs.
 *
 *   npx tsx worker/scripts/seed/check.ts [--retailers N] [--applications N] [--today YYYY-MM-DD]
 *
 * Also part of `npm test` (seed.test.ts), on today and on chosen dates.
 */
import { latLngToCell } from 'h3-js';
import {
  type ApplicationStatus,
  isClocked,
  isOpen,
  nextStatus,
} from '../../core/application-state';
import { INSPECTION_BEFORE_DECISION } from '../../core/business-types';
import { computeCapacity, DEFAULT_WEIGHTS } from '../../core/capacity';
import { clockColour, currentDeadline } from '../../core/clocks';
import { validateCreditCode } from '../../core/credit-code';
import { validateIdNumber } from '../../core/id-number';
import { maskIdNumber } from '../../core/masking';
import { checkPreconditions, licenceExpiry, maxSuspendUntil } from '../../core/preconditions';
import { countsTowardSaturation, saturationLevel } from '../../core/saturation';
import { pathToFileURL } from 'node:url';
import { decryptPii, hashPassword, hmacHex } from '../../src/lib/crypto';
import { MemoCalendar } from './cal';
import { checkCaseDates, clockFigures } from './check-clocks';
import { inboxFigures } from './check-inbox';
import { documentFigures } from './check-documents';
import { ratingFigures } from './check-ratings';
import { supervisionFigures } from './check-supervision';
import { recordFigures } from './check-records';
import { DEMO } from './demo';
import { buildSeed, defaultToday, generateSeed } from './generate';
import { Clearance } from './schools';
import { DEFAULT_DISTANCE_RULES } from '../../core/layout';
import { DEV_PII_KEY, encryptPii } from './pii';

export interface SeedCheckOptions {
  retailers: number;
  applications: number;
  today: string;
  seed: number;
}

/** Builds the seed for `opts` and checks it; returns every failed check and the mixes. */
export async function checkSeed(
  opts: SeedCheckOptions,
): Promise<{ failures: string[]; summary: Record<string, unknown> }> {
  const { today } = opts;
  const cal = new MemoCalendar();
  const failures: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) failures.push(what);
  };
  const tally = <T>(items: T[], key: (x: T) => string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const x of items) out[key(x)] = (out[key(x)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(out).sort());
  };

  const d = buildSeed(opts);

  // Staff passwords: the worker's WebCrypto PBKDF2 must give the stored hash.
  for (const s of d.staff.slice(0, 3)) {
    check(
      (await hashPassword(DEMO.password, s.passwordSalt, s.passwordIterations)) === s.passwordHash,
      `password ${s.username}`,
    );
  }

  // Applicants: valid ID numbers; the worker decrypts and hashes them to the same values.
  const phones = new Set<string>();
  for (const [i, a] of d.applicants.entries()) {
    check(!phones.has(a.phone), `phone unique ${a.phone}`);
    phones.add(a.phone);
    if (!a.idNumber) continue;
    check(validateIdNumber(a.idNumber, today).ok, `id number ${a.idNumber}`);
    if (i % 200 === 0) {
      const enc = encryptPii(DEV_PII_KEY, a.idNumber, a.id);
      check((await decryptPii(DEV_PII_KEY, enc)) === a.idNumber, `decrypt ${a.id}`);
      check(
        (await hmacHex(DEV_PII_KEY, `id:${a.idNumber}`)) ===
          (await import('./pii')).hmacHex(DEV_PII_KEY, `id:${a.idNumber}`),
        `hmac ${a.id}`,
      );
      check(maskIdNumber(a.idNumber).includes('********'), 'mask');
    }
  }

  // Licences and premises.
  const numbers = new Set<string>();
  const gridById = new Map(d.grids.map((g) => [g.id, g]));
  const counted = new Map<string, number>();
  for (const l of d.licences) {
    check(
      !numbers.has(l.number) &&
        /^\d{6}\d{4}\d{5}$/.test(l.number) &&
        l.number.slice(6, 10) === l.issuedOn.slice(0, 4),
      `number ${l.number}`,
    );
    numbers.add(l.number);
    check(
      validateCreditCode(l.creditCode).ok && l.creditCode.slice(2, 8) === l.unit,
      `credit code ${l.creditCode}`,
    );
    check(l.expiresOn === licenceExpiry(l.issuedOn), `expiry ${l.id}`);
    check(
      l.status === 'expired'
        ? l.expiresOn < today
        : l.status === 'cancelled' || l.expiresOn >= today,
      `expiry vs status ${l.id}`,
    );
    if (l.status === 'suspended')
      check(
        !!l.suspendedFrom &&
          l.suspendedFrom <= today &&
          (l.suspendedUntil ?? '') <= maxSuspendUntil(l.suspendedFrom) &&
          // A lapsed suspension would already be cancelled by the clock runner.
          (l.suspendedUntil ?? '') >= today,
        `suspension ${l.id}`,
      );
    const p = l.premises.place;
    const g = gridById.get(p.cell);
    check(
      !!g && g.unit === l.unit && latLngToCell(p.lat, p.lng, g.res) === p.cell,
      `premises cell ${l.premises.id}`,
    );
    if (countsTowardSaturation(l.status)) counted.set(p.cell, (counted.get(p.cell) ?? 0) + 1);
  }
  for (const g of d.grids) {
    check(g.retailerCount === (counted.get(g.id) ?? 0), `retailer_count ${g.id}`);
    // Core's formula with the admin's starting weights: the first yearly recompute keeps it.
    const inputs = {
      population: g.population,
      locationClass: g.klass,
      consumptionIndex: g.consumptionIndex,
      operatingCostIndex: g.operatingCostIndex,
      currentRetailers: g.retailerCount,
    };
    check(
      g.capacityComputed === computeCapacity(inputs, DEFAULT_WEIGHTS).computed,
      `capacity formula ${g.id}`,
    );
  }

  // Applications: every path replays through the state machine; clocks are the worker's.
  const licById = new Map(d.licences.map((l) => [l.id, l]));
  const usedLicences = new Set<string>();
  const refs = new Set<string>();
  const colours: string[] = [];
  for (const a of d.applications) {
    check(
      !refs.has(a.ref) &&
        a.ref === `XK${a.createdAt.slice(0, 10).replaceAll('-', '')}${a.ref.slice(10)}` &&
        a.ref.length === 16,
      `ref ${a.ref}`,
    );
    refs.add(a.ref);
    let st: ApplicationStatus | null = null;
    let corrected = false;
    let prev = '';
    let passed: boolean | null = null;
    for (const e of a.events) {
      if (e.action === 'record_inspection') {
        passed = e.data?.passed === true;
        check(
          typeof e.data?.passed === 'boolean' && e.data.notes === e.reason,
          `inspection result ${a.id}`,
        );
      }
      // A 新办 is granted only after an inspection that passed, the latest one counting.
      if (e.action === 'approve')
        check(!INSPECTION_BEFORE_DECISION[a.type] || passed === true, `inspected ${a.id}`);
      check(e.from === st && e.at > prev, `event order ${a.id}`);
      if (e.action === 'extend')
        // The approver's extension keeps the status; case-actions.ts allows it while the
        // decision clock runs.
        check(
          e.to === st && (st === 'accepted' || st === 'inspection'),
          `extension ${a.id} in ${st}`,
        );
      else if (e.action !== 'create') {
        const n = nextStatus(st as ApplicationStatus, e.action as never, {
          correctionRequested: corrected,
        });
        check(n.ok && n.to === e.to, `transition ${a.id} ${st} ${e.action}`);
      }
      if (e.action === 'request_correction') corrected = true;
      st = e.to;
      prev = e.at;
    }
    check(
      st === a.status && a.version === a.events.length && a.correctionRequested === corrected,
      `final ${a.id}`,
    );
    checkCaseDates(a, cal, check);
    const approvedOn = a.status === 'approved' ? a.decidedOn : null;
    check(
      a.deadline ===
        currentDeadline(
          {
            status: a.status,
            submittedOn: a.submittedOn,
            acceptedOn: a.acceptedOn,
            approvedOn,
            extended: a.extended,
          },
          cal,
        ),
      `deadline ${a.id}`,
    );
    const form = JSON.parse(a.formJson) as Record<string, unknown>;
    check(
      !('idNumber' in form) &&
        (form.creditCode === undefined || validateCreditCode(String(form.creditCode)).ok),
      `form ${a.id}`,
    );
    if (a.type !== 'new') {
      const l = a.licenceId ? licById.get(a.licenceId) : undefined;
      check(
        !!l &&
          l.holderApplicantId === a.applicantId &&
          l.unit === a.unit &&
          !usedLicences.has(l.id),
        `licence link ${a.id}`,
      );
      if (l) usedLicences.add(l.id);
    }
    if (isClocked(a.status)) colours.push(`${a.status}:${clockColour(a.deadline, today, cal)}`);
  }

  // Open 新办 cases sit where the distance rules (default 50 m) let them be approved.
  {
    const clear = new Clearance(d.licences, d.schools, DEFAULT_DISTANCE_RULES.minSpacingM);
    for (const a of d.applications)
      if (a.type === 'new' && isOpen(a.status) && a.lat !== null && a.lng !== null)
        // The demo applicant's 建国烟酒店 sits by a school on purpose.
        check(
          clear.clear(a.lat, a.lng) !==
            (a.applicantId === DEMO.applicantId && a.shopName === '建国烟酒店'),
          `distance rules ${a.ref}`,
        );
    check(d.schools.length > 100, 'schools seeded');
  }

  // The demo applicant.
  const demoLic = d.licences.filter((l) => l.holderApplicantId === DEMO.applicantId);
  const renew = demoLic.map((l) => {
    const r = checkPreconditions(
      'renewal',
      { today, licence: { status: l.status, issuedOn: l.issuedOn, expiresOn: l.expiresOn } },
      cal,
    );
    return `${l.number} ${l.shopName} ${l.status} ${l.issuedOn}→${l.expiresOn}${l.suspendedUntil ? ` suspended ${l.suspendedFrom}..${l.suspendedUntil}` : ''} renewal:${r.ok ? 'ok' : r.reasons.map((x) => x.code).join(',')}`;
  });
  const demoApps = d.applications
    .filter((a) => a.applicantId === DEMO.applicantId)
    .map((a) => `${a.ref} ${a.type} ${a.status} deadline=${a.deadline}`);

  // One person on several active licences is the exception the duplicate-holder warning is
  // for: a few, not a flood of warnings that buries the rest (about 2 % in the demo city; a
  // small test seed has fewer applicants per unit to choose holders from, up to about 7 %).
  const held = new Map<string, number>();
  for (const l of d.licences) {
    if (l.status !== 'active' || !l.holderApplicantId || l.holderApplicantId === DEMO.applicantId)
      continue;
    held.set(l.holderApplicantId, (held.get(l.holderApplicantId) ?? 0) + 1);
  }
  const several = [...held.values()].filter((n) => n > 1).length;
  check(several > 0, 'no holder with two active licences: the duplicate warning shows nothing');
  check(several <= held.size * 0.1, `${several} of ${held.size} holders hold several licences`);

  // Every arranged check can go on an inspector's route: the case's own spot (新办, a move) or
  // the shop of the licence it is about (延续, 停业 … name none; render.ts takes the premises).
  const licenced = new Set(d.licences.map((l) => l.id));
  const unroutable = d.applications.filter(
    (a) =>
      a.inspectorIds.length > 0 &&
      (a.lat === null || a.lng === null) &&
      !(a.licenceId && licenced.has(a.licenceId)),
  );
  check(unroutable.length === 0, `${unroutable.length} arranged checks with no place to route to`);

  // Determinism on a small seed.
  const small = { retailers: 300, applications: 120, today, seed: 7, passwordIterations: 1000 };
  check(generateSeed(small).join('\n') === generateSeed(small).join('\n'), 'deterministic');

  const level = (g: (typeof d.grids)[number]): string =>
    saturationLevel(g.retailerCount, g.capacity);
  const summary = {
    counts: {
      applicants: d.applicants.length,
      grids: d.grids.length,
      licences: d.licences.length,
      applications: d.applications.length,
      events: d.applications.reduce((n, a) => n + a.events.length, 0),
      licencesWithHolder: d.licences.filter((l) => l.holderApplicantId).length,
      holdersOfSeveral: several,
    },
    licenceStatus: tally(d.licences, (l) => l.status),
    gridLevels: tally(d.grids, level),
    weichengGridLevels: tally(
      d.grids.filter((g) => g.unit === '370702'),
      level,
    ),
    appStatus: tally(d.applications, (a) => a.status),
    open: d.applications.filter((a) => isClocked(a.status)).length,
    appType: tally(d.applications, (a) => a.type),
    ...clockFigures(d.applications, today, cal, check),
    clockByStatus: tally(colours, (c) => c),
    supervision: supervisionFigures(d, today, check),
    records: recordFigures(d, today, check),
    inbox: inboxFigures(d.applications, d.notifications, d.licences, today, cal, check),
    oldestSubmission: d.applications.reduce<string>(
      (m, a) => (a.submittedOn && a.submittedOn < m ? a.submittedOn : m),
      today,
    ),
    submittedOver40WorkingDaysAgo: d.applications.filter(
      (a) => a.submittedOn && cal.workingDaysBetween(a.submittedOn, today) > 40,
    ).length,
    demoLicences: renew,
    demoApplications: demoApps,
    ratings: ratingFigures(d.applications, d.staff, today, cal, check),
    documents: documentFigures(d, check),
  };
  return { failures, summary };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const { failures, summary } = await checkSeed({
    retailers: Number(arg('--retailers') ?? 40_000),
    applications: Number(arg('--applications') ?? 12_000),
    today: arg('--today') ?? defaultToday(),
    seed: DEMO.seed,
  });
  console.log(JSON.stringify(summary, null, 1));
  for (const f of failures.slice(0, 30)) console.error(`FAIL ${f}`);
  console.log(failures.length === 0 ? 'all checks passed' : `${failures.length} checks failed`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}
