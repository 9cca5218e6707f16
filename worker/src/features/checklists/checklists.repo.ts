/** The catalogue's editions in D1 (never updated: see schema/checklists.ts). */
import {
  catalogueItemsSchema,
  versionId,
  type ChecklistVersion,
  type InspectionKind,
} from '../../../core/checklist-catalogue';

interface VersionRow {
  id: string;
  kind: InspectionKind;
  number: number;
  items_json: string;
  note: string;
  created_by: string | null;
  created_at: string;
}

function versionOf(r: VersionRow): ChecklistVersion {
  return {
    id: r.id,
    kind: r.kind,
    number: r.number,
    // Written through the same schema; parsing again keeps a hand-edited row from leaking out.
    items: catalogueItemsSchema.parse(JSON.parse(r.items_json)),
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** One edition by id, or null. */
export async function findVersion(d1: D1Database, id: string): Promise<ChecklistVersion | null> {
  const r = await d1
    .prepare('SELECT * FROM checklist_versions WHERE id = ?')
    .bind(id)
    .first<VersionRow>();
  return r ? versionOf(r) : null;
}

/** Every edition of a kind, newest first. */
export async function listVersions(
  d1: D1Database,
  kind: InspectionKind,
): Promise<ChecklistVersion[]> {
  const { results } = await d1
    .prepare('SELECT * FROM checklist_versions WHERE kind = ? ORDER BY number DESC')
    .bind(kind)
    .all<VersionRow>();
  return results.map(versionOf);
}

/** The edition in force of each kind (the highest number) and how many editions it has. */
export async function currentVersions(
  d1: D1Database,
): Promise<{ current: ChecklistVersion; versions: number }[]> {
  const { results } = await d1
    .prepare(
      `SELECT v.*, (SELECT COUNT(*) FROM checklist_versions x WHERE x.kind = v.kind) AS versions
       FROM checklist_versions v
       WHERE v.number = (SELECT MAX(number) FROM checklist_versions x WHERE x.kind = v.kind)`,
    )
    .all<VersionRow & { versions: number }>();
  return results.map((r) => ({ current: versionOf(r), versions: r.versions }));
}

/** The edition in force of one kind, or null when the kind has none. */
export async function currentVersion(
  d1: D1Database,
  kind: InspectionKind,
): Promise<ChecklistVersion | null> {
  const r = await d1
    .prepare('SELECT * FROM checklist_versions WHERE kind = ? ORDER BY number DESC LIMIT 1')
    .bind(kind)
    .first<VersionRow>();
  return r ? versionOf(r) : null;
}

/**
 * Writes the next edition of a kind after `after` (the number the editor saw). Returns the new
 * id, or null when another edition was written meanwhile (the unique (kind, number) decides).
 */
export async function insertVersion(
  d1: D1Database,
  v: { kind: InspectionKind; after: number; items: unknown; note: string; by: string; at: string },
): Promise<string | null> {
  const id = versionId(v.kind, v.after + 1);
  const res = await d1
    .prepare(
      `INSERT OR IGNORE INTO checklist_versions (id, kind, number, items_json, note, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(id, v.kind, v.after + 1, JSON.stringify(v.items), v.note, v.by, v.at)
    .run();
  return res.meta.changes === 1 ? id : null;
}
