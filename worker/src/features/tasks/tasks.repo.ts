/**
 * Inspection tasks in D1: reading them with their officers, and the statements that create or
 * finish one inside a case's transition batch.
 */
import { todayInChina } from '../../../core/dates';
import type { WorkCalendar } from '../../../core/calendar';
import type { TaskScope, TaskKind, TaskState } from '../../../core/tasks';
import { CHECKLIST_VERSION, taskDeadline } from '../../../core/tasks';
import type { TaskOfficerView, TaskView } from '../../../core/tasks-api';
import type { ApplicationRow } from '../applications/applications.repo';

export interface TaskRow {
  id: string;
  source: 'case' | 'plan';
  application_id: string | null;
  kind: TaskKind;
  state: TaskState;
  jurisdiction_code: string;
  county_name: string;
  place_name: string;
  address: string;
  lat: number | null;
  lng: number | null;
  checklist_version: string;
  assigned_on: string;
  due_on: string;
  window_on: string | null;
  window_from: string | null;
  window_to: string | null;
  started_at: string | null;
  start_lat: number | null;
  start_lng: number | null;
  finished_at: string | null;
  passed: number | null;
  version: number;
  app_ref: string | null;
  app_type: string | null;
  /** `id|name|position|acceptedAt` joined by `;`. */
  officers: string | null;
  /** The author of a record awaiting confirmation; the note of a disputed one. */
  recorded_by: string | null;
  dispute_note: string | null;
}

const SELECT = `
  SELECT t.*, j.name AS county_name, a.ref AS app_ref, a.type AS app_type,
    (SELECT group_concat(o.staff_id || '|' || u.display_name || '|' || o.position || '|' ||
       COALESCE(o.accepted_at, ''), ';')
     FROM task_officers o JOIN staff_users u ON u.id = o.staff_id WHERE o.task_id = t.id) AS officers,
    (SELECT r.recorded_by FROM inspection_records r
     WHERE r.task_id = t.id AND r.state = 'submitted') AS recorded_by,
    (SELECT r.dispute_note FROM inspection_records r
     WHERE r.task_id = t.id AND r.state = 'disputed') AS dispute_note
  FROM inspection_tasks t
  JOIN jurisdictions j ON j.code = t.jurisdiction_code
  LEFT JOIN applications a ON a.id = t.application_id`;

export function officersOf(row: Pick<TaskRow, 'officers'>): TaskOfficerView[] {
  return (row.officers ?? '')
    .split(';')
    .filter(Boolean)
    .map((s) => {
      const [id = '', name = '', position = '0', acceptedAt = ''] = s.split('|');
      return { id, name, position: Number(position), accepted: acceptedAt !== '' };
    })
    .sort((a, b) => a.position - b.position);
}

export function taskScopeOf(row: TaskRow): TaskScope {
  return {
    county: row.jurisdiction_code,
    state: row.state,
    source: row.source,
    officerIds: officersOf(row).map((o) => o.id),
    recordedBy: row.recorded_by,
  };
}

export async function findTask(d1: D1Database, id: string): Promise<TaskRow | null> {
  return d1.prepare(`${SELECT} WHERE t.id = ?`).bind(id).first<TaskRow>();
}

export interface TaskFilter {
  counties: readonly string[] | null;
  officerId?: string | undefined;
  states: readonly TaskState[];
  dueBy?: string | undefined;
}

function where(f: TaskFilter): { sql: string; params: unknown[] } {
  const parts = [`t.state IN (${f.states.map(() => '?').join(',')})`];
  const params: unknown[] = [...f.states];
  if (f.counties) {
    parts.push(`t.jurisdiction_code IN (${f.counties.map(() => '?').join(',') || "''"})`);
    params.push(...f.counties);
  }
  if (f.officerId) {
    parts.push('EXISTS (SELECT 1 FROM task_officers o WHERE o.task_id = t.id AND o.staff_id = ?)');
    params.push(f.officerId);
  }
  if (f.dueBy) {
    parts.push('t.due_on <= ?');
    params.push(f.dueBy);
  }
  return { sql: parts.join(' AND '), params };
}

/** A page of tasks, nearest deadline first, and the true total. */
export async function listTasks(
  d1: D1Database,
  f: TaskFilter,
  page: number,
  pageSize: number,
): Promise<{ rows: TaskRow[]; total: number }> {
  const w = where(f);
  const [rows, total] = await d1.batch([
    d1
      .prepare(
        `${SELECT} WHERE ${w.sql} ORDER BY t.due_on, t.window_on IS NULL, t.window_on, t.window_from, t.id LIMIT ? OFFSET ?`,
      )
      .bind(...w.params, pageSize, (page - 1) * pageSize),
    d1.prepare(`SELECT COUNT(*) AS n FROM inspection_tasks t WHERE ${w.sql}`).bind(...w.params),
  ]);
  return {
    rows: (rows?.results ?? []) as TaskRow[],
    total: ((total?.results ?? [])[0] as { n: number } | undefined)?.n ?? 0,
  };
}

export function taskView(
  row: TaskRow,
  today: string,
  cal: WorkCalendar,
  actions: TaskView['actions'],
): TaskView {
  const left =
    row.due_on >= today
      ? cal.workingDaysBetween(today, row.due_on)
      : -cal.workingDaysBetween(row.due_on, today);
  return {
    id: row.id,
    source: row.source,
    kind: row.kind,
    state: row.state,
    county: { code: row.jurisdiction_code, name: row.county_name },
    placeName: row.place_name,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    application:
      row.application_id && row.app_ref
        ? { id: row.application_id, ref: row.app_ref, type: row.app_type ?? '' }
        : null,
    checklistVersion: row.checklist_version,
    assignedOn: row.assigned_on,
    dueOn: row.due_on,
    workingDaysLeft: left,
    window:
      row.window_on && row.window_from && row.window_to
        ? { on: row.window_on, from: row.window_from, to: row.window_to }
        : null,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    passed: row.passed === null ? null : row.passed === 1,
    officers: officersOf(row),
    recordedBy: row.recorded_by,
    disputeNote: row.dispute_note,
    version: row.version,
    actions,
  };
}

/** What a case's 安排实地核查 creates: the task and its officers (statements for the batch). */
export function caseTaskStatements(
  d1: D1Database,
  p: {
    id: string;
    applicationId: string;
    county: string;
    placeName: string;
    address: string;
    lat: number | null;
    lng: number | null;
    officerIds: readonly string[];
    /** The app clock's now (lib/clock.ts), never the database's; its China day assigns. */
    now: string;
    cal: WorkCalendar;
    createdBy: string;
  },
): D1PreparedStatement[] {
  const today = todayInChina(new Date(p.now));
  return [
    // A case has one open check: arranging again replaces the one still open.
    d1
      .prepare(
        `UPDATE inspection_tasks SET state = 'cancelled', cancel_reason = 'rearranged',
         version = version + 1 WHERE application_id = ? AND state IN ('assigned', 'in_progress', 'recorded')`,
      )
      .bind(p.applicationId),
    d1
      .prepare(
        `INSERT INTO inspection_tasks (id, source, application_id, kind, state, jurisdiction_code,
         place_name, address, lat, lng, checklist_version, assigned_on, due_on, created_by,
         created_at)
         VALUES (?, 'case', ?, 'on_site', 'assigned', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        p.id,
        p.applicationId,
        p.county,
        p.placeName,
        p.address,
        p.lat,
        p.lng,
        CHECKLIST_VERSION,
        today,
        taskDeadline(today, p.cal),
        p.createdBy,
        p.now,
      ),
    ...p.officerIds.map((staffId, i) =>
      d1
        .prepare('INSERT INTO task_officers (task_id, staff_id, position) VALUES (?, ?, ?)')
        .bind(p.id, staffId, i + 1),
    ),
  ];
}

/** The case's open task is done once its result is recorded on the case. */
export function finishCaseTaskStatement(
  d1: D1Database,
  applicationId: string,
  passed: boolean,
  at: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `UPDATE inspection_tasks SET state = 'done', passed = ?, finished_at = ?,
       started_at = COALESCE(started_at, ?), version = version + 1
       WHERE application_id = ? AND state IN ('assigned', 'in_progress', 'recorded')`,
    )
    .bind(passed ? 1 : 0, at, at, applicationId);
}

/**
 * Where the officers go: the spot the case names (a 新办, a move), else the premises of the
 * licence it is about (a 延续 or 停业 names none, and its task could not be put on a route).
 */
export async function caseTaskSpot(
  d1: D1Database,
  row: Pick<ApplicationRow, 'lat' | 'lng' | 'licence_id'>,
): Promise<{ lat: number; lng: number } | null> {
  if (row.lat !== null && row.lng !== null) return { lat: row.lat, lng: row.lng };
  if (!row.licence_id) return null;
  return d1
    .prepare(
      'SELECT p.lat, p.lng FROM licences l JOIN premises p ON p.id = l.premises_id WHERE l.id = ?',
    )
    .bind(row.licence_id)
    .first<{ lat: number; lng: number }>();
}
