import { Hono } from 'hono';
import { queueQuerySchema, revealSchema, staffActionSchema } from '../../../core/api';
import { APPLICATION_STATUSES, CLOCKED_STATUSES } from '../../../core/application-state';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { decryptPii } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { jsonBody, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import {
  caseReadIsAudited,
  mayPerform,
  mayReadCase,
  mayRevealIdNumber,
} from '../../../core/access';
import { scopeOf, whoOf } from './applications.access';
import { eventsOf, findApplication, type ApplicationRow } from './applications.repo';
import { performStaffAction } from './case-actions';
import { caseLayout } from './layout-gate';
import { queueResponse, toDetail } from './applications.view';
import { appToday } from '../../lib/clock';

/**
 * Loads a case the caller may read, or 404 exactly as if it did not exist. An admin's read is
 * audited (PRODUCT.md §9: all cases, audited).
 */
async function readableCase(c: Ctx, id: string, what: string): Promise<ApplicationRow> {
  const who = whoOf(staffOf(c));
  const row = id.length <= 64 ? await findApplication(c.env.DB, id) : null;
  if (!row || !mayReadCase(who, scopeOf(row))) throw new AppError('NOT_FOUND');
  if (caseReadIsAudited(who)) {
    await audit(c, {
      event: 'application_read_admin',
      subjectType: 'application',
      subjectId: row.id,
      detail: { what },
    });
  }
  return row;
}

export const applicationStaffRoutes = new Hono<AppEnv>()
  .use(requireStaff())
  .get('/', async (c) => {
    const p = staffOf(c);
    const q = query(c, queueQuerySchema);
    // An admin reads every county's cases (names, addresses): each list read is on record.
    if (caseReadIsAudited(whoOf(p))) {
      await audit(c, { event: 'application_list_read_admin', detail: { ...q } });
    }
    if (q.county && !p.counties.includes(q.county)) {
      return c.json({ items: [], total: 0, page: q.page, pageSize: q.pageSize });
    }
    const statuses =
      q.status === 'open'
        ? [...CLOCKED_STATUSES]
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
  .get('/:id', async (c) => {
    const row = await readableCase(c, c.req.param('id'), 'case');
    const db = getDb(c.env.DB);
    const [cal, all, events] = await Promise.all([
      workCalendar(db),
      allJurisdictions(db),
      eventsOf(c.env.DB, row.id),
    ]);
    return c.json({ application: toDetail(row, events, cal, appToday(c.env), all) });
  })
  // The layout check at a 新办 case's premises: what the approval gate will decide on.
  .get('/:id/layout', async (c) => {
    const row = await readableCase(c, c.req.param('id'), 'layout');
    return c.json({ layout: await caseLayout(c.env.DB, row) });
  })
  // Full ID number of the applicant: only with a stated reason, always audited.
  .post('/:id/reveal-id', async (c) => {
    const row = await readableCase(c, c.req.param('id'), 'reveal-id');
    if (!mayRevealIdNumber(whoOf(staffOf(c)), scopeOf(row))) throw new AppError('FORBIDDEN');
    const { reason } = await jsonBody(c, revealSchema);
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
  .post('/:id/actions', async (c) => {
    const p = staffOf(c);
    const row = await readableCase(c, c.req.param('id'), 'actions');
    const input = await jsonBody(c, staffActionSchema);
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
