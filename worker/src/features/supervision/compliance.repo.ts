/**
 * What the compliance classes read from D1: the rules in force, and per licence the failed
 * checklist items of its finished checks and its penalties within the look-back window.
 */
import { wholeMonthsSince } from '../../../core/deliveries';
import {
  complianceOf,
  lookbackStart,
  mergeRules,
  nextCheckDue,
  type ComplianceRules,
  type PenaltyKind,
  type RiskSignals,
} from '../../../core/compliance';
import { addCalendarDays } from '../../../core/dates';
import type { ComplianceView } from '../../../core/supervision-api';

/** The rules in force: the stored override over core's defaults (a broken row is ignored). */
export async function complianceRules(d1: D1Database): Promise<ComplianceRules> {
  const row = await d1
    .prepare(`SELECT rules_json FROM compliance_settings WHERE id = 'city'`)
    .first<{ rules_json: string }>();
  const stored = row ? (JSON.parse(row.rules_json) as unknown) : null;
  return mergeRules(stored) ?? (mergeRules(null) as ComplianceRules);
}

interface Facts {
  failedItems: number;
  penalties: PenaltyKind[];
  lastCheckOn: string | null;
}

/** Failed items in a record's checklist; a finished check without a record counts one if failed. */
function failsOf(itemsJson: string | null, passed: number | null): number {
  if (!itemsJson) return passed === 0 ? 1 : 0;
  const items = JSON.parse(itemsJson) as { result?: string }[];
  return items.filter((i) => i.result === 'fail').length;
}

/**
 * The facts of every licence of `counties` (or of the one licence `licenceId`) that has any:
 * a licence absent from the map has none (class A, never checked).
 */
export async function complianceFacts(
  d1: D1Database,
  scope: { counties: readonly string[] } | { licenceId: string },
  since: string,
): Promise<Map<string, Facts>> {
  const byCounty = 'counties' in scope;
  const marks = byCounty ? scope.counties.map(() => '?').join(',') || "''" : '';
  const filter = byCounty ? `t.jurisdiction_code IN (${marks})` : 'lid = ?';
  const params = byCounty ? scope.counties : [scope.licenceId];
  const [checks, fines] = await d1.batch([
    d1
      .prepare(
        `SELECT * FROM (SELECT COALESCE(t.licence_id, a.licence_id) AS lid, t.jurisdiction_code,
           t.passed, t.finished_at, r.items_json
         FROM inspection_tasks t LEFT JOIN applications a ON a.id = t.application_id
         LEFT JOIN inspection_records r ON r.task_id = t.id
         WHERE t.state = 'done' AND t.finished_at >= ?) t
         WHERE lid IS NOT NULL AND ${filter}`,
      )
      .bind(since, ...params),
    d1
      .prepare(
        `SELECT p.licence_id AS lid, p.kind FROM penalties p JOIN licences l ON l.id = p.licence_id
         WHERE p.decided_on >= ? AND ${byCounty ? `l.jurisdiction_code IN (${marks})` : 'p.licence_id = ?'}`,
      )
      .bind(since.slice(0, 10), ...params),
  ]);
  const out = new Map<string, Facts>();
  const of = (id: string): Facts => {
    let f = out.get(id);
    if (!f) out.set(id, (f = { failedItems: 0, penalties: [], lastCheckOn: null }));
    return f;
  };
  type Check = {
    lid: string;
    passed: number | null;
    finished_at: string;
    items_json: string | null;
  };
  for (const c of (checks?.results ?? []) as Check[]) {
    const f = of(c.lid);
    f.failedItems += failsOf(c.items_json, c.passed);
    const day = c.finished_at.slice(0, 10);
    if (!f.lastCheckOn || day > f.lastCheckOn) f.lastCheckOn = day;
  }
  for (const p of (fines?.results ?? []) as { lid: string; kind: PenaltyKind }[]) {
    of(p.lid).penalties.push(p.kind);
  }
  return out;
}

/** One licence's class as staff see it. */
export async function complianceOfLicence(
  d1: D1Database,
  licenceId: string,
  today: string,
): Promise<ComplianceView> {
  const rules = await complianceRules(d1);
  const facts = await complianceFacts(d1, { licenceId }, lookbackStart(today, rules));
  const f = facts.get(licenceId) ?? { failedItems: 0, penalties: [], lastCheckOn: null };
  const o = complianceOf(f, rules);
  return {
    klass: o.klass,
    score: o.score,
    penalties: f.penalties.length,
    failedItems: f.failedItems,
    lastCheckOn: f.lastCheckOn,
    nextCheckDue: nextCheckDue(f.lastCheckOn, o.klass, today, rules),
  };
}

/** The first day complaints count from, for `today`. */
export function complaintsSince(today: string, rules: ComplianceRules): string {
  return addCalendarDays(today, -rules.complaintLookbackDays);
}

/**
 * The risk signals of every licence of `counties` (or of the one licence) that has any: the
 * complaints since `since`, and the whole months to `today` since the last delivery the other
 * systems (营销 / 配送 / 内管) report — counted from the issue day when they know the licence but
 * report no delivery. A licence no system reports on has no months (missing data is no evidence).
 */
export async function riskSignals(
  d1: D1Database,
  scope: { counties: readonly string[] } | { licenceId: string },
  since: string,
  today: string,
): Promise<Map<string, RiskSignals>> {
  const byCounty = 'counties' in scope;
  const marks = byCounty ? scope.counties.map(() => '?').join(',') || "''" : '';
  const rows = await d1
    .prepare(
      `SELECT c.licence_id AS lid, COUNT(*) AS n FROM complaints c
       JOIN licences l ON l.id = c.licence_id
       WHERE c.received_on >= ? AND ${byCounty ? `l.jurisdiction_code IN (${marks})` : 'c.licence_id = ?'}
       GROUP BY c.licence_id`,
    )
    .bind(since, ...(byCounty ? scope.counties : [scope.licenceId]))
    .all<{ lid: string; n: number }>();
  const deliveries = await d1
    .prepare(
      `SELECT l.id AS lid, l.issued_on AS issued, MAX(r.last_delivery_on) AS last
       FROM licence_records r JOIN licences l ON l.id = r.licence_id
       WHERE ${byCounty ? `l.jurisdiction_code IN (${marks})` : 'l.id = ?'}
       GROUP BY l.id`,
    )
    .bind(...(byCounty ? scope.counties : [scope.licenceId]))
    .all<{ lid: string; issued: string | null; last: string | null }>();
  const out = new Map<string, RiskSignals>(
    rows.results.map((r) => [r.lid, { complaints: r.n, noDeliveryMonths: null }]),
  );
  for (const r of deliveries.results) {
    const from = r.last ?? r.issued;
    if (!from) continue;
    const prev = out.get(r.lid) ?? { complaints: 0, noDeliveryMonths: null };
    out.set(r.lid, { ...prev, noDeliveryMonths: wholeMonthsSince(from, today) });
  }
  return out;
}
