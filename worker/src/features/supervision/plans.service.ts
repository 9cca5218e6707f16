/**
 * Supervision plans (双随机): creating one (the draw, stored with everything it read, and one
 * inspection task per drawn retailer in a single batch), re-running its draw, and reading it.
 */
import type { ComplianceRules } from '../../../core/compliance';
import { calendarDaysBetween } from '../../../core/dates';
import {
  countForShare,
  drawText,
  inputOf,
  runDraw,
  snapshotOf,
} from '../../../core/supervision-draw';
import type { DrawVerification, PlanCreateInput } from '../../../core/supervision-api';
import { MAX_PLAN_DAYS } from '../../../core/supervision';
import { CHECKLIST_VERSION } from '../../../core/tasks';
import type { Ctx, StaffPrincipal } from '../../app-env';
import { appNowIso, appToday } from '../../lib/clock';
import { sha256Hex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { audit } from '../audit/audit.service';
import { complianceRules } from './compliance.repo';
import { drawInputs, packSnapshot, unpackSnapshot } from './draw.service';

/** Why a period cannot be planned on `today`, as an error, or nothing. */
export function checkPeriod(from: string, to: string, today: string): void {
  if (to < from || from < today || calendarDaysBetween(from, to) > MAX_PLAN_DAYS) {
    throw new AppError('SUPERVISION_PERIOD_INVALID');
  }
}

/** A fresh unsigned 32-bit seed for the draw. */
function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] as number;
}

export interface NewPlan {
  input: PlanCreateInput;
  areaName: string;
  counties: readonly string[];
}

/** Draws and stores the plan with its tasks; answers its id. */
export async function createPlan(c: Ctx, p: StaffPrincipal, plan: NewPlan): Promise<string> {
  const d1 = c.env.DB;
  const today = appToday(c.env);
  const now = appNowIso(c.env);
  const b = plan.input;
  checkPeriod(b.periodFrom, b.periodTo, today);
  const rules: ComplianceRules = await complianceRules(d1);
  const { members, input } = await drawInputs(d1, plan.counties, today, rules, b.weighted);
  if (members.length === 0) throw new AppError('SUPERVISION_POPULATION_EMPTY');
  const count = b.share !== undefined ? countForShare(members.length, b.share) : (b.count ?? 0);
  if (count > members.length) throw new AppError('SUPERVISION_COUNT_TOO_LARGE');
  const seed = freshSeed();
  const drawn = runDraw({ ...input, seed, count });
  if (drawn.short) throw new AppError('SUPERVISION_TOO_FEW_INSPECTORS');
  const snap = await packSnapshot(snapshotOf({ ...input, seed, count }));
  const text = drawText(drawn);
  const drawHash = await sha256Hex(text);
  const id = `sp_${crypto.randomUUID()}`;
  const name = b.name ?? `${plan.areaName} ${b.periodFrom} 至 ${b.periodTo} 双随机抽查`;
  const statements: D1PreparedStatement[] = [
    d1
      .prepare(
        `INSERT INTO supervision_plans (id, name, area_code, period_from, period_to, share_pct,
         count, weighted, seed, rules_json, population_size, population_hash, snapshot_gz,
         draw_text, draw_hash, skipped_json, created_by, created_on, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        id,
        name,
        b.area,
        b.periodFrom,
        b.periodTo,
        b.share ?? null,
        count,
        b.weighted ? 1 : 0,
        seed,
        JSON.stringify(rules),
        members.length,
        snap.hash,
        snap.gz,
        text,
        drawHash,
        JSON.stringify(drawn.skipped),
        p.id,
        today,
        now,
      ),
  ];
  // A plan's check is due by the period's end; it is assigned on the period's first day.
  const assignedOn = b.periodFrom;
  for (const pick of drawn.picks) {
    const taskId = `${id}_${String(pick.rank).padStart(4, '0')}`;
    statements.push(
      d1
        .prepare(
          `INSERT INTO inspection_tasks (id, source, plan_id, licence_id, kind, state,
           jurisdiction_code, place_name, address, lat, lng, checklist_version, assigned_on,
           due_on, created_by, created_at)
           SELECT ?, 'plan', ?, l.id, 'on_site', 'assigned', l.jurisdiction_code, l.shop_name,
             pr.address, pr.lat, pr.lng, ?, ?, ?, ?, ?
           FROM licences l JOIN premises pr ON pr.id = l.premises_id WHERE l.id = ?`,
        )
        .bind(taskId, id, CHECKLIST_VERSION, assignedOn, b.periodTo, p.id, now, pick.licenceId),
      ...pick.officers.map((o, i) =>
        d1
          .prepare('INSERT INTO task_officers (task_id, staff_id, position) VALUES (?, ?, ?)')
          .bind(taskId, o, i + 1),
      ),
    );
  }
  await d1.batch(statements);
  const subject = { subjectType: 'supervision_plan', subjectId: id };
  await audit(c, {
    event: 'supervision_plan_created',
    ...subject,
    detail: {
      area: b.area,
      periodFrom: b.periodFrom,
      periodTo: b.periodTo,
      count,
      weighted: b.weighted,
    },
  });
  await audit(c, {
    event: 'supervision_draw_completed',
    ...subject,
    detail: {
      seed,
      populationSize: members.length,
      populationHash: snap.hash,
      drawHash,
      skipped: drawn.skipped.length,
    },
  });
  return id;
}

interface StoredDraw {
  seed: number;
  count: number;
  population_hash: string;
  snapshot_gz: string;
  draw_text: string;
  draw_hash: string;
}

/** Re-runs a stored draw from its stored inputs and compares it with the stored list. */
export async function verifyDraw(row: StoredDraw): Promise<DrawVerification> {
  const { snapshot, hash } = await unpackSnapshot(row.snapshot_gz);
  const again = drawText(runDraw(inputOf(row.seed, row.count, snapshot)));
  const stored = row.draw_text.split('\n');
  const fresh = again.split('\n');
  let differences = Math.abs(stored.length - fresh.length);
  for (let i = 0; i < Math.min(stored.length, fresh.length); i++)
    if (stored[i] !== fresh[i]) differences++;
  const recomputedHash = await sha256Hex(again);
  const populationHashMatches = hash === row.population_hash;
  return {
    reproduces: populationHashMatches && differences === 0 && recomputedHash === row.draw_hash,
    populationHashMatches,
    storedHash: row.draw_hash,
    recomputedHash,
    differences,
  };
}
