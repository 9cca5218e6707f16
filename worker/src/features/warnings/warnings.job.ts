/**
 * Runs the warning rules and keeps the `warnings` table in step: a warning found is inserted or
 * refreshed (its acknowledgement kept), one no longer found in the scope that ran is resolved.
 * The cron runs every rule for the whole city; a write runs the event rules for its county.
 *
 * A run writes only what changed: new or changed warnings (stamped with a run id that sorts by
 * time; an older run never overwrites a newer one's row) and the resolution of those no longer
 * found. Two runs overlapping on the same scope can at worst resolve a warning the other still
 * holds; the next run (a write, or the cron within minutes) raises it again.
 */
import { WARNING_RULES, type WarningRuleId } from '../../../core/warnings';
import { getDb } from '../../db/client';
import type { Env } from '../../env';
import { appNowIso, appToday } from '../../lib/clock';
import { workCalendar } from '../calendar/calendar.service';
import { countyFilter, RULES, type Candidate } from './warnings.rules';

export interface RefreshOptions {
  /** Rules to run (default: all). */
  rules?: readonly WarningRuleId[];
  /** Counties to look at; null or absent = the whole city. */
  counties?: readonly string[] | null;
}

export interface RefreshResult {
  found: number;
  resolved: number;
}

const ROW_PARAMS = 12;
// D1 binds at most 100 parameters per statement.
const ROWS_PER_INSERT = Math.floor(100 / ROW_PARAMS);

function upserts(db: D1Database, found: Candidate[], today: string, run: string) {
  const out: D1PreparedStatement[] = [];
  for (let i = 0; i < found.length; i += ROWS_PER_INSERT) {
    const chunk = found.slice(i, i + ROWS_PER_INSERT);
    out.push(
      db
        .prepare(
          `INSERT INTO warnings (id, rule, severity, jurisdiction_code, object_kind, object_id,
             object_label, assignee_id, detail_json, due_on, first_seen_on, seen_run)
           VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
           ON CONFLICT (id) DO UPDATE SET severity = excluded.severity,
             object_label = excluded.object_label, assignee_id = excluded.assignee_id,
             detail_json = excluded.detail_json, due_on = excluded.due_on,
             seen_run = excluded.seen_run, resolved_at = NULL
           WHERE excluded.seen_run > warnings.seen_run`,
        )
        .bind(
          ...chunk.flatMap((w) => [
            w.key,
            w.key.slice(0, w.key.indexOf(':')),
            w.severity,
            w.county,
            w.objectKind,
            w.objectId,
            w.objectLabel,
            w.assigneeId ?? null,
            JSON.stringify(w.detail),
            w.dueOn,
            today,
            run,
          ]),
        ),
    );
  }
  return out;
}

interface Stored {
  id: string;
  severity: string;
  label: string;
  assignee: string | null;
  detail: string;
  dueOn: string | null;
}

function same(s: Stored | undefined, w: Candidate): boolean {
  return (
    s !== undefined &&
    s.severity === w.severity &&
    s.label === w.objectLabel &&
    s.assignee === (w.assigneeId ?? null) &&
    s.detail === JSON.stringify(w.detail) &&
    s.dueOn === w.dueOn
  );
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Runs the rules over a scope and stores what they find. */
export async function refreshWarnings(
  env: Env,
  opts: RefreshOptions = {},
): Promise<Record<string, RefreshResult>> {
  const db = env.DB;
  const today = appToday(env);
  const cal = await workCalendar(getDb(db));
  const counties = opts.counties ?? null;
  const out: Record<string, RefreshResult> = {};
  for (const id of opts.rules ?? WARNING_RULES) {
    const rule = RULES[id];
    const run = `${appNowIso(env)}#${crypto.randomUUID()}`;
    const scope = countyFilter('jurisdiction_code', counties);
    const [found, before] = await Promise.all([
      rule.collect({ db, today, cal, counties }),
      db
        .prepare(
          `SELECT id, severity, object_label AS label, assignee_id AS assignee,
             detail_json AS detail, due_on AS dueOn
           FROM warnings WHERE rule = ? AND resolved_at IS NULL${scope.sql}`,
        )
        .bind(id, ...scope.params)
        .all<Stored>(),
    ]);
    const unique = new Map(found.map((w) => [w.key, w]));
    const held = new Map(before.results.map((r) => [r.id, r]));
    const changed = [...unique.values()].filter((w) => !same(held.get(w.key), w));
    const gone = [...held.keys()].filter((k) => !unique.has(k));
    const at = appNowIso(env);
    const statements = [
      ...upserts(db, changed, today, run),
      ...chunks(gone, 90).map((ids) =>
        db
          .prepare(
            `UPDATE warnings SET resolved_at = ?
             WHERE resolved_at IS NULL AND id IN (${ids.map(() => '?').join(',')})`,
          )
          .bind(at, ...ids),
      ),
    ];
    for (const part of chunks(statements, 100)) await db.batch(part);
    out[id] = { found: unique.size, resolved: gone.length };
  }
  return out;
}

/** After a write in `counties`: the rules that follow events, for those counties only. */
export function refreshAfterWrite(env: Env, counties: readonly string[]) {
  const rules = WARNING_RULES.filter((id) => RULES[id].onEvents);
  return refreshWarnings(env, { rules, counties });
}
