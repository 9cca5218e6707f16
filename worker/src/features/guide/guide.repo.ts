/** Guide versions as stored; version 1 is the shipped text until the first save writes it. */
import type { BusinessType } from '../../../core/business-types';
import type { GuideAnswer, GuideContent, GuideVersionMeta } from '../../../core/guide';
import { seedGuide } from '../../../core/guide-seed';
import { AppError } from '../../lib/errors';

interface Row {
  version: number;
  content_json: string;
  note: string;
  created_by_name: string;
  created_at: string;
}

const SEED_NAME = '初始版本';

function seedAnswer(type: BusinessType): GuideAnswer {
  return {
    type,
    version: 1,
    note: '',
    createdByName: SEED_NAME,
    createdAt: null,
    content: seedGuide(type),
  };
}

const answer = (type: BusinessType, r: Row): GuideAnswer => ({
  type,
  version: r.version,
  note: r.note,
  createdByName: r.created_by_name,
  createdAt: r.version === 1 && r.created_by_name === SEED_NAME ? null : r.created_at,
  content: JSON.parse(r.content_json) as GuideContent,
});

/** The newest version of a type's guide (what applicants see). */
export async function latestGuide(d1: D1Database, type: BusinessType): Promise<GuideAnswer> {
  const r = await d1
    .prepare('SELECT * FROM guide_versions WHERE type = ? ORDER BY version DESC LIMIT 1')
    .bind(type)
    .first<Row>();
  return r ? answer(type, r) : seedAnswer(type);
}

/** The newest version of every type, in one read. */
export async function latestGuides(
  d1: D1Database,
  types: readonly BusinessType[],
): Promise<GuideAnswer[]> {
  const res = await d1
    .prepare(
      `SELECT g.* FROM guide_versions g
       JOIN (SELECT type, MAX(version) AS v FROM guide_versions GROUP BY type) m
         ON m.type = g.type AND m.v = g.version`,
    )
    .all<Row & { type: BusinessType }>();
  const byType = new Map(res.results.map((r) => [r.type, r]));
  return types.map((t) => {
    const r = byType.get(t);
    return r ? answer(t, r) : seedAnswer(t);
  });
}

/** Every version of a type's guide, newest first (without content). */
export async function guideVersions(
  d1: D1Database,
  type: BusinessType,
): Promise<GuideVersionMeta[]> {
  const res = await d1
    .prepare(
      'SELECT version, note, created_by_name, created_at FROM guide_versions WHERE type = ? ORDER BY version DESC',
    )
    .bind(type)
    .all<Row>();
  const metas = res.results.map((r) => {
    const { content: _omit, type: _t, ...meta } = answer(type, { ...r, content_json: '{}' });
    return meta;
  });
  if (!metas.some((m) => m.version === 1)) {
    const { content: _omit, type: _t, ...seed } = seedAnswer(type);
    metas.push(seed);
  }
  return metas;
}

export async function guideVersion(
  d1: D1Database,
  type: BusinessType,
  version: number,
): Promise<GuideAnswer | null> {
  const r = await d1
    .prepare('SELECT * FROM guide_versions WHERE type = ? AND version = ?')
    .bind(type, version)
    .first<Row>();
  if (r) return answer(type, r);
  return version === 1 ? seedAnswer(type) : null;
}

export interface GuideSave {
  type: BusinessType;
  baseVersion: number;
  content: GuideContent;
  note: string;
  staffId: string;
  staffName: string;
  at: string;
}

/**
 * Saves a new version on top of `baseVersion`. The (type, version) key decides races: of two
 * admins saving on the same base, the second gets GUIDE_VERSION_STALE and nothing changes.
 */
export async function saveGuideVersion(
  d1: D1Database,
  s: GuideSave,
  audit: D1PreparedStatement,
): Promise<number> {
  const latest = await latestGuide(d1, s.type);
  if (latest.version !== s.baseVersion) throw new AppError('GUIDE_VERSION_STALE');
  const insert = (
    version: number,
    content: GuideContent,
    note: string,
    by: string | null,
    name: string,
  ) =>
    d1
      .prepare(
        `INSERT INTO guide_versions (id, type, version, content_json, note, created_by,
           created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(crypto.randomUUID(), s.type, version, JSON.stringify(content), note, by, name, s.at);
  const stmts = [];
  // The first save also writes the shipped text as version 1, so history is complete in D1.
  if (s.baseVersion === 1 && latest.createdAt === null) {
    stmts.push(insert(1, latest.content, '', null, SEED_NAME));
  }
  const version = s.baseVersion + 1;
  stmts.push(insert(version, s.content, s.note, s.staffId, s.staffName), audit);
  try {
    await d1.batch(stmts);
  } catch (err) {
    if (String(err).includes('UNIQUE')) throw new AppError('GUIDE_VERSION_STALE');
    throw err;
  }
  return version;
}
