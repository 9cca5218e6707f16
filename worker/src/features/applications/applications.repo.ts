/**
 * Application reads and writes. The queue and the transition are plain SQL: the queue is the
 * hottest read of the back office, and a transition must be one atomic D1 batch.
 */
import type { ApplicationStatus } from '../../../core/application-state';
import type { BusinessType } from '../../../core/business-types';

export interface ApplicationRow {
  id: string;
  ref: string;
  applicant_id: string;
  jurisdiction_code: string;
  type: BusinessType;
  status: ApplicationStatus;
  licence_id: string | null;
  shop_name: string;
  address: string;
  form_json: string;
  submitted_on: string | null;
  accepted_on: string | null;
  decided_on: string | null;
  deadline: string | null;
  extended: number;
  correction_requested: number;
  assigned_inspector_id: string | null;
  /** Comma-separated officers of its inspection (case_inspectors), lead first. */
  inspector_ids: string | null;
  grid_id: string | null;
  lat: number | null;
  lng: number | null;
  idempotency_key: string | null;
  version: number;
  created_at: string;
  applicant_name: string | null;
  applicant_id_masked: string | null;
  licence_number: string | null;
}

const SELECT = `SELECT a.id, a.ref, a.applicant_id, a.jurisdiction_code, a.type, a.status,
  a.licence_id, a.shop_name, a.address, a.form_json, a.submitted_on, a.accepted_on,
  a.decided_on, a.deadline, a.extended, a.correction_requested, a.assigned_inspector_id,
  (SELECT group_concat(staff_id) FROM (SELECT staff_id FROM case_inspectors
     WHERE application_id = a.id ORDER BY position)) AS inspector_ids,
  a.grid_id, a.lat, a.lng, a.idempotency_key,
  a.version, a.created_at, ap.name AS applicant_name, ap.id_number_masked AS applicant_id_masked,
  l.number AS licence_number
  FROM applications a JOIN applicants ap ON ap.id = a.applicant_id
  LEFT JOIN licences l ON l.id = a.licence_id`;

export interface QueueFilter {
  counties: string[];
  statuses: readonly ApplicationStatus[];
  type?: BusinessType | undefined;
  /** Inspectors see only the cases assigned to them. */
  inspectorId?: string | undefined;
  /** Deadline window, inclusive (YYYY-MM-DD). */
  deadlineFrom?: string | undefined;
  deadlineTo?: string | undefined;
  limit: number;
  offset: number;
}

function where(f: QueueFilter): { sql: string; params: unknown[] } {
  const parts = [
    `a.jurisdiction_code IN (${f.counties.map(() => '?').join(',')})`,
    `a.status IN (${f.statuses.map(() => '?').join(',')})`,
  ];
  const params: unknown[] = [...f.counties, ...f.statuses];
  if (f.type) {
    parts.push('a.type = ?');
    params.push(f.type);
  }
  if (f.inspectorId) {
    parts.push(
      'EXISTS (SELECT 1 FROM case_inspectors ci WHERE ci.application_id = a.id AND ci.staff_id = ?)',
    );
    params.push(f.inspectorId);
  }
  if (f.deadlineFrom) {
    parts.push('a.deadline >= ?');
    params.push(f.deadlineFrom);
  }
  if (f.deadlineTo) {
    parts.push('a.deadline <= ?');
    params.push(f.deadlineTo);
  }
  return { sql: parts.join(' AND '), params };
}

/** One page of the queue, most urgent first (earliest deadline; no deadline last). */
export async function queuePage(
  d1: D1Database,
  f: QueueFilter,
): Promise<{ rows: ApplicationRow[]; total: number }> {
  if (f.counties.length === 0 || f.statuses.length === 0) return { rows: [], total: 0 };
  const w = where(f);
  // Sort and page over the covering index first, then read just the rows shown.
  const order = 'deadline IS NULL, deadline, submitted_on, ref';
  const [page, count] = await d1.batch([
    d1
      .prepare(
        `${SELECT} JOIN (SELECT a.id FROM applications a WHERE ${w.sql}
           ORDER BY ${order} LIMIT ? OFFSET ?) q ON q.id = a.id
         ORDER BY a.deadline IS NULL, a.deadline, a.submitted_on, a.ref`,
      )
      .bind(...w.params, f.limit, f.offset),
    d1.prepare(`SELECT COUNT(*) AS n FROM applications a WHERE ${w.sql}`).bind(...w.params),
  ]);
  return {
    rows: (page?.results ?? []) as ApplicationRow[],
    total: Number((count?.results?.[0] as { n: number } | undefined)?.n ?? 0),
  };
}

/** Open cases whose deadline is on or before `until` (warnings), most overdue first. */
export async function dueBy(
  d1: D1Database,
  counties: string[],
  statuses: readonly ApplicationStatus[],
  until: string,
  limit: number,
): Promise<ApplicationRow[]> {
  if (counties.length === 0) return [];
  const res = await d1
    .prepare(
      `${SELECT} WHERE a.jurisdiction_code IN (${counties.map(() => '?').join(',')})
       AND a.status IN (${statuses.map(() => '?').join(',')})
       AND a.deadline IS NOT NULL AND a.deadline <= ?
       ORDER BY a.deadline, a.ref LIMIT ?`,
    )
    .bind(...counties, ...statuses, until, limit)
    .all<ApplicationRow>();
  return res.results;
}

export async function findApplication(d1: D1Database, id: string): Promise<ApplicationRow | null> {
  return d1.prepare(`${SELECT} WHERE a.id = ?`).bind(id).first<ApplicationRow>();
}

/** The two reads of a case and its history, to end a batch that changed it. */
export function readCaseStatements(d1: D1Database, id: string): D1PreparedStatement[] {
  return [
    d1.prepare(`${SELECT} WHERE a.id = ?`).bind(id),
    d1
      .prepare(
        `SELECT id, at, actor_name, action, from_status, to_status, reason
         FROM application_events WHERE application_id = ? ORDER BY at, id`,
      )
      .bind(id),
  ];
}

/** The case and history from the results of `readCaseStatements` (the batch's last two). */
export function caseFromResults(
  results: D1Result[],
): { row: ApplicationRow; events: EventRow[] } | null {
  const [app, events] = results.slice(-2);
  const row = app?.results?.[0] as ApplicationRow | undefined;
  return row ? { row, events: (events?.results ?? []) as EventRow[] } : null;
}

/** A case and its history in one round trip (null when the case does not exist). */
export async function findWithEvents(
  d1: D1Database,
  id: string,
): Promise<{ row: ApplicationRow; events: EventRow[] } | null> {
  return caseFromResults(await d1.batch(readCaseStatements(d1, id)));
}

export async function listByApplicant(
  d1: D1Database,
  applicantId: string,
): Promise<ApplicationRow[]> {
  const res = await d1
    .prepare(`${SELECT} WHERE a.applicant_id = ? ORDER BY a.created_at DESC LIMIT 200`)
    .bind(applicantId)
    .all<ApplicationRow>();
  return res.results;
}

export interface EventRow {
  id: string;
  at: string;
  actor_name: string;
  action: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  reason: string | null;
}

export async function eventsOf(d1: D1Database, applicationId: string): Promise<EventRow[]> {
  const res = await d1
    .prepare(
      `SELECT id, at, actor_name, action, from_status, to_status, reason
       FROM application_events WHERE application_id = ? ORDER BY at, id`,
    )
    .bind(applicationId)
    .all<EventRow>();
  return res.results;
}

/** Cases in `statuses` whose deadline passed before `today`. */
export async function countOverdue(
  d1: D1Database,
  counties: string[],
  statuses: readonly ApplicationStatus[],
  today: string,
): Promise<number> {
  const row = await d1
    .prepare(
      `SELECT COUNT(*) AS n FROM applications
       WHERE jurisdiction_code IN (${counties.map(() => '?').join(',') || "''"})
       AND status IN (${statuses.map(() => '?').join(',')})
       AND deadline IS NOT NULL AND deadline < ?`,
    )
    .bind(...counties, ...statuses, today)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export async function countsBy(
  d1: D1Database,
  counties: string[],
  column: 'status' | 'type',
): Promise<Record<string, number>> {
  if (counties.length === 0) return {};
  const res = await d1
    .prepare(
      `SELECT ${column} AS k, COUNT(*) AS n FROM applications
       WHERE jurisdiction_code IN (${counties.map(() => '?').join(',')}) AND status != 'draft'
       GROUP BY ${column}`,
    )
    .bind(...counties)
    .all<{ k: string; n: number }>();
  return Object.fromEntries(res.results.map((r) => [r.k, r.n]));
}

/** The result the officers recorded at the case's latest inspection, or null if none. */
export async function lastInspection(
  d1: D1Database,
  applicationId: string,
): Promise<{ passed: boolean } | null> {
  const row = await d1
    .prepare(
      `SELECT data_json FROM application_events WHERE application_id = ? AND action = 'record_inspection'
       ORDER BY at DESC, id DESC LIMIT 1`,
    )
    .bind(applicationId)
    .first<{ data_json: string | null }>();
  if (!row) return null;
  try {
    return { passed: (JSON.parse(row.data_json ?? '{}') as { passed?: unknown }).passed === true };
  } catch {
    return { passed: false };
  }
}
