import { Hono } from 'hono';
import { queueQuerySchema, revealSchema, staffActionSchema } from '../../../core/api';
import { APPLICATION_STATUSES, isOpen } from '../../../core/application-state';
import type { ApplicationStatus } from '../../../core/application-state';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { decryptPii } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import { mayPerform, mayRevealIdNumber } from '../../../core/access';
import { scopeOf, whoOf } from './applications.access';
import { eventsOf, findApplication, type ApplicationRow } from './applications.repo';
import { guardedCase, staffCase } from './applications.guard';
import { performStaffAction } from './case-actions';
import { caseLayout } from './layout-gate';
import { queueResponse, toDetail } from './applications.view';
import { appToday } from '../../lib/clock';

export const OPEN_STATUSES = APPLICATION_STATUSES.filter(isOpen);
/** Open, plus approved cases whose delivery clock still runs. */
export const CLOCKED_STATUSES: ApplicationStatus[] = [...OPEN_STATUSES, 'approved'];

/** The full ID number: not for every staff member who may read the case (inspectors). */
function mayReveal(c: Ctx, row: ApplicationRow): void {
  if (!mayRevealIdNumber(whoOf(staffOf(c)), scopeOf(row))) throw new AppError('FORBIDDEN');
}

export const applicationStaffRoutes = new Hono<AppEnv>()
  .use(requireStaff())
  .get('/', query(queueQuerySchema), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    if (q.county && !p.counties.includes(q.county)) {
      return c.json({ items: [], total: 0, page: q.page, pageSize: q.pageSize });
    }
    const statuses =
      q.status === 'open'
        ? CLOCKED_STATUSES
        : q.status === 'all'
          ? APPLICATION_STATUSES.filter((s) => s !== 'draft')
          : q.status === 'draft'
            ? []
            : [q.status];
    const today = appToday(c.env);
    const cal = await workCalendar(getDb(c.env.DB));
    const filter = {
      counties: q.county ? [q.county] : p.counties,
      statuses,
      type: q.type,
      inspectorId: p.role === 'inspector' ? p.id : undefined,
      ...(q.due === 'overdue' ? { deadlineTo: cal.addDays(today, -1, 'calendar') } : {}),
      ...(q.due === 'soon'
        ? { deadlineFrom: today, deadlineTo: cal.addWorkingDays(today, 1) }
        : {}),
    };
    return c.json(await queueResponse(c.env.DB, filter, q.page, q.pageSize, today));
  })
  .get('/:id', staffCase('case'), async (c) => {
    const row = guardedCase(c);
    const db = getDb(c.env.DB);
    const [cal, all, events] = await Promise.all([
      workCalendar(db),
      allJurisdictions(db),
      eventsOf(c.env.DB, row.id),
    ]);
    return c.json({ application: toDetail(row, events, cal, appToday(c.env), all) });
  })
  // The layout check at a 新办 case's premises: what the approval gate will decide on.
  .get('/:id/layout', staffCase('layout'), async (c) => {
    const row = guardedCase(c);
    return c.json({ layout: await caseLayout(c.env.DB, row) });
  })
  // Full ID number of the applicant: only with a stated reason, always audited.
  .post('/:id/reveal-id', staffCase('reveal-id', mayReveal), json(revealSchema), async (c) => {
    const row = guardedCase(c);
    const { reason } = c.req.valid('json');
    const a = await getDb(c.env.DB).query.applicants.findFirst({
      where: (t, { eq }) => eq(t.id, row.applicant_id),
    });
    if (!a?.idNumberEnc) throw new AppError('NOT_FOUND');
    await audit(c, {
      event: 'applicant_idnumber_revealed',
      subjectType: 'applicant',
      subjectId: a.id,
      detail: { reason, applicationId: row.id },
    });
    return c.json({ idNumber: await decryptPii(c.env.PII_KEY, a.idNumberEnc) });
  })
  .post('/:id/actions', staffCase('actions'), json(staffActionSchema), async (c) => {
    const p = staffOf(c);
    const row = guardedCase(c);
    const input = c.req.valid('json');
    if (!mayPerform(whoOf(p), input.action, scopeOf(row))) throw new AppError('FORBIDDEN');
    const cal = await workCalendar(getDb(c.env.DB));
    const today = appToday(c.env);
    await performStaffAction(c, p, row, input, cal, today);
    const updated = await findApplication(c.env.DB, row.id);
    if (!updated) throw new AppError('NOT_FOUND');
    const db = getDb(c.env.DB);
    return c.json({
      application: toDetail(
        updated,
        await eventsOf(c.env.DB, row.id),
        cal,
        today,
        await allJurisdictions(db),
      ),
    });
  });
