/**
 * Post-licence supervision in the demo (双随机、一公开): penalties that lower some retailers'
 * compliance class, two declared conflicts, and one plan per county with inspectors (潍城区,
 * 奎文区), each drawn by core's draw from a fixed seed and stored exactly as the worker stores
 * one, so 「验证抽取结果」 reproduces it. The plans began two weeks before today: the first third
 * of each list is checked (results published), the rest are appointments today and tomorrow.
 */
import { createHash } from 'node:crypto';
import { gzipSync, strToU8 } from 'fflate';
import {
  complianceOf,
  DEFAULT_COMPLIANCE_RULES as RULES,
  drawWeightOf,
  PENALTY_KINDS,
  type PenaltyKind,
} from '../../core/compliance';
import { addCalendarDays } from '../../core/dates';
import { saturationLevel } from '../../core/saturation';
import { drawText, runDraw, snapshotOf, type DrawInput } from '../../core/supervision-draw';
import type { GridRow } from './grids';
import type { Rng } from './prng';
import type { LicenceRow } from './retail';
import type { StaffRow } from './staff';

export interface SeedPenalty {
  id: string;
  licenceId: string;
  kind: PenaltyKind;
  decidedOn: string;
  reason: string;
}

export interface SeedConflict {
  id: string;
  staffId: string;
  licenceId: string;
  reason: string;
  /** Declared a month or so before the seed's today (never the real date: see render). */
  createdOn: string;
}

export interface SeedPlanTask {
  id: string;
  licence: LicenceRow;
  officers: [string, string];
  state: 'assigned' | 'done';
  finishedAt: string | null;
  passed: boolean | null;
  window: { on: string; from: string; to: string } | null;
  accepted: boolean;
}

export interface SeedPlan {
  id: string;
  name: string;
  area: string;
  periodFrom: string;
  periodTo: string;
  count: number;
  seed: number;
  rulesJson: string;
  populationSize: number;
  populationHash: string;
  snapshotGz: string;
  drawText: string;
  drawHash: string;
  skippedJson: string;
  createdBy: string;
  tasks: SeedPlanTask[];
}

export interface SeedSupervision {
  penalties: SeedPenalty[];
  conflicts: SeedConflict[];
  plans: SeedPlan[];
}

/** The demo's plans: county, its name, the draw's fixed seed. */
const PLANS: readonly (readonly [string, string, number])[] = [
  ['370702', '潍城区', 20261201],
  ['370705', '奎文区', 20261202],
];
/** Retailers drawn per plan, and how many of them are already checked. */
const DRAWN = 30;
const CHECKED = 10;
const PENALTY_REASONS = ['未按规定明码标价', '超范围经营', '销售无标志外国卷烟', '未在当地进货'];
const WINDOWS: readonly (readonly [string, string])[] = [
  ['09:00', '10:30'],
  ['10:00', '11:00'],
  ['14:00', '15:00'],
  ['15:30', '17:00'],
];

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function makeSupervision(
  today: string,
  licences: readonly LicenceRow[],
  grids: readonly GridRow[],
  staff: readonly StaffRow[],
  rng: Rng,
): SeedSupervision {
  const counties = new Set(PLANS.map(([c]) => c));
  const inForce = licences
    .filter(
      (l) =>
        counties.has(l.unit) &&
        l.status === 'active' &&
        l.issuedOn <= today &&
        l.expiresOn >= today,
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));

  // One retailer in fifty has penalties within the look-back window; a few have three (W).
  const penalties: SeedPenalty[] = [];
  for (const l of inForce) {
    if (!rng.chance(0.02)) continue;
    const n = rng.chance(0.2) ? 3 : rng.int(1, 2);
    for (let i = 0; i < n; i++) {
      penalties.push({
        id: `pen_${String(penalties.length + 1).padStart(5, '0')}`,
        licenceId: l.id,
        kind: rng.pick(PENALTY_KINDS.slice(0, 2)),
        decidedOn: addCalendarDays(today, -rng.int(20, 600)),
        reason: rng.pick(PENALTY_REASONS),
      });
    }
  }
  const penaltiesOf = new Map<string, PenaltyKind[]>();
  for (const p of penalties)
    penaltiesOf.set(p.licenceId, [...(penaltiesOf.get(p.licenceId) ?? []), p.kind]);
  const gridOf = new Map(grids.map((g) => [g.id, g]));

  const inspectors = (county: string) =>
    staff
      .filter((s) => s.role === 'inspector' && s.scopes.includes(county))
      .map((s) => s.id)
      .sort();
  // Two declared conflicts: an inspector of each county related to one of its retailers.
  const conflicts: SeedConflict[] = PLANS.map(([county], i) => {
    const local = inForce.filter((l) => l.unit === county);
    return {
      id: `ic_demo_${i + 1}`,
      staffId: inspectors(county)[0] as string,
      licenceId: (local[Math.floor(local.length / 3)] as LicenceRow).id,
      reason: i === 0 ? '配偶经营该店' : '与经营者系近亲属',
      createdOn: addCalendarDays(today, -30 - 7 * i),
    };
  });

  const byId = new Map(inForce.map((l) => [l.id, l]));
  const periodFrom = addCalendarDays(today, -14);
  const periodTo = addCalendarDays(today, 16);
  const plans = PLANS.flatMap(([county, name, seed]): SeedPlan[] => {
    const population = inForce
      .filter((l) => l.unit === county)
      .map((l) => {
        const klass = complianceOf(
          { failedItems: 0, penalties: penaltiesOf.get(l.id) ?? [] },
          RULES,
        ).klass;
        const g = gridOf.get(l.premises.place.cell);
        const red = g ? saturationLevel(g.retailerCount, g.capacity) === 'red' : false;
        return { licenceId: l.id, county, weight: drawWeightOf(klass, red, RULES) };
      });
    // A tiny demo (tests) may have fewer retailers than a plan draws, or none.
    if (population.length === 0) return [];
    const input: DrawInput = {
      seed,
      count: Math.min(DRAWN, population.length),
      population,
      pools: { [county]: inspectors(county) },
      conflicts: conflicts
        .filter((c) => byId.get(c.licenceId)?.unit === county)
        .map((c) => [c.staffId, c.licenceId]),
      lastPairs: {},
    };
    const drawn = runDraw(input);
    const snapshot = JSON.stringify(snapshotOf(input));
    const text = drawText(drawn);
    const id = `sp_demo_${county}`;
    const tasks = drawn.picks.map((p, i): SeedPlanTask => {
      const done = i < CHECKED;
      // Checked over the plan's first two weeks, one in five ordered to correct something.
      const day = addCalendarDays(periodFrom, 1 + Math.floor((i * 12) / CHECKED));
      const on = i % 2 === 0 ? today : addCalendarDays(today, 1);
      const slot = WINDOWS[i % WINDOWS.length] as readonly [string, string];
      return {
        id: `${id}_${String(p.rank).padStart(4, '0')}`,
        licence: byId.get(p.licenceId) as LicenceRow,
        officers: p.officers,
        state: done ? 'done' : 'assigned',
        finishedAt: done ? `${day}T0${1 + (i % 7)}:${10 + i}:00.000Z` : null,
        passed: done ? i % 5 !== 3 : null,
        // Every open check has its day (today or tomorrow); a third a fixed hour with the shop.
        window: done
          ? null
          : i % 3 === 0
            ? { on, from: slot[0], to: slot[1] }
            : { on, from: '08:30', to: '17:30' },
        accepted: done || i % 4 !== 1,
      };
    });
    const plan: SeedPlan = {
      id,
      name: `${name} ${periodFrom} 至 ${periodTo} 双随机抽查`,
      area: county,
      periodFrom,
      periodTo,
      count: input.count,
      seed,
      rulesJson: JSON.stringify(RULES),
      populationSize: population.length,
      populationHash: sha256(snapshot),
      snapshotGz: Buffer.from(gzipSync(strToU8(snapshot), { mtime: 0 })).toString('base64'),
      drawText: text,
      drawHash: sha256(text),
      skippedJson: JSON.stringify(drawn.skipped),
      createdBy: 'stf_approver',
      tasks,
    };
    return [plan];
  });
  return { penalties, conflicts, plans };
}
