/**
 * Application reads and writes. The queue and the transition are plain SQL: the queue is the
 * hottest read of the back office, and a transition must be one atomic D1 batch.
 */
import type { ActorKind } from '../../../core/roles';
import type { ApplicationStatus } from '../../../core/application-state';
import type { BusinessType } from '../../../core/business-types';
import type { SearchWord } from '../../../core/search';
import type { TerminationGround } from '../../../core/termination';
import { wordCondition } from './case-search.repo';

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
  terminated_on: string | null;
  termination_ground: TerminationGround | null;
  termination_reason: string | null;
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
  /** The applicant's verified phone, in full: mask it before it leaves the worker. */
  applicant_phone: string | null;
  licence_number: string | null;
}

const SELECT = `SELECT a.id, a.ref, a.applicant_id, a.jurisdiction_code, a.type, a.status,
  a.licence_id, a.shop_name, a.address, a.form_json, a.submitted_on, a.accepted_on,
  a.decided_on, a.terminated_on, a.termination_ground, a.termination_reason, a.deadline, a.extended, a.correction_requested, a.assigned_inspector_id,
  (SELECT group_concat(staff_id) FROM (SELECT staff_id FROM case_inspectors
     WHERE application_id = a.id ORDER BY position)) AS inspector_ids,
  a.grid_id, a.lat, a.lng, a.idempotency_key,
  a.version, a.created_at, ap.name AS applicant_name, ap.id_number_masked AS applicant_id_masked,
  ap.phone AS applicant_phone, l.number AS licence_number
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
  /** Search words (core/search.ts): every one must match. */
  search?: SearchWord[] | undefined;
  /** Only the cases of these applicants (a search by ID number). */
  applicantIds?: readonly string[] | undefined;
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
  if (f.applicantIds) {
    parts.push(`a.applicant_id IN (${f.applicantIds.map(() => '?').join(',') || 'NULL'})`);
    params.push(...f.applicantIds);
  }
  for (const w of f.search ?? []) {
    const c = wordCondition(w);
    parts.push(c.sql);
    params.push(...c.params);
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

/**
 * The first `limit` cases of the queue's order, without counting them all (to run in a batch;
 * null when the filter can match nothing). The 综合查询 asks for one more than it shows.
 */
export function queueHeadStatement(d1: D1Database, f: QueueFilter): D1PreparedStatement | null {
  if (f.counties.length === 0 || f.statuses.length === 0) return null;
  const w = where(f);
  return d1
    .prepare(
      `${SELECT} JOIN (SELECT a.id FROM applications a WHERE ${w.sql}
         ORDER BY deadline IS NULL, deadline, submitted_on, ref LIMIT ? OFFSET ?) q ON q.id = a.id
       ORDER BY a.deadline IS NULL, a.deadline, a.submitted_on, a.ref`,
    )
    .bind(...w.params, f.limit, f.offset);
}

/** How many cases each filter matches (one round trip), e.g. the warnings' red and yellow. */
export async function countCases(
  d1: D1Database,
  filters: Omit<QueueFilter, 'limit' | 'offset'>[],
): Promise<number[]> {
  const live = filters.map((f) =>
    f.counties.length === 0 || f.statuses.length === 0
      ? null
      : where({ ...f, limit: 0, offset: 0 }),
  );
  const asked = live.filter((w): w is NonNullable<typeof w> => w !== null);
  const res = asked.length
    ? await d1.batch(
        asked.map((w) =>
          d1.prepare(`SELECT COUNT(*) AS n FROM applications a WHERE ${w.sql}`).bind(...w.params),
        ),
      )
    : [];
  let i = 0;
  return live.map((w) =>
    w ? Number((res[i++]?.results?.[0] as { n: number } | undefined)?.n ?? 0) : 0,
  );
}

export async function findApplication(d1: D1Database, id: string): Promise<ApplicationRow | null> {
  return d1.prepare(`${SELECT} WHERE a.id = ?`).bind(id).first<ApplicationRow>();
}

/** The two reads of a case and its history, to end a batch that changed it. */
export function readCaseStatements(d1: D1Database, id: string): D1PreparedStatement[] {
  return [d1.prepare(`${SELECT} WHERE a.id = ?`).bind(id), d1.prepare(EVENTS).bind(id)];
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
  actor_kind: ActorKind;
  action: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  reason: string | null;
  /** What the event recorded besides its reason (JSON), e.g. an override and its rules. */
  data_json: string | null;
}

const EVENTS = `SELECT id, at, actor_name, actor_kind, action, from_status, to_status, reason, data_json
  FROM application_events WHERE application_id = ? ORDER BY at, id`;

export async function eventsOf(d1: D1Database, applicationId: string): Promise<EventRow[]> {
  const res = await d1.prepare(EVENTS).bind(applicationId).all<EventRow>();
  return res.results;
}

/** The case's latest decision (准予 / 不予), or null while undecided. */
export async function lastDecision(
  d1: D1Database,
  applicationId: string,
): Promise<EventRow | null> {
  return d1
    .prepare(
      `SELECT id, at, actor_name, action, from_status, to_status, reason, data_json
       FROM application_events WHERE application_id = ? AND action IN ('approve', 'refuse')
       ORDER BY at DESC, id DESC LIMIT 1`,
    )
    .bind(applicationId)
    .first<EventRow>();
}

/**
 * A 新办's place in its grid (the approval's grid_place assertion, asked beforehand): free
 * places now and the cases accepted before it that still wait. `free` is null for a grid not
 * created yet (its first grant creates it with room).
 */
export async function gridPlace(
  d1: D1Database,
  row: Pick<ApplicationRow, 'id' | 'grid_id' | 'accepted_on' | 'ref'>,
  today: string,
): Promise<{ capacity: number; count: number; free: number; ahead: number } | null> {
  if (!row.grid_id) return null;
  const acceptedOn = row.accepted_on ?? today;
  return d1
    .prepare(
      `SELECT g.capacity, g.retailer_count AS count, g.capacity - g.retailer_count AS free,
         (SELECT COUNT(*) FROM applications WHERE grid_id = g.id AND type = 'new'
            AND status IN ('accepted', 'inspection') AND id != ?
            AND (accepted_on < ? OR (accepted_on = ? AND ref < ?))) AS ahead
       FROM grids g WHERE g.id = ?`,
    )
    .bind(row.id, acceptedOn, acceptedOn, row.ref, row.grid_id)
    .first<{ capacity: number; count: number; free: number; ahead: number }>();
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
