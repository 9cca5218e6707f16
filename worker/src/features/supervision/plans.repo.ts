/** Reading supervision plans with their drawn retailers, officers and the progress of their tasks. */
import type { ComplianceRules } from '../../../core/compliance';
import type { SkipReason } from '../../../core/supervision-draw';
import type {
  PlanDetail,
  PlanPickView,
  PlanProgress,
  PlanSummary,
} from '../../../core/supervision-api';
import type { TaskState } from '../../../core/tasks';
import { unpackSnapshot } from './draw.service';

export interface PlanRow {
  id: string;
  name: string;
  area_code: string;
  area_name: string;
  period_from: string;
  period_to: string;
  share_pct: number | null;
  count: number;
  weighted: number;
  seed: number;
  rules_json: string;
  population_size: number;
  population_hash: string;
  snapshot_gz: string;
  draw_text: string;
  draw_hash: string;
  skipped_json: string;
  created_on: string;
  created_by_name: string;
  n_total: number;
  n_done: number;
  n_passed: number;
  n_cancelled: number;
}

const SELECT = `
  SELECT p.*, j.name AS area_name, u.display_name AS created_by_name,
    (SELECT COUNT(*) FROM inspection_tasks t WHERE t.plan_id = p.id) AS n_total,
    (SELECT COUNT(*) FROM inspection_tasks t WHERE t.plan_id = p.id AND t.state = 'done') AS n_done,
    (SELECT COUNT(*) FROM inspection_tasks t WHERE t.plan_id = p.id AND t.state = 'done'
       AND t.passed = 1) AS n_passed,
    (SELECT COUNT(*) FROM inspection_tasks t WHERE t.plan_id = p.id AND t.state = 'cancelled')
      AS n_cancelled
  FROM supervision_plans p JOIN jurisdictions j ON j.code = p.area_code
  JOIN staff_users u ON u.id = p.created_by`;

export async function findPlan(d1: D1Database, id: string): Promise<PlanRow | null> {
  return d1.prepare(`${SELECT} WHERE p.id = ?`).bind(id).first<PlanRow>();
}

/** Plans whose area is one of `areas` (county codes, and the city code for city scope), newest first. */
export async function listPlans(
  d1: D1Database,
  areas: readonly string[] | null,
  page: number,
  pageSize: number,
): Promise<PlanRow[]> {
  const where = areas ? `WHERE p.area_code IN (${areas.map(() => '?').join(',') || "''"})` : '';
  const rows = await d1
    .prepare(`${SELECT} ${where} ORDER BY p.created_at DESC, p.id LIMIT ? OFFSET ?`)
    .bind(...(areas ?? []), pageSize, (page - 1) * pageSize)
    .all<PlanRow>();
  return rows.results;
}

function progressOf(r: PlanRow): PlanProgress {
  return {
    total: r.n_total,
    open: r.n_total - r.n_done - r.n_cancelled,
    done: r.n_done,
    passed: r.n_passed,
    failed: r.n_done - r.n_passed,
    cancelled: r.n_cancelled,
  };
}

export function planSummary(r: PlanRow): PlanSummary {
  return {
    id: r.id,
    name: r.name,
    area: { code: r.area_code, name: r.area_name },
    periodFrom: r.period_from,
    periodTo: r.period_to,
    sharePct: r.share_pct,
    count: r.count,
    weighted: r.weighted === 1,
    seed: r.seed,
    populationSize: r.population_size,
    createdOn: r.created_on,
    createdBy: r.created_by_name,
    progress: progressOf(r),
  };
}

/** The plan with its drawn list in draw order, each with its officers and task. */
export async function planDetail(d1: D1Database, r: PlanRow): Promise<PlanDetail> {
  const lines = r.draw_text.split('\n').filter(Boolean);
  const skipped = JSON.parse(r.skipped_json) as { licenceId: string; reason: SkipReason }[];
  const ids = [...lines.map((l) => l.split(' ')[1] as string), ...skipped.map((s) => s.licenceId)];
  const [lic, tasks, staff] = await d1.batch([
    d1
      .prepare(
        `SELECT l.id, l.number, l.shop_name, l.jurisdiction_code FROM licences l
         WHERE l.id IN (SELECT value FROM json_each(?))`,
      )
      .bind(JSON.stringify(ids)),
    d1
      .prepare(
        `SELECT id, licence_id, state, due_on, passed FROM inspection_tasks WHERE plan_id = ?`,
      )
      .bind(r.id),
    d1
      .prepare(
        `SELECT DISTINCT u.id, u.display_name FROM staff_users u
         JOIN task_officers o ON o.staff_id = u.id
         JOIN inspection_tasks t ON t.id = o.task_id WHERE t.plan_id = ?`,
      )
      .bind(r.id),
  ]);
  type L = { id: string; number: string; shop_name: string; jurisdiction_code: string };
  type T = {
    id: string;
    licence_id: string;
    state: TaskState;
    due_on: string;
    passed: number | null;
  };
  const licById = new Map(((lic?.results ?? []) as L[]).map((l) => [l.id, l]));
  const taskBy = new Map(((tasks?.results ?? []) as T[]).map((t) => [t.licence_id, t]));
  const names = new Map(
    ((staff?.results ?? []) as { id: string; display_name: string }[]).map((s) => [
      s.id,
      s.display_name,
    ]),
  );
  const { snapshot } = await unpackSnapshot(r.snapshot_gz);
  const snapshotWeights = new Map(snapshot.population.map(([id, , w]) => [id, w]));
  const picks: PlanPickView[] = lines.map((line) => {
    const [rank = '0', licenceId = '', a = '', b = ''] = line.split(' ');
    const l = licById.get(licenceId);
    const t = taskBy.get(licenceId);
    return {
      rank: Number(rank),
      licenceId,
      licenceNumber: l?.number ?? '',
      shopName: l?.shop_name ?? '',
      county: l?.jurisdiction_code ?? '',
      weight: snapshotWeights.get(licenceId) ?? 1,
      officers: [a, b].map((id) => ({ id, name: names.get(id) ?? id })),
      task: t
        ? {
            id: t.id,
            state: t.state,
            dueOn: t.due_on,
            passed: t.passed === null ? null : t.passed === 1,
          }
        : null,
    };
  });
  return {
    ...planSummary(r),
    rules: JSON.parse(r.rules_json) as ComplianceRules,
    populationHash: r.population_hash,
    drawHash: r.draw_hash,
    picks,
    skipped: skipped.map((s) => ({
      licenceId: s.licenceId,
      licenceNumber: licById.get(s.licenceId)?.number ?? '',
      shopName: licById.get(s.licenceId)?.shop_name ?? '',
      reason: s.reason,
    })),
  };
}
