/** Reading and acknowledging stored warnings, always within a caller's scope. */
import {
  warningHref,
  type WarningCounts,
  type WarningItem,
  type WarningObject,
  type WarningRuleId,
  type WarningSeverity,
  type WarningsQuery,
} from '../../../core/warnings';

/** Whose warnings: counties (clerks, approvers, admins) or an inspector's assigned cases. */
export type WarningReader = { counties: readonly string[] } | { assigneeId: string };

interface Row {
  id: string;
  rule: WarningRuleId;
  severity: WarningSeverity;
  county: string;
  countyName: string;
  objectKind: WarningObject;
  objectId: string;
  objectLabel: string;
  detailJson: string;
  dueOn: string | null;
  firstSeenOn: string;
  ackAt: string | null;
  ackBy: string | null;
  ackNote: string | null;
}

const SELECT = `SELECT w.id, w.rule, w.severity, w.jurisdiction_code AS county,
    j.name AS countyName, w.object_kind AS objectKind, w.object_id AS objectId,
    w.object_label AS objectLabel, w.detail_json AS detailJson, w.due_on AS dueOn,
    w.first_seen_on AS firstSeenOn, w.acknowledged_at AS ackAt,
    w.acknowledged_by_name AS ackBy, w.ack_note AS ackNote
  FROM warnings w JOIN jurisdictions j ON j.code = w.jurisdiction_code`;

function whereOf(reader: WarningReader, county?: string): { sql: string; params: string[] } {
  if ('assigneeId' in reader) {
    return { sql: 'w.resolved_at IS NULL AND w.assignee_id = ?', params: [reader.assigneeId] };
  }
  const counties = county ? reader.counties.filter((c) => c === county) : [...reader.counties];
  if (counties.length === 0) return { sql: '0', params: [] };
  return {
    sql: `w.resolved_at IS NULL AND w.jurisdiction_code IN (${counties.map(() => '?').join(',')})`,
    params: counties,
  };
}

function itemOf(r: Row): WarningItem {
  return {
    id: r.id,
    rule: r.rule,
    severity: r.severity,
    county: { code: r.county, name: r.countyName },
    object: {
      kind: r.objectKind,
      id: r.objectId,
      label: r.objectLabel,
      href: warningHref(r.objectKind, r.objectId),
    },
    detail: JSON.parse(r.detailJson) as WarningItem['detail'],
    dueOn: r.dueOn,
    firstSeenOn: r.firstSeenOn,
    acknowledged:
      r.ackAt === null ? null : { at: r.ackAt, by: r.ackBy ?? '', note: r.ackNote ?? '' },
  };
}

/** Unacknowledged warnings by severity: the counts on the workbench and in the menu. */
export async function warningCounts(
  db: D1Database,
  reader: WarningReader,
  county?: string,
): Promise<WarningCounts> {
  const w = whereOf(reader, county);
  const rows = await db
    .prepare(
      `SELECT w.severity AS s, COUNT(*) AS n FROM warnings w
       WHERE ${w.sql} AND w.acknowledged_at IS NULL GROUP BY w.severity`,
    )
    .bind(...w.params)
    .all<{ s: WarningSeverity; n: number }>();
  const counts: WarningCounts = { red: 0, yellow: 0 };
  for (const r of rows.results) counts[r.s] = r.n;
  return counts;
}

/** One page of warnings, red first, then the earliest due. */
export async function listWarnings(
  db: D1Database,
  reader: WarningReader,
  q: WarningsQuery,
): Promise<{ items: WarningItem[]; total: number }> {
  const w = whereOf(reader, q.county);
  let sql = `${w.sql} AND w.acknowledged_at IS ${q.state === 'open' ? '' : 'NOT '}NULL`;
  const params = [...w.params];
  if (q.severity) {
    sql += ' AND w.severity = ?';
    params.push(q.severity);
  }
  if (q.rule) {
    sql += ' AND w.rule = ?';
    params.push(q.rule);
  }
  const [rows, total] = await Promise.all([
    db
      .prepare(
        `${SELECT} WHERE ${sql}
         ORDER BY w.severity = 'red' DESC, w.due_on IS NULL, w.due_on, w.first_seen_on, w.id
         LIMIT ? OFFSET ?`,
      )
      .bind(...params, q.pageSize, (q.page - 1) * q.pageSize)
      .all<Row>(),
    db
      .prepare(`SELECT COUNT(*) AS n FROM warnings w WHERE ${sql}`)
      .bind(...params)
      .first<{ n: number }>(),
  ]);
  return { items: rows.results.map(itemOf), total: total?.n ?? 0 };
}

/** A warning still in force, with what the access rule needs. */
export async function openWarning(db: D1Database, id: string) {
  return db
    .prepare(
      `SELECT id, jurisdiction_code AS county, assignee_id AS assigneeId,
         acknowledged_at AS acknowledgedAt, rule
       FROM warnings WHERE id = ? AND resolved_at IS NULL`,
    )
    .bind(id)
    .first<{
      id: string;
      county: string;
      assigneeId: string | null;
      acknowledgedAt: string | null;
      rule: WarningRuleId;
    }>();
}

/** The warning as the list shows it (after an acknowledgement). */
export async function warningItem(db: D1Database, id: string): Promise<WarningItem | null> {
  const r = await db.prepare(`${SELECT} WHERE w.id = ?`).bind(id).first<Row>();
  return r ? itemOf(r) : null;
}

/** Acknowledges once: answers false when someone else did it first. */
export function acknowledgeStatement(
  db: D1Database,
  id: string,
  by: { id: string; name: string },
  note: string,
  at: string,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE warnings SET acknowledged_at = ?, acknowledged_by = ?, acknowledged_by_name = ?,
         ack_note = ? WHERE id = ? AND acknowledged_at IS NULL AND resolved_at IS NULL`,
    )
    .bind(at, by.id, by.name, note, id);
}
