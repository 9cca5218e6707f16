/** A decision level's opinion on a case (承办人拟办 / 审核人审核), under the case's SOP. */
import { Hono } from 'hono';
import { opinionSchema } from '../../../core/sop';
import type { ApplicationAnswer } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { guardedCase, staffCase } from '../applications/applications.guard';
import { findApplication } from '../applications/applications.repo';
import { caseDetail } from '../applications/applications.view';
import { recordOpinion } from './sop.case';

export const opinionRoutes = new Hono<AppEnv>().post(
  '/:id/opinions',
  requireStaff(),
  staffCase('opinion'),
  json(opinionSchema),
  async (c) => {
    const row = guardedCase(c);
    await recordOpinion(c, staffOf(c), row, c.req.valid('json'));
    const updated = await findApplication(c.env.DB, row.id);
    if (!updated) throw new AppError('NOT_FOUND');
    const answer: ApplicationAnswer = {
      application: await caseDetail(c.env.DB, updated, appToday(c.env), 'staff'),
    };
    return c.json(answer);
  },
);
