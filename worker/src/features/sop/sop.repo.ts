/**
 * SOP versions and case opinions in D1. A version is a row that is never changed (triggers);
 * the current one of a type is its highest number.
 */
import type { BusinessType } from '../../../core/business-types';
import {
  DEFAULT_SOP,
  type CaseOpinionView,
  type DecisionLevel,
  type OpinionProposal,
  type SopRole,
  type SopRules,
  type SopVersionView,
} from '../../../core/sop';

interface VersionRow {
  type: BusinessType;
  version: number;
  rules_json: string;
  note: string;
  created_by: string | null;
  created_at: string;
}

function parseRules(json: string): SopRules {
  try {
    const r = JSON.parse(json) as SopRules;
    if (Array.isArray(r.steps) && Array.isArray(r.levels)) return r;
  } catch {
    // fall through: a row we cannot read runs as the law's default
  }
  return DEFAULT_SOP;
}

const toView = (r: VersionRow): SopVersionView => ({
  type: r.type,
  version: r.version,
  note: r.note,
  createdAt: r.created_at,
  createdBy: r.created_by,
  ...parseRules(r.rules_json),
});

/** Every version of every type, newest first within a type. */
export async function allSopVersions(d1: D1Database): Promise<SopVersionView[]> {
  const { results } = await d1
    .prepare(
      `SELECT type, version, rules_json, note, created_by, created_at FROM sop_versions
       ORDER BY type, version DESC`,
    )
    .all<VersionRow>();
  return results.map(toView);
}

/** One version of a type's SOP; version null or 0 (a case from before SOPs) is the default. */
export async function sopVersion(
  d1: D1Database,
  type: BusinessType,
  version: number | null,
): Promise<{ version: number; rules: SopRules }> {
  if (!version) return { version: 0, rules: DEFAULT_SOP };
  const r = await d1
    .prepare('SELECT rules_json FROM sop_versions WHERE type = ? AND version = ?')
    .bind(type, version)
    .first<{ rules_json: string }>();
  return { version, rules: r ? parseRules(r.rules_json) : DEFAULT_SOP };
}

/** The version in force for new cases of `type` (0 when none was ever saved). */
export async function currentSopVersion(d1: D1Database, type: BusinessType): Promise<number> {
  const r = await d1
    .prepare('SELECT MAX(version) AS v FROM sop_versions WHERE type = ?')
    .bind(type)
    .first<{ v: number | null }>();
  return r?.v ?? 0;
}

/** Inserts version `basedOn + 1`; the primary key refuses it when another admin got there first. */
export function insertSopVersionStatement(
  d1: D1Database,
  type: BusinessType,
  basedOn: number,
  rules: SopRules,
  note: string,
  by: string,
  at: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO sop_versions (type, version, rules_json, note, created_by, created_at)
       SELECT ?, ?, ?, ?, ?, ?
       WHERE COALESCE((SELECT MAX(version) FROM sop_versions WHERE type = ?), 0) = ?`,
    )
    .bind(type, basedOn + 1, JSON.stringify(rules), note, by, at, type, basedOn);
}

interface OpinionRow {
  level: DecisionLevel;
  role: SopRole;
  staff_id: string;
  staff_name: string;
  at: string;
  proposal: OpinionProposal;
  opinion: string;
}

/** The opinions recorded on a case, in level order. */
export async function opinionsOf(
  d1: D1Database,
  applicationId: string,
): Promise<CaseOpinionView[]> {
  const { results } = await d1
    .prepare(
      `SELECT level, role, staff_id, staff_name, at, proposal, opinion FROM case_opinions
       WHERE application_id = ? ORDER BY at`,
    )
    .bind(applicationId)
    .all<OpinionRow>();
  return results.map((r) => ({
    level: r.level,
    role: r.role,
    staffId: r.staff_id,
    staffName: r.staff_name,
    at: r.at,
    proposal: r.proposal,
    opinion: r.opinion,
  }));
}

/** Records one level's opinion (the unique index refuses a level twice). */
export function insertOpinionStatement(
  d1: D1Database,
  applicationId: string,
  o: CaseOpinionView,
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO case_opinions (id, application_id, level, role, staff_id, staff_name, proposal,
         opinion, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      crypto.randomUUID(),
      applicationId,
      o.level,
      o.role,
      o.staffId,
      o.staffName,
      o.proposal,
      o.opinion,
      o.at,
    );
}

/**
 * Stamps a case submitted in the same batch with the SOP version in force for its type, so
 * it keeps that version whatever an admin saves later.
 */
export function stampSopVersionStatement(
  d1: D1Database,
  applicationId: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `UPDATE applications SET sop_version =
         (SELECT MAX(version) FROM sop_versions WHERE type = applications.type)
       WHERE id = ? AND sop_version IS NULL`,
    )
    .bind(applicationId);
}
