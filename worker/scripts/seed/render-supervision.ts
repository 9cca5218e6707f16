/** The demo's supervision data as SQL (seed/supervision.ts makes it). */
import { CHECKLIST_VERSION } from '../../core/tasks';
import { inserts, type SqlValue } from './sql';
import type { SeedSupervision } from './supervision';

const cols = (s: string) => s.split(' ');

export function renderSupervision(s: SeedSupervision): string[] {
  const tasks: SqlValue[][] = [];
  const officers: SqlValue[][] = [];
  for (const p of s.plans) {
    for (const t of p.tasks) {
      const l = t.licence;
      tasks.push([
        t.id,
        'plan',
        p.id,
        l.id,
        'on_site',
        t.state,
        l.unit,
        l.shopName,
        l.premises.address,
        l.premises.place.lat,
        l.premises.place.lng,
        CHECKLIST_VERSION,
        p.periodFrom,
        p.periodTo,
        t.window?.on ?? null,
        t.window?.from ?? null,
        t.window?.to ?? null,
        t.finishedAt,
        t.finishedAt,
        t.passed === null ? null : t.passed ? 1 : 0,
        p.createdBy,
        `${p.periodFrom}T01:00:00.000Z`,
      ]);
      t.officers.forEach((o, i) =>
        officers.push([t.id, o, i + 1, t.accepted ? `${p.periodFrom}T02:00:00.000Z` : null]),
      );
    }
  }
  return [
    ...inserts(
      'penalties',
      cols('id licence_id kind decided_on reason created_at'),
      s.penalties.map((p) => [
        p.id,
        p.licenceId,
        p.kind,
        p.decidedOn,
        p.reason,
        `${p.decidedOn}T03:00:00.000Z`,
      ]),
    ),
    ...inserts(
      'inspector_conflicts',
      cols('id staff_id licence_id reason created_by created_at'),
      s.conflicts.map((c) => [
        c.id,
        c.staffId,
        c.licenceId,
        c.reason,
        'stf_approver',
        `${c.createdOn}T02:00:00.000Z`,
      ]),
    ),
    ...inserts(
      'supervision_plans',
      cols(
        'id name area_code period_from period_to share_pct count weighted seed rules_json population_size population_hash snapshot_gz draw_text draw_hash skipped_json created_by created_on created_at',
      ),
      s.plans.map((p) => [
        p.id,
        p.name,
        p.area,
        p.periodFrom,
        p.periodTo,
        null,
        p.count,
        1,
        p.seed,
        p.rulesJson,
        p.populationSize,
        p.populationHash,
        p.snapshotGz,
        p.drawText,
        p.drawHash,
        p.skippedJson,
        p.createdBy,
        p.periodFrom,
        `${p.periodFrom}T01:00:00.000Z`,
      ]),
    ),
    ...inserts(
      'inspection_tasks',
      cols(
        'id source plan_id licence_id kind state jurisdiction_code place_name address lat lng checklist_version assigned_on due_on window_on window_from window_to started_at finished_at passed created_by created_at',
      ),
      tasks,
    ),
    ...inserts('task_officers', cols('task_id staff_id position accepted_at'), officers),
  ];
}
