/**
 * Route guards that load the case named in the path before anything else reads the request: a
 * caller who may not touch the case is refused (404, as if it did not exist, or 403) before
 * their body is validated, so a stranger can never learn anything from a 400.
 */
import { createMiddleware } from 'hono/factory';
import { caseReadIsAudited, mayReadCase } from '../../../core/access';
import type { AppEnv, Ctx } from '../../app-env';
import { AppError } from '../../lib/errors';
import { applicantOf, staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { scopeOf, whoOf } from './applications.access';
import { findApplication, type ApplicationRow } from './applications.repo';

/** The case loaded by the route's guard (a route without one is a programming error). */
export function guardedCase(c: Ctx): ApplicationRow {
  const row = c.get('case');
  if (!row) throw new Error(`no case guard on ${c.req.method} ${c.req.path}`);
  return row;
}

/** The applicant's own case, or 404 exactly as if it did not exist. */
export async function ownCase(c: Ctx, id: string): Promise<ApplicationRow> {
  const p = applicantOf(c);
  const row = id.length <= 64 ? await findApplication(c.env.DB, id) : null;
  if (!row || row.applicant_id !== p.id) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * Loads a case the staff member may read, or 404 exactly as if it did not exist. An admin's
 * read is audited (PRODUCT.md §9: all cases, audited).
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

/** Guards `/:id` routes of the applicant; `check` refuses what the case's state forbids. */
export function applicantCase(check?: (row: ApplicationRow) => void) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const row = await ownCase(c, c.req.param('id') ?? '');
    check?.(row);
    c.set('case', row);
    await next();
  });
}

/**
 * Guards `/:id` routes of staff; `what` names the read in the admin's audit record, `check`
 * refuses what the caller may not do to a case they may read.
 */
export function staffCase(what: string, check?: (c: Ctx, row: ApplicationRow) => void) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const row = await readableCase(c, c.req.param('id') ?? '', what);
    check?.(c, row);
    c.set('case', row);
    await next();
  });
}
