/**
 * The seed's cases against the clocks, with the worker's own rules (core/clocks.ts): each row's
 * dates are its events' dates, and the bureau looks well run — few open cases due, fewer
 * overdue, decided cases mostly within their statutory periods.
 */
import {
  type ApplicationStatus,
  isClocked,
  PENDING_ACCEPTANCE_STATUSES,
} from '../../core/application-state';
import type { WorkCalendar } from '../../core/calendar';
import {
  clockColour,
  correctionDeadline,
  decisionDeadline,
  deliveryDeadline,
} from '../../core/clocks';
import { type ApplicationRow, dayOf } from './application-rows';

/**
 * What "well run" means here. Shares are of the open cases whose clock runs (CLOCKED_STATUSES
 * except 待补正, whose clock waits for the applicant).
 */
export const WELL_RUN = {
  /** In good time: at least this share of running clocks is green. */
  minGreen: 0.93,
  /** Overdue: at most this share of running clocks, city-wide. */
  maxRed: 0.03,
  /** The city-wide queue (20 a page, most urgent first) opens on at most two pages of red. */
  maxRedCity: 40,
  /** A county with this many running clocks shows every colour on its clerk's first page… */
  activeCounty: 20,
  /** …with at least one overdue case and never a page of them. */
  redPerCounty: [1, 5] as const,
  /** Decided cases decided within their decision deadline (an on-time rate in the 90s). */
  onTime: [0.9, 0.99] as const,
  /** Decided cases that took the one extension. */
  extended: [0.02, 0.2] as const,
};

const DECIDED: readonly ApplicationStatus[] = ['approved', 'refused', 'delivered'];

/** The dates a row must carry given its events, as the worker sets them on each transition. */
export function checkCaseDates(
  a: ApplicationRow,
  cal: WorkCalendar,
  check: (ok: boolean, what: string) => void,
): void {
  let submittedOn: string | null = null;
  let acceptedOn: string | null = null;
  let decidedOn: string | null = null;
  let deliveredOn: string | null = null;
  let extensions = 0;
  for (const e of a.events) {
    const day = dayOf(e.at);
    if (e.action === 'submit' || e.action === 'resubmit') submittedOn = day;
    else if (e.action === 'accept') acceptedOn = day;
    else if (e.action === 'deem_accept') {
      // The clock job deems a case accepted once its correction window has passed, from the
      // day of submission.
      check(
        !!submittedOn && day > correctionDeadline(submittedOn, cal),
        `deemed after the window ${a.id}`,
      );
      acceptedOn = submittedOn;
    } else if (e.action === 'approve' || e.action === 'refuse') decidedOn = day;
    else if (e.action === 'deliver') deliveredOn = day;
    else if (e.action === 'extend') {
      extensions++;
      check(e.actorKind === 'staff' && !!acceptedOn && !decidedOn, `extension ${a.id}`);
    }
  }
  check(
    a.submittedOn === submittedOn &&
      a.acceptedOn === acceptedOn &&
      a.decidedOn === decidedOn &&
      a.deliveredOn === deliveredOn,
    `row dates are the events' dates ${a.id}`,
  );
  check(extensions === (a.extended ? 1 : 0), `one extension, when extended ${a.id}`);
}

const share = (n: number, of: number): number =>
  of === 0 ? 0 : Math.round((n / of) * 1000) / 1000;

/** Colours of the open cases per county and the decided cases' timing; checks WELL_RUN. */
export function clockFigures(
  apps: ApplicationRow[],
  today: string,
  cal: WorkCalendar,
  check: (ok: boolean, what: string) => void,
): Record<string, unknown> {
  const byCounty: Record<string, Record<string, number>> = {};
  const city: Record<string, number> = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const a of apps) {
    if (!isClocked(a.status)) continue;
    const c = clockColour(a.deadline, today, cal);
    const county = (byCounty[a.unit] ??= { green: 0, yellow: 0, red: 0, none: 0 });
    county[c] = (county[c] ?? 0) + 1;
    city[c] = (city[c] ?? 0) + 1;
    // Past its 5 days, a case waiting for acceptance is deemed accepted at the clock job's next
    // run: a red one would not stay red for a minute of the demo.
    check(
      c !== 'red' || !(PENDING_ACCEPTANCE_STATUSES as readonly string[]).includes(a.status),
      `overdue while waiting for acceptance ${a.id}`,
    );
  }
  const running = (x: Record<string, number>): number =>
    (x.green ?? 0) + (x.yellow ?? 0) + (x.red ?? 0);
  const n = running(city);
  check(share(city.green ?? 0, n) >= WELL_RUN.minGreen, `green share ≥ ${WELL_RUN.minGreen}`);
  check(share(city.red ?? 0, n) <= WELL_RUN.maxRed, `red share ≤ ${WELL_RUN.maxRed}`);
  check((city.red ?? 0) <= WELL_RUN.maxRedCity, `red city-wide ≤ ${WELL_RUN.maxRedCity}`);
  for (const [code, x] of Object.entries(byCounty)) {
    if (running(x) < WELL_RUN.activeCounty) continue;
    const [lo, hi] = WELL_RUN.redPerCounty;
    check((x.red ?? 0) >= lo && (x.red ?? 0) <= hi, `red in ${code}: ${x.red}`);
    check((x.yellow ?? 0) >= 1, `yellow in ${code}`);
  }

  const decided = apps.filter((a) => DECIDED.includes(a.status));
  const onTime = decided.filter(
    (a) =>
      !!a.acceptedOn &&
      !!a.decidedOn &&
      a.decidedOn <= decisionDeadline(a.acceptedOn, a.extended, cal),
  ).length;
  const extended = decided.filter((a) => a.extended).length;
  const delivered = apps.filter((a) => a.status === 'delivered');
  const deliveredOnTime = delivered.filter(
    (a) => !!a.decidedOn && !!a.deliveredOn && a.deliveredOn <= deliveryDeadline(a.decidedOn, cal),
  ).length;
  const rate = share(onTime, decided.length);
  check(rate >= WELL_RUN.onTime[0] && rate <= WELL_RUN.onTime[1], `on-time rate ${rate}`);
  const ext = share(extended, decided.length);
  check(ext >= WELL_RUN.extended[0] && ext <= WELL_RUN.extended[1], `extended share ${ext}`);
  check(deliveredOnTime === delivered.length, 'licences delivered within 10 working days');

  const open = Object.values(city).reduce((s, k) => s + k, 0);
  return {
    openColours: city,
    openShares: {
      ofRunningClocks: {
        green: share(city.green ?? 0, n),
        yellow: share(city.yellow ?? 0, n),
        red: share(city.red ?? 0, n),
      },
      // The analysis tile's 按时率: open cases (CLOCKED_STATUSES) not past their deadline.
      analysisOnTime: share(open - (city.red ?? 0), open),
    },
    openColoursByCounty: Object.fromEntries(
      Object.entries(byCounty)
        .sort()
        .map(([k, x]) => [k, `${x.green}/${x.yellow}/${x.red} (+${x.none} 待补正)`]),
    ),
    decided: {
      cases: decided.length,
      onTime: rate,
      extended: ext,
      late: decided.length - onTime,
      deliveredOnTime: share(deliveredOnTime, delivered.length),
    },
  };
}
