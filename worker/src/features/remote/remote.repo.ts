/** Remote inspections in D1: reading one with its officers, listing, and the view. */
import type { WorkCalendar } from '../../../core/calendar';
import {
  mayMoveRemote,
  officerRole,
  remoteClock,
  type RemoteScope,
  type RemoteState,
  type RemoteView,
} from '../../../core/remote-inspection';
import type { Who } from '../../../core/access';
import { maskPersonName } from '../../../core/masking';

export interface RemoteRow {
  id: string;
  application_id: string;
  applicant_id: string;
  jurisdiction_code: string;
  kind: string;
  state: RemoteState;
  company_name: string;
  phone_masked: string;
  contact_name: string;
  address: string;
  deadline_on: string;
  appointment_on: string;
  appointment_at: string;
  checklist_version: string;
  created_by: string;
  created_at: string;
  version: number;
  case_ref: string;
  /** Lead first: `id:name` joined by `|`. */
  officers: string | null;
}

const SELECT = `SELECT r.*, a.ref AS case_ref,
  (SELECT group_concat(o.staff_id || ':' || u.display_name, '|') FROM
     (SELECT * FROM remote_officers WHERE inspection_id = r.id ORDER BY position) o
     JOIN staff_users u ON u.id = o.staff_id) AS officers
  FROM remote_inspections r JOIN applications a ON a.id = r.application_id`;

function officersOf(row: RemoteRow): { id: string; name: string }[] {
  return (row.officers ?? '')
    .split('|')
    .filter(Boolean)
    .map((s) => {
      const i = s.indexOf(':');
      return { id: s.slice(0, i), name: s.slice(i + 1) };
    });
}

export async function findRemote(d1: D1Database, id: string): Promise<RemoteRow | null> {
  if (id.length > 64) return null;
  return d1.prepare(`${SELECT} WHERE r.id = ?`).bind(id).first<RemoteRow>();
}

export function remoteScopeOf(row: RemoteRow): RemoteScope {
  return {
    county: row.jurisdiction_code,
    applicantId: row.applicant_id,
    state: row.state,
    officerIds: officersOf(row).map((o) => o.id),
  };
}

/** Remote inspections in the given counties (null: all) or of one officer or applicant. */
export async function listRemote(
  d1: D1Database,
  f: {
    counties?: readonly string[] | null;
    officerId?: string;
    applicantId?: string;
    applicationId?: string;
    states: readonly RemoteState[];
  },
  page: number,
  pageSize: number,
): Promise<{ rows: RemoteRow[]; total: number }> {
  const where = [`r.state IN (${f.states.map(() => '?').join(',')})`];
  const args: unknown[] = [...f.states];
  if (f.counties) {
    where.push(`r.jurisdiction_code IN (${f.counties.map(() => '?').join(',') || "''"})`);
    args.push(...f.counties);
  }
  if (f.officerId) {
    where.push(
      'EXISTS (SELECT 1 FROM remote_officers o WHERE o.inspection_id = r.id AND o.staff_id = ?)',
    );
    args.push(f.officerId);
  }
  if (f.applicantId) {
    where.push('r.applicant_id = ?');
    args.push(f.applicantId);
  }
  if (f.applicationId) {
    where.push('r.application_id = ?');
    args.push(f.applicationId);
  }
  const w = where.join(' AND ');
  const [rows, total] = await d1.batch([
    d1
      .prepare(
        `${SELECT} WHERE ${w} ORDER BY r.appointment_on, r.appointment_at, r.id LIMIT ? OFFSET ?`,
      )
      .bind(...args, pageSize, (page - 1) * pageSize),
    d1.prepare(`SELECT COUNT(*) AS n FROM remote_inspections r WHERE ${w}`).bind(...args),
  ]);
  return {
    rows: (rows?.results ?? []) as RemoteRow[],
    total: ((total?.results?.[0] as { n: number } | undefined)?.n ?? 0) as number,
  };
}

/** The view of a row for `who` (the applicant sees officers' names as staff do: names only). */
export function remoteView(row: RemoteRow, who: Who, today: string, cal: WorkCalendar): RemoteView {
  const scope = remoteScopeOf(row);
  const officers = officersOf(row).map((o, i) => ({
    ...o,
    role: i === 0 ? ('lead' as const) : ('observer' as const),
  }));
  const open = row.state === 'scheduled' || row.state === 'live';
  const join = !open
    ? null
    : who.kind === 'applicant'
      ? who.id === row.applicant_id
        ? ('applicant' as const)
        : null
      : officerRole(scope, who.id);
  return {
    id: row.id,
    applicationId: row.application_id,
    caseRef: row.case_ref,
    county: row.jurisdiction_code,
    state: row.state,
    companyName: row.company_name,
    phoneMasked: row.phone_masked,
    // Staff views mask people's names (PRODUCT.md §9); the applicant sees their own contact.
    contactName: who.kind === 'staff' ? maskPersonName(row.contact_name) : row.contact_name,
    address: row.address,
    deadlineOn: row.deadline_on,
    on: row.appointment_on,
    at: row.appointment_at,
    checklistVersion: row.checklist_version,
    officers,
    clock: remoteClock(row.state, row.deadline_on, today, cal),
    version: row.version,
    createdAt: row.created_at,
    may: { move: row.state === 'scheduled' && mayMoveRemote(who, scope), join },
  };
}
