/**
 * The nightly roll-up of 办证智能分析: reads every case, refusal, inspection, rating and grid
 * once and writes one cell per county (and '*' for the city), business type (and '*') and
 * month (core/analysis.ts), each case's steps timed against the law and against the promise it
 * ran under (its SOP version, else the guide: core/analysis-promises.ts), replaced in one batch so a reader never sees half a roll-up. The
 * cron builds it once a day; the page only merges the few cells of its selection.
 */
import {
  emptyCell,
  STATUTORY_STEP_DAYS,
  type AnalysisCell,
  type AnalysisStep,
} from '../../../core/analysis';
import { casePromises } from '../../../core/analysis-promises';
import type { BusinessType } from '../../../core/business-types';
import type { WorkCalendar } from '../../../core/calendar';
import { DEFAULT_CLOCK_RULES } from '../../../core/clocks';
import { todayInChina } from '../../../core/dates';
import type { RatingLevel } from '../../../core/ratings';
import { saturationLevel, saturationRatio } from '../../../core/saturation';
import { getDb } from '../../db/client';
import type { Env } from '../../env';
import { appNowIso, appToday } from '../../lib/clock';
import { workCalendar } from '../calendar/calendar.service';
import { loadPromises, type Promises } from './analysis.promises';

const ALL = '*';
const monthOf = (date: string) => date.slice(0, 7);

/** Cells keyed `county|type|month`, each case counted in its county and the city, its type and '*'. */
class Cells {
  readonly map = new Map<string, AnalysisCell>();
  at(county: string, type: string, month: string, add: (c: AnalysisCell) => void) {
    for (const k of [county, ALL]) {
      for (const t of type === ALL ? [ALL] : [type, ALL]) {
        const key = `${k}|${t}|${month}`;
        let cell = this.map.get(key);
        if (!cell) this.map.set(key, (cell = emptyCell()));
        add(cell);
      }
    }
  }
}

interface CaseRow {
  id: string;
  county: string;
  type: BusinessType;
  status: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  decidedOn: string | null;
  deliveredOn: string | null;
  extended: number;
  sopVersion: number | null;
}

const bump = (h: Record<string, number>, k: string) => (h[k] = (h[k] ?? 0) + 1);

function addCase(
  cells: Cells,
  cal: WorkCalendar,
  promises: Promises,
  c: CaseRow,
  refusal: string | undefined,
) {
  if (c.submittedOn) {
    cells.at(c.county, c.type, monthOf(c.submittedOn), (x) => x.filed++);
    cells.at(c.county, ALL, monthOf(c.submittedOn), (x) => bump(x.filedByType, c.type));
  }
  const promise = casePromises(c, promises.book, promises.guides);
  const acc = promise.acceptance?.days;
  const dec = promise.decision?.days;
  const promisedOf: Record<AnalysisStep, number | undefined> = {
    acceptance: acc,
    decision: dec,
    delivery: promise.delivery?.days,
    total: acc !== undefined && dec !== undefined ? acc + dec : undefined,
  };
  const step = (s: AnalysisStep, from: string | null, to: string | null): number | null => {
    if (!from || !to || to < from) return null;
    const days = cal.workingDaysBetween(from, to);
    const limit = promisedOf[s];
    cells.at(c.county, c.type, monthOf(to), (x) => {
      bump((x.steps[s] ??= {}), String(days));
      if (limit === undefined) return;
      bump((x.promisedCases ??= {}), s);
      if (days <= limit) bump((x.withinPromised ??= {}), s);
    });
    return days;
  };
  const acceptance = step('acceptance', c.submittedOn, c.acceptedOn);
  const decided = ['approved', 'refused', 'delivered'].includes(c.status) ? c.decidedOn : null;
  const decision = step('decision', c.acceptedOn, decided);
  step('total', c.submittedOn, decided);
  const delivery = step('delivery', decided, c.status === 'delivered' ? c.deliveredOn : null);
  if (!decided) return;
  const extension = c.extended ? DEFAULT_CLOCK_RULES.extensionDays : 0;
  const within = (days: number | null, limit: number) => (days ?? 0) <= limit;
  const onTime =
    within(acceptance, STATUTORY_STEP_DAYS.acceptance) &&
    within(decision, STATUTORY_STEP_DAYS.decision + extension) &&
    within(delivery, STATUTORY_STEP_DAYS.delivery);
  // A step without a promise is held to the law's limit.
  const kept =
    within(acceptance, promisedOf.acceptance ?? STATUTORY_STEP_DAYS.acceptance) &&
    within(decision, (promisedOf.decision ?? STATUTORY_STEP_DAYS.decision) + extension) &&
    within(delivery, promisedOf.delivery ?? STATUTORY_STEP_DAYS.delivery);
  cells.at(c.county, c.type, monthOf(decided), (x) => {
    if (onTime) x.onTime++;
    else x.late++;
    if (kept) x.keptPromise = (x.keptPromise ?? 0) + 1;
    else x.brokePromise = (x.brokePromise ?? 0) + 1;
    if (c.status === 'refused') {
      x.refused++;
      bump(x.refusals, refusal ?? '—');
    } else x.approved++;
  });
}

/** The first line of a refusal reason, short enough to group by. */
function reasonKey(reason: string | null): string {
  const line = (reason ?? '').split(/\r?\n/)[0]?.trim() ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line || '—';
}

async function saturationRows(db: D1Database, month: string): Promise<D1PreparedStatement[]> {
  const grids = await db
    .prepare('SELECT jurisdiction_code AS county, retailer_count AS n, capacity FROM grids')
    .all<{ county: string; n: number; capacity: number }>();
  const by = new Map<string, { levels: Record<string, number>; buckets: number[] }>();
  for (const g of grids.results) {
    for (const k of [g.county, ALL]) {
      let s = by.get(k);
      if (!s)
        by.set(
          k,
          (s = {
            levels: { green: 0, yellow: 0, red: 0, none: 0 },
            buckets: Array(11).fill(0) as number[],
          }),
        );
      const level = saturationLevel(g.n, g.capacity);
      s.levels[level] = (s.levels[level] ?? 0) + 1;
      const ratio = saturationRatio(g.n, g.capacity);
      if (ratio !== null) s.buckets[Math.min(10, Math.floor(ratio * 10))]! += 1;
    }
  }
  return [...by].map(([county, s]) =>
    db
      .prepare(
        `INSERT OR REPLACE INTO analysis_saturation (county, month, green, yellow, red, none, buckets_json)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        county,
        month,
        s.levels.green,
        s.levels.yellow,
        s.levels.red,
        s.levels.none,
        JSON.stringify(s.buckets),
      ),
  );
}

/** Display names of the officers counted, kept with the run so the page needs no lookup. */
async function officerNames(db: D1Database, ids: string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  const out: Record<string, string> = {};
  for (let i = 0; i < unique.length; i += 90) {
    const chunk = unique.slice(i, i + 90);
    const rows = await db
      .prepare(
        `SELECT id, display_name AS name FROM staff_users WHERE id IN (${chunk.map(() => '?').join(',')})`,
      )
      .bind(...chunk)
      .all<{ id: string; name: string }>();
    for (const r of rows.results) out[r.id] = r.name;
  }
  return out;
}

/** Builds the whole roll-up now; answers the number of cells written. */
export async function rollUpAnalysis(env: Env): Promise<number> {
  const db = env.DB;
  const [cal, promises] = await Promise.all([workCalendar(getDb(db)), loadPromises(db)]);
  const cells = new Cells();
  const [cases, refusals, inspections, ratings] = await Promise.all([
    db
      .prepare(
        `SELECT id, jurisdiction_code AS county, type, status, submitted_on AS submittedOn,
           accepted_on AS acceptedOn, decided_on AS decidedOn, delivered_on AS deliveredOn, extended,
           sop_version AS sopVersion
         FROM applications WHERE status != 'draft'`,
      )
      .all<CaseRow>(),
    db
      .prepare(
        `SELECT application_id AS id, reason FROM application_events WHERE action = 'refuse'`,
      )
      .all<{ id: string; reason: string | null }>(),
    db
      .prepare(
        `SELECT t.jurisdiction_code AS county, a.type, t.finished_at AS finishedAt, o.staff_id AS officer
         FROM inspection_tasks t JOIN task_officers o ON o.task_id = t.id
           LEFT JOIN applications a ON a.id = t.application_id
         WHERE t.state IN ('recorded', 'done') AND t.finished_at IS NOT NULL`,
      )
      .all<{ county: string; type: BusinessType | null; finishedAt: string; officer: string }>(),
    db
      .prepare(
        `SELECT r.jurisdiction_code AS county, a.type, r.ended_on AS endedOn, r.overall
         FROM ratings r JOIN applications a ON a.id = r.application_id`,
      )
      .all<{ county: string; type: BusinessType; endedOn: string; overall: RatingLevel }>(),
  ]);
  const reasons = new Map(refusals.results.map((r) => [r.id, reasonKey(r.reason)]));
  for (const c of cases.results) addCase(cells, cal, promises, c, reasons.get(c.id));
  for (const i of inspections.results) {
    const month = monthOf(todayInChina(new Date(i.finishedAt)));
    cells.at(i.county, i.type ?? ALL, month, (x) => bump(x.inspections, i.officer));
  }
  for (const r of ratings.results) {
    cells.at(r.county, r.type, monthOf(r.endedOn), (x) => bump(x.ratings, r.overall));
  }
  const rows = [...cells.map];
  const statements: D1PreparedStatement[] = [db.prepare('DELETE FROM analysis_cells')];
  const PER = 25; // 4 parameters a row, at most 100 a statement
  for (let i = 0; i < rows.length; i += PER) {
    const chunk = rows.slice(i, i + PER);
    statements.push(
      db
        .prepare(
          `INSERT INTO analysis_cells (county, type, month, cell_json) VALUES
           ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`,
        )
        .bind(...chunk.flatMap(([k, cell]) => [...k.split('|'), JSON.stringify(cell)])),
    );
  }
  const today = appToday(env);
  statements.push(...(await saturationRows(db, monthOf(today))));
  statements.push(
    db
      .prepare(
        `INSERT OR REPLACE INTO analysis_runs (id, built_on, built_at, promised_json)
         VALUES ('city', ?, ?, ?)`,
      )
      .bind(
        today,
        appNowIso(env),
        JSON.stringify({
          limits: promises.current,
          officers: await officerNames(
            db,
            inspections.results.map((i) => i.officer),
          ),
        }),
      ),
  );
  await db.batch(statements);
  return rows.length;
}

/** The cron's part: build the roll-up once a day (the first run after midnight in China). */
export async function rollUpIfDue(env: Env): Promise<boolean> {
  const last = await env.DB.prepare(
    `SELECT built_on AS d FROM analysis_runs WHERE id = 'city'`,
  ).first<{ d: string }>();
  if (last && last.d >= appToday(env)) return false;
  await rollUpAnalysis(env);
  return true;
}
