/** Seed data → SQL statements, in foreign-key order. */
import { demoRecord } from './demo-record';
import workdays from '../../core/data/workdays-2026.json';
import { maskIdNumber } from '../../core/masking';
import type { ApplicantRow } from './applicants';
import type { ApplicationRow } from './application-rows';
import { CITY, type Geography } from './geo';
import type { NotificationRow } from './inbox';
import type { GridRow } from './grids';
import { encryptPii, hmacHex } from './pii';
import type { LicenceRow } from './retail';
import type { SchoolRow } from './schools';
import { inserts, type SqlValue } from './sql';
import { MemoCalendar } from './cal';
import { CHECKLIST_VERSION, taskDeadline } from '../../core/tasks';
import type { StaffRow } from './staff';
import { renderRatings } from './ratings';
import { renderSupervision } from './render-supervision';
import { renderDocuments } from './documents';
import type { SeedSupervision } from './supervision';
import { renderRecords, type SeedRecord } from './records';

const cols = (s: string): string[] => s.split(' ');

export interface SeedData {
  today: string;
  geo: Geography;
  seqByUnit: Map<string, number>;
  staff: StaffRow[];
  applicants: ApplicantRow[];
  grids: GridRow[];
  licences: LicenceRow[];
  applications: ApplicationRow[];
  notifications: NotificationRow[];
  schools: SchoolRow[];
  supervision: SeedSupervision;
  /** The sales, distribution and internal-management systems' records. */
  records: SeedRecord[];
}

export function render(d: SeedData, piiKey: string): string[] {
  const stamp = `${d.today}T00:30:00.000Z`;
  const out: string[] = [];
  out.push(
    ...inserts(
      'jurisdictions',
      [
        'code',
        'name',
        'kind',
        'parent_code',
        'seat_lng',
        'seat_lat',
        'h3_res',
        'licence_pattern',
        'licence_seq',
      ],
      [
        [CITY.code, CITY.name, 'city', null, CITY.lng, CITY.lat, 8, '{county}{year}{seq:5}', 0],
        ...d.geo.units.map((u) => [
          u.code,
          u.name,
          u.kind,
          CITY.code,
          u.lng,
          u.lat,
          u.res,
          '{county}{year}{seq:5}',
          d.seqByUnit.get(u.code) ?? 0,
        ]),
      ],
    ),
    ...inserts('calendar_years', cols('year holidays_json makeup_json source'), [
      [
        workdays.year,
        JSON.stringify(workdays.holidays),
        JSON.stringify(workdays.makeup_workdays),
        workdays.source,
      ],
    ]),
    ...inserts(
      'staff_users',
      cols(
        'id username display_name role password_hash password_salt password_iterations active created_at',
      ),
      d.staff.map((s) => [
        s.id,
        s.username,
        s.displayName,
        s.role,
        s.passwordHash,
        s.passwordSalt,
        s.passwordIterations,
        true,
        '2026-01-05T01:00:00.000Z',
      ]),
    ),
    ...inserts(
      'staff_scopes',
      cols('staff_id jurisdiction_code'),
      d.staff.flatMap((s) => s.scopes.map((c) => [s.id, c])),
    ),
    ...inserts(
      'applicants',
      cols(
        'id phone real_name_verified name id_number_enc id_number_hash id_number_masked created_at',
      ),
      d.applicants.map((a) => [
        a.id,
        a.phone,
        a.verified,
        a.verified ? a.name : null,
        a.idNumber ? encryptPii(piiKey, a.idNumber, a.id) : null,
        a.idNumber ? hmacHex(piiKey, `id:${a.idNumber}`) : null,
        a.idNumber ? maskIdNumber(a.idNumber) : null,
        a.createdAt,
      ]),
    ),
    ...inserts(
      'grids',
      [
        'id',
        'jurisdiction_code',
        'kind',
        'h3_res',
        'population',
        'location_class',
        'consumption_index',
        'operating_cost_index',
        'capacity_computed',
        'capacity_override',
        'override_reason',
        'capacity',
        'retailer_count',
        'updated_at',
      ],
      d.grids.map((g) => [
        g.id,
        g.unit,
        'h3',
        g.res,
        g.population,
        g.klass,
        g.consumptionIndex,
        g.operatingCostIndex,
        g.capacityComputed,
        g.capacityOverride,
        g.overrideReason,
        g.capacity,
        g.retailerCount,
        stamp,
      ]),
    ),
    ...inserts(
      'schools',
      ['id', 'jurisdiction_code', 'name', 'kind', 'lat', 'lng', 'created_at'],
      d.schools.map((x) => [x.id, x.unit, x.name, x.kind, x.lat, x.lng, stamp]),
    ),
    ...inserts(
      'premises',
      ['id', 'jurisdiction_code', 'address', 'lat', 'lng', 'h3_cell', 'grid_id'],
      d.licences.map(({ premises: p }) => [
        p.id,
        p.unit,
        p.address,
        p.place.lat,
        p.place.lng,
        p.place.cell,
        p.place.cell,
      ]),
    ),
    ...inserts(
      'licences',
      cols(
        'id number holder_applicant_id holder_name shop_name credit_code premises_id jurisdiction_code status issued_on expires_on suspended_from suspended_until updated_at',
      ),
      d.licences.map((l) => [
        l.id,
        l.number,
        l.holderApplicantId,
        l.holderName,
        l.shopName,
        l.creditCode,
        l.premises.id,
        l.unit,
        l.status,
        l.issuedOn,
        l.expiresOn,
        l.suspendedFrom,
        l.suspendedUntil,
        l.updatedAt,
      ]),
    ),
    ...inserts(
      'applications',
      cols(
        'id ref applicant_id jurisdiction_code type status licence_id shop_name address lat lng grid_id form_json submitted_on accepted_on decided_on delivered_on terminated_on termination_ground termination_reason deadline extended correction_requested assigned_inspector_id version created_at updated_at',
      ),
      d.applications.map((a) => [
        a.id,
        a.ref,
        a.applicantId,
        a.unit,
        a.type,
        a.status,
        a.licenceId,
        a.shopName,
        a.address,
        a.lat,
        a.lng,
        a.gridId,
        a.formJson,
        a.submittedOn,
        a.acceptedOn,
        a.decidedOn,
        a.deliveredOn,
        a.terminatedOn,
        a.terminationGround,
        a.terminationReason,
        a.deadline,
        a.extended,
        a.correctionRequested,
        a.assignedInspectorId,
        a.version,
        a.createdAt,
        a.updatedAt,
      ]),
    ),
  );
  out.push(
    ...inserts(
      'case_inspectors',
      cols('application_id staff_id position'),
      d.applications.flatMap((a) => a.inspectorIds.map((s, i) => [a.id, s, i + 1])),
    ),
  );
  out.push(...renderTasks(d), ...demoRecord(d).sql);
  out.push(...renderRatings(d.applications, d.today, new MemoCalendar(), d.staff));
  out.push(...renderSupervision(d.supervision));
  out.push(...renderRecords(d.records));
  out.push(...renderDocuments(d.applications, d.licences, d.geo, verifiedNames(d), d.today));
  let ev = 0;
  out.push(
    ...inserts(
      'application_events',
      cols(
        'id application_id at actor_kind actor_id actor_name action from_status to_status reason data_json',
      ),
      d.applications.flatMap((a) =>
        a.events.map((e) => [
          `ev_${String(++ev).padStart(7, '0')}`,
          a.id,
          e.at,
          e.actorKind,
          e.actorId,
          e.actorName,
          e.action,
          e.from,
          e.to,
          e.reason,
          e.data ? JSON.stringify(e.data) : null,
        ]),
      ),
    ),
  );
  out.push(
    ...inserts(
      'notifications',
      cols(
        'id applicant_id application_id template title_zh body_zh title_en body_en created_at read_at',
      ),
      d.notifications.map((n) => [
        n.id,
        n.applicantId,
        n.applicationId,
        n.template,
        n.zh.title,
        n.zh.body,
        n.en.title,
        n.en.body,
        n.createdAt,
        n.readAt,
      ]),
    ),
  );
  return out;
}

/** China's calendar date of an instant. */
function chinaDay(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Each case's arranged check as the officers' task (core/tasks.ts): open while the case waits
 * for its result, done (with the result) once recorded; due 5 working days after arranging.
 */
function renderTasks(d: SeedData): string[] {
  const cal = new MemoCalendar();
  const rows: SqlValue[][] = [];
  const officers: SqlValue[][] = [];
  // A case on a licence (延续, 变更 …) names no new spot: its shop is the licence's premises.
  const shopOf = new Map(d.licences.map((l) => [l.id, l.premises.place]));
  for (const a of d.applications) {
    if (a.inspectorIds.length === 0) continue;
    const spot =
      a.lat !== null && a.lng !== null ? a : a.licenceId ? shopOf.get(a.licenceId) : null;
    const arranged = a.events.findLast((e) => e.action === 'require_inspection');
    if (!arranged) continue;
    const recorded = a.events.find((e) => e.action === 'record_inspection' && e.at >= arranged.at);
    const id = `task_${a.id}`;
    const on = chinaDay(arranged.at);
    rows.push([
      id,
      'case',
      a.id,
      'on_site',
      recorded ? 'done' : a.status === 'inspection' ? 'assigned' : 'cancelled',
      a.unit,
      a.shopName,
      a.address,
      spot?.lat ?? null,
      spot?.lng ?? null,
      CHECKLIST_VERSION,
      on,
      taskDeadline(on, cal),
      recorded ? recorded.at : null,
      recorded ? (recorded.data?.passed === false ? 0 : 1) : null,
      arranged.actorId ?? 'stf_admin',
      arranged.at,
    ]);
    a.inspectorIds.forEach((s, i) => officers.push([id, s, i + 1, recorded ? arranged.at : null]));
  }
  return [
    ...inserts(
      'inspection_tasks',
      cols(
        'id source application_id kind state jurisdiction_code place_name address lat lng checklist_version assigned_on due_on finished_at passed created_by created_at',
      ),
      rows,
    ),
    ...inserts('task_officers', cols('task_id staff_id position accepted_at'), officers),
  ];
}

/** The verified applicants' names (a document is addressed to them failing an operator). */
export function verifiedNames(d: SeedData): Map<string, string> {
  return new Map(d.applicants.filter((a) => a.verified).map((a) => [a.id, a.name]));
}
