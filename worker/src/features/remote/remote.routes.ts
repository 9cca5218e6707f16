/**
 * 云上核查: registering a remote video inspection from a case in 核查, reading it, and moving
 * its appointment. The applicant is told by inbox and SMS each time. Who may do what is core's
 * (core/remote-inspection.ts): a caller who may not read an inspection gets 404, one who may
 * read it but not act 403.
 */
import { Hono } from 'hono';
import { mayReadCase } from '../../../core/access';
import { inspectionKindOf, parseVersionId } from '../../../core/checklist-catalogue';
import { maskPhone } from '../../../core/masking';
import {
  appointmentProblem,
  mayMoveRemote,
  mayReadRemote,
  mayRegisterRemote,
  remoteMoveSchema,
  remoteOfficersProblem,
  remoteRegisterSchema,
  remoteListQuery,
  statesOf,
  type RemotePage,
} from '../../../core/remote-inspection';
import type { AppEnv, Ctx, Principal } from '../../app-env';
import { getDb } from '../../db/client';
import { appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { applicantOf, requireApplicant, requireStaff, staffOf } from '../../middleware/auth';
import { scopeOf, staffWho, whoOf } from '../applications/applications.access';
import { findApplication } from '../applications/applications.repo';
import { checkInspectors } from '../applications/case-actions';
import { audit, auditInsert } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { findVersion } from '../checklists/checklists.repo';
import { appointmentNotice } from './remote.notify';
import { joinRoom, mediaConfig } from './remote.room';
import { sameOriginUpgrade } from '../../middleware/same-origin';
import { findRemote, listRemote, remoteScopeOf, remoteView, type RemoteRow } from './remote.repo';

/** The inspection if the caller may read it (404 otherwise, as if it did not exist). */
async function readable(c: Ctx, p: Principal, id: string): Promise<RemoteRow> {
  const row = await findRemote(c.env.DB, id);
  if (!row || !mayReadRemote(whoOf(p), remoteScopeOf(row))) throw new AppError('NOT_FOUND');
  return row;
}

async function answer(c: Ctx, p: Principal, id: string) {
  const row = await readable(c, p, id);
  const cal = await workCalendar(getDb(c.env.DB));
  return remoteView(row, whoOf(p), appToday(c.env), cal);
}

export const remoteStaffRoutes = new Hono<AppEnv>()
  // 远程核查: inspectors their own; clerks and approvers their counties; admins all (audited).
  .get('/', requireStaff(), query(remoteListQuery), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    const { rows, total } = await listRemote(
      c.env.DB,
      {
        counties: p.role === 'admin' || p.role === 'inspector' ? null : p.counties,
        officerId: p.role === 'inspector' ? p.id : undefined,
        applicationId: q.applicationId,
        states: statesOf(q.state),
      },
      q.page,
      q.pageSize,
    );
    if (p.role === 'admin')
      await audit(c, { event: 'remote_inspection_list_read_admin', detail: q });
    const cal = await workCalendar(getDb(c.env.DB));
    const today = appToday(c.env);
    const page: RemotePage = {
      items: rows.map((r) => remoteView(r, staffWho(p), today, cal)),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
    return c.json(page);
  })
  .get('/:id', requireStaff(), async (c) => {
    const p = staffOf(c);
    return c.json({ inspection: await answer(c, p, c.req.param('id')) });
  })
  // The call's media settings for one of its officers (ICE servers; secrets stay here).
  .get('/:id/media', requireStaff(), async (c) => {
    const p = staffOf(c);
    return c.json(await mediaConfig(c, await readable(c, p, c.req.param('id')), p));
  })
  // The call: its officers join the room (WebSocket from our own pages).
  .get('/:id/room', sameOriginUpgrade, requireStaff(), async (c) => {
    const p = staffOf(c);
    const row = await readable(c, p, c.req.param('id'));
    return joinRoom(c, row, p);
  })
  // Moving the appointment (only while it is still to come); the applicant is told again.
  .put('/:id/appointment', requireStaff(), json(remoteMoveSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const row = await readable(c, p, c.req.param('id'));
    if (!mayMoveRemote(staffWho(p), remoteScopeOf(row))) throw new AppError('FORBIDDEN');
    if (row.state !== 'scheduled') throw new AppError('ILLEGAL_TRANSITION');
    if (row.version !== b.version) throw new AppError('CONFLICT');
    if (appointmentProblem(b.on, row.deadline_on, appToday(c.env)))
      throw new AppError('REMOTE_APPOINTMENT_INVALID');
    const app = await findApplication(c.env.DB, row.application_id);
    if (!app) throw new AppError('NOT_FOUND');
    const told = appointmentNotice(
      c,
      {
        inspectionId: row.id,
        applicantId: row.applicant_id,
        applicationId: row.application_id,
        ref: row.case_ref,
        type: app.type,
        on: b.on,
        at: b.at,
        reason: b.reason,
        // Told only when the move happened: the version moved on in this batch.
        version: b.version + 1,
      },
      'remote_inspection_moved',
    );
    const d1 = c.env.DB;
    const [moved] = await d1.batch([
      d1
        .prepare(
          `UPDATE remote_inspections SET appointment_on = ?, appointment_at = ?,
             version = version + 1 WHERE id = ? AND version = ? AND state = 'scheduled'`,
        )
        .bind(b.on, b.at, row.id, b.version),
      told.statement,
    ]);
    if ((moved?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
    await audit(c, {
      event: 'remote_inspection_moved',
      subjectType: 'remote_inspection',
      subjectId: row.id,
      detail: {
        from: `${row.appointment_on} ${row.appointment_at}`,
        to: `${b.on} ${b.at}`,
        reason: b.reason,
      },
    });
    told.sendSms();
    return c.json({ inspection: await answer(c, p, row.id) });
  })
  // Registration from a case in 核查: the five fields, the appointment, the officers, the list.
  .post('/', requireStaff(), json(remoteRegisterSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const who = staffWho(p);
    const app =
      b.applicationId.length <= 64 ? await findApplication(c.env.DB, b.applicationId) : null;
    if (!app || !mayReadCase(who, scopeOf(app))) throw new AppError('NOT_FOUND');
    if (!mayRegisterRemote(who, app.jurisdiction_code)) throw new AppError('FORBIDDEN');
    if (app.status !== 'inspection') throw new AppError('REMOTE_CASE_STATUS');
    const applicant = await c.env.DB.prepare('SELECT phone FROM applicants WHERE id = ?')
      .bind(app.applicant_id)
      .first<{ phone: string }>();
    if (applicant?.phone !== b.phone) throw new AppError('REMOTE_PHONE_MISMATCH');
    const kind = inspectionKindOf(app.type);
    const list = await findVersion(c.env.DB, b.checklistVersion);
    if (!kind || !list || parseVersionId(list.id)?.kind !== kind)
      throw new AppError('REMOTE_CHECKLIST');
    if (appointmentProblem(b.on, b.deadlineOn, appToday(c.env)))
      throw new AppError('REMOTE_APPOINTMENT_INVALID');
    if (remoteOfficersProblem(b.leadId, b.observerIds)) throw new AppError('INVALID_INSPECTORS');
    const officerIds = [b.leadId, ...b.observerIds];
    await checkInspectors(c, app, officerIds);

    const id = `rmt_${crypto.randomUUID()}`;
    const d1 = c.env.DB;
    const told = appointmentNotice(
      c,
      {
        inspectionId: id,
        applicantId: app.applicant_id,
        applicationId: app.id,
        ref: app.ref,
        type: app.type,
        on: b.on,
        at: b.at,
        version: 1,
      },
      'remote_inspection',
    );
    const [insert] = await d1.batch([
      // One open remote inspection per case, decided inside the batch.
      d1
        .prepare(
          `INSERT INTO remote_inspections (id, application_id, applicant_id, jurisdiction_code,
             kind, state, company_name, phone_masked, contact_name, address, deadline_on,
             appointment_on, appointment_at, checklist_version, created_by, created_at)
           SELECT ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
           WHERE NOT EXISTS (SELECT 1 FROM remote_inspections WHERE application_id = ?
             AND state IN ('scheduled', 'live'))`,
        )
        .bind(
          id,
          app.id,
          app.applicant_id,
          app.jurisdiction_code,
          kind,
          b.companyName,
          maskPhone(b.phone),
          b.contactName,
          b.address,
          b.deadlineOn,
          b.on,
          b.at,
          list.id,
          p.id,
          appNowIso(c.env),
          app.id,
        ),
      ...officerIds.map((s, i) =>
        d1
          .prepare(
            `INSERT INTO remote_officers (inspection_id, staff_id, position)
             SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM remote_inspections WHERE id = ?)`,
          )
          .bind(id, s, i + 1, id),
      ),
      told.statement,
    ]);
    if ((insert?.meta.changes ?? 0) !== 1) throw new AppError('REMOTE_ALREADY_OPEN');
    await auditInsert(c, {
      event: 'remote_inspection_registered',
      subjectType: 'remote_inspection',
      subjectId: id,
      detail: {
        applicationId: app.id,
        checklist: list.id,
        on: b.on,
        at: b.at,
        officers: officerIds,
      },
    });
    told.sendSms();
    return c.json({ inspection: await answer(c, p, id) }, 201);
  });

/** The applicant's side: their own remote inspections, to see the time and join. */
export const remoteApplicantRoutes = new Hono<AppEnv>()
  .get('/', requireApplicant, async (c) => {
    const p = applicantOf(c);
    const { rows } = await listRemote(
      c.env.DB,
      { applicantId: p.id, states: ['scheduled', 'live', 'sealed'] },
      1,
      50,
    );
    const cal = await workCalendar(getDb(c.env.DB));
    const today = appToday(c.env);
    return c.json({ items: rows.map((r) => remoteView(r, whoOf(p), today, cal)) });
  })
  .get('/:id', requireApplicant, async (c) => {
    const p = applicantOf(c);
    return c.json({ inspection: await answer(c, p, c.req.param('id')) });
  })
  .get('/:id/media', requireApplicant, async (c) => {
    const p = applicantOf(c);
    return c.json(await mediaConfig(c, await readable(c, p, c.req.param('id')), p));
  })
  // The applicant of the inspection's case joins the call; anyone else is not found.
  .get('/:id/room', sameOriginUpgrade, requireApplicant, async (c) => {
    const p = applicantOf(c);
    const row = await readable(c, p, c.req.param('id'));
    return joinRoom(c, row, p);
  });
