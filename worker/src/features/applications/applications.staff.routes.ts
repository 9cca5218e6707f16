import { Hono } from 'hono';
import {
  queueQuerySchema,
  revealSchema,
  staffActionSchema,
  type ApplicationAnswer,
  type CaseLayoutAnswer,
  type IdNumberAnswer,
  type PhoneAnswer,
} from '../../../core/api';
import { parseSearchQuery } from '../../../core/search';
import { APPLICATION_STATUSES, CLOCKED_STATUSES } from '../../../core/application-state';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { decryptPii } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { encryptedIdNumber } from '../auth/me.service';
import { workCalendar } from '../calendar/calendar.service';
import {
  caseReadIsAudited,
  mayPerform,
  mayRevealIdNumber,
  mayRevealPhone,
} from '../../../core/access';
import { scopeOf, whoOf } from './applications.access';
import { findApplication, lastDecision, type ApplicationRow } from './applications.repo';
import { guardedCase, staffCase } from './applications.guard';
import { performStaffAction } from './case-actions';
import { caseLayout } from './layout-gate';
import type { LayoutCheckResult } from '../layout/layout.service';
import { caseDetail, queueResponse } from './applications.view';
import { appToday } from '../../lib/clock';

/** The full ID number: not for every staff member who may read the case (inspectors). */
function mayReveal(c: Ctx, row: ApplicationRow): void {
  if (!mayRevealIdNumber(whoOf(staffOf(c)), scopeOf(row))) throw new AppError('FORBIDDEN');
}

/** The full phone, to call the applicant back: whoever may read the case (core/access.ts). */
function mayRevealPhoneOf(c: Ctx, row: ApplicationRow): void {
  if (!mayRevealPhone(whoOf(staffOf(c)), scopeOf(row))) throw new AppError('FORBIDDEN');
}

/** The layout check a decision recorded (approve / refuse of a 新办), or null. */
async function decidedLayout(d1: D1Database, id: string): Promise<CaseLayoutAnswer | null> {
  const e = await lastDecision(d1, id);
  if (!e?.data_json || (e.action !== 'approve' && e.action !== 'refuse')) return null;
  let layout: unknown;
  try {
    layout = (JSON.parse(e.data_json) as { layout?: unknown }).layout;
  } catch {
    return null;
  }
  if (!layout || typeof layout !== 'object') return null;
  return {
    layout: layout as LayoutCheckResult,
    asOf: { kind: 'decision', at: e.at, actor: e.actor_name, action: e.action },
  };
}

export const applicationStaffRoutes = new Hono<AppEnv>()
  .use(requireStaff())
  .get('/', query(queueQuerySchema), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
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
      search: q.q ? parseSearchQuery(q.q) : undefined,
    };
    return c.json(await queueResponse(c.env.DB, filter, q.page, q.pageSize, today));
  })
  .get('/:id', staffCase('case'), async (c) => {
    const answer: ApplicationAnswer = {
      application: await caseDetail(c.env.DB, guardedCase(c), appToday(c.env), 'staff'),
    };
    return c.json(answer);
  })
  // The layout check at a 新办 case's premises: what the approval gate decides on while the
  // case is open, and the check as it was decided afterwards (or now, labelled, if none kept).
  .get('/:id/layout', staffCase('layout'), async (c) => {
    const row = guardedCase(c);
    const decided = row.type === 'new' ? await decidedLayout(c.env.DB, row.id) : null;
    const answer: CaseLayoutAnswer = decided ?? {
      layout: await caseLayout(c.env.DB, row),
      asOf: { kind: 'now', decided: row.decided_on !== null },
    };
    return c.json(answer);
  })
  // Full ID number of the applicant: only with a stated reason, always audited.
  .post('/:id/reveal-id', staffCase('reveal-id', mayReveal), json(revealSchema), async (c) => {
    const row = guardedCase(c);
    const { reason } = c.req.valid('json');
    const enc = await encryptedIdNumber(getDb(c.env.DB), row.applicant_id);
    if (!enc) throw new AppError('NOT_FOUND');
    await audit(c, {
      event: 'applicant_idnumber_revealed',
      subjectType: 'applicant',
      subjectId: row.applicant_id,
      detail: { reason, applicationId: row.id },
    });
    const answer: IdNumberAnswer = { idNumber: await decryptPii(c.env.PII_KEY, enc) };
    return c.json(answer);
  })
  // The applicant's full phone, to call them back: only with a stated reason, always audited.
  .post(
    '/:id/reveal-phone',
    staffCase('reveal-phone', mayRevealPhoneOf),
    json(revealSchema),
    async (c) => {
      const row = guardedCase(c);
      const { reason } = c.req.valid('json');
      if (!row.applicant_phone) throw new AppError('NOT_FOUND');
      await audit(c, {
        event: 'applicant_phone_revealed',
        subjectType: 'applicant',
        subjectId: row.applicant_id,
        detail: { reason, applicationId: row.id },
      });
      const answer: PhoneAnswer = { phone: row.applicant_phone };
      return c.json(answer);
    },
  )
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
    const answer: ApplicationAnswer = {
      application: await caseDetail(c.env.DB, updated, today, 'staff'),
    };
    return c.json(answer);
  });
