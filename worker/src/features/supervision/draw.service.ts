/**
 * Building a draw's inputs from D1 (the population of licensed retailers with their weights,
 * the county pools of inspectors, declared conflicts and each retailer's last pair) and the
 * stored form of a plan's draw: a gzip snapshot with its hash, and the result's canonical text.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import {
  complianceOf,
  drawWeightOf,
  lookbackStart,
  type ComplianceClass,
  type ComplianceRules,
  type RiskSignals,
} from '../../../core/compliance';
import { saturationLevel } from '../../../core/saturation';
import type { DrawCandidate, DrawInput, DrawSnapshot } from '../../../core/supervision-draw';
import { fromBase64, sha256Hex, toBase64 } from '../../lib/crypto';
import { complaintsSince, complianceFacts, riskSignals } from './compliance.repo';

export interface PopulationMember extends DrawCandidate {
  klass: ComplianceClass;
  red: boolean;
}

/**
 * The licensed retailers of `counties` in force on `today` (active, issued, not expired), in
 * canonical order (licence id), with their class and whether their grid is red.
 */
export async function population(
  d1: D1Database,
  counties: readonly string[],
  today: string,
  rules: ComplianceRules,
  weighted: boolean,
): Promise<PopulationMember[]> {
  const marks = counties.map(() => '?').join(',') || "''";
  const rows = await d1
    .prepare(
      `SELECT l.id, l.jurisdiction_code AS county, g.retailer_count AS n, g.capacity AS cap
       FROM licences l JOIN premises p ON p.id = l.premises_id JOIN grids g ON g.id = p.grid_id
       WHERE l.jurisdiction_code IN (${marks}) AND l.status = 'active'
         AND l.issued_on <= ? AND l.expires_on >= ?
       ORDER BY l.id`,
    )
    .bind(...counties, today, today)
    .all<{ id: string; county: string; n: number; cap: number }>();
  const facts = await complianceFacts(d1, { counties }, lookbackStart(today, rules));
  const risks = weighted
    ? await riskSignals(d1, { counties }, complaintsSince(today, rules), today)
    : new Map<string, RiskSignals>();
  return rows.results.map((r) => {
    const f = facts.get(r.id) ?? { failedItems: 0, penalties: [] };
    const klass = complianceOf(f, rules).klass;
    const red = saturationLevel(r.n, r.cap) === 'red';
    const weight = weighted ? drawWeightOf(klass, red, rules, risks.get(r.id)) : 1;
    return { licenceId: r.id, county: r.county, weight, klass, red };
  });
}

/** Active inspectors of each county: scoped to it, or to the whole city. */
export async function inspectorPools(
  d1: D1Database,
  counties: readonly string[],
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const county of counties) {
    const rows = await d1
      .prepare(
        `SELECT DISTINCT u.id FROM staff_users u JOIN staff_scopes s ON s.staff_id = u.id
         WHERE u.role = 'inspector' AND u.active = 1
           AND s.jurisdiction_code IN (?, (SELECT parent_code FROM jurisdictions WHERE code = ?))
         ORDER BY u.id`,
      )
      .bind(county, county)
      .all<{ id: string }>();
    out[county] = rows.results.map((r) => r.id);
  }
  return out;
}

/** Declared conflicts touching the population's counties, `[inspector, licence]`, sorted. */
export async function conflictsOf(
  d1: D1Database,
  counties: readonly string[],
): Promise<[string, string][]> {
  const marks = counties.map(() => '?').join(',') || "''";
  const rows = await d1
    .prepare(
      `SELECT DISTINCT c.staff_id, c.licence_id FROM inspector_conflicts c
       JOIN licences l ON l.id = c.licence_id
       WHERE c.removed_at IS NULL AND l.jurisdiction_code IN (${marks})
       ORDER BY c.licence_id, c.staff_id`,
    )
    .bind(...counties)
    .all<{ staff_id: string; licence_id: string }>();
  return rows.results.map((r) => [r.staff_id, r.licence_id]);
}

/** The officers of each retailer's latest plan check (not cancelled). */
export async function lastPairs(
  d1: D1Database,
  counties: readonly string[],
): Promise<Record<string, string[]>> {
  const marks = counties.map(() => '?').join(',') || "''";
  const rows = await d1
    .prepare(
      `SELECT t.licence_id, (SELECT group_concat(o.staff_id) FROM task_officers o
         WHERE o.task_id = t.id) AS officers
       FROM inspection_tasks t
       WHERE t.source = 'plan' AND t.state != 'cancelled' AND t.licence_id IS NOT NULL
         AND t.jurisdiction_code IN (${marks})
         AND t.id = (SELECT t2.id FROM inspection_tasks t2 WHERE t2.licence_id = t.licence_id
           AND t2.source = 'plan' AND t2.state != 'cancelled'
           ORDER BY t2.assigned_on DESC, t2.created_at DESC, t2.id DESC LIMIT 1)
       ORDER BY t.licence_id`,
    )
    .bind(...counties)
    .all<{ licence_id: string; officers: string | null }>();
  const out: Record<string, string[]> = {};
  for (const r of rows.results) out[r.licence_id] = (r.officers ?? '').split(',').sort();
  return out;
}

/** Every input of a draw but the seed and the count, read from D1 now. */
export async function drawInputs(
  d1: D1Database,
  counties: readonly string[],
  today: string,
  rules: ComplianceRules,
  weighted: boolean,
): Promise<{ members: PopulationMember[]; input: Omit<DrawInput, 'seed' | 'count'> }> {
  const members = await population(d1, counties, today, rules, weighted);
  return {
    members,
    input: {
      population: members.map(({ licenceId, county, weight }) => ({ licenceId, county, weight })),
      pools: await inspectorPools(d1, counties),
      conflicts: await conflictsOf(d1, counties),
      lastPairs: await lastPairs(d1, counties),
    },
  };
}

/** The snapshot as stored: gzip + base64 of its canonical JSON, and that JSON's SHA-256. */
export async function packSnapshot(s: DrawSnapshot): Promise<{ gz: string; hash: string }> {
  const text = JSON.stringify(s);
  return { gz: toBase64(gzipSync(strToU8(text), { mtime: 0 })), hash: await sha256Hex(text) };
}

export async function unpackSnapshot(
  gz: string,
): Promise<{ snapshot: DrawSnapshot; hash: string }> {
  const text = strFromU8(gunzipSync(fromBase64(gz)));
  return { snapshot: JSON.parse(text) as DrawSnapshot, hash: await sha256Hex(text) };
}
