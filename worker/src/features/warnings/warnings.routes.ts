/**
 * 许可业务预警: the stored warnings of the caller's scope, red first, their counts for the
 * workbench and the menu, and the acknowledgement with a note (who, when; audited). The rules
 * run elsewhere (warnings.job.ts): a page view only reads.
 */
import { Hono } from 'hono';
import { caseReadIsAudited } from '../../../core/access';
import {
  mayAcknowledgeWarning,
  mayReadWarning,
  warningAckSchema,
  warningsQuerySchema,
  type WarningsList,
} from '../../../core/warnings';
import type { AppEnv, StaffPrincipal } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import {
  acknowledgeStatement,
  listWarnings,
  openWarning,
  warningCounts,
  warningItem,
  type WarningReader,
} from './warnings.repo';

function readerOf(p: StaffPrincipal): WarningReader {
  return p.role === 'inspector' ? { assigneeId: p.id } : { counties: p.counties };
}

export const warningRoutes = new Hono<AppEnv>()
  .get('/', requireStaff(), query(warningsQuerySchema), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    if (caseReadIsAudited(staffWho(p))) {
      await audit(c, { event: 'application_list_read_admin', detail: { warnings: true, ...q } });
    }
    const reader = readerOf(p);
    const [page, counts] = await Promise.all([
      listWarnings(c.env.DB, reader, q),
      warningCounts(c.env.DB, reader, q.county),
    ]);
    const answer: WarningsList = { ...page, page: q.page, pageSize: q.pageSize, counts };
    return c.json(answer);
  })
  .get('/counts', requireStaff(), async (c) => {
    return c.json(await warningCounts(c.env.DB, readerOf(staffOf(c))));
  })
  .post(
    '/:id/acknowledge',
    requireStaff('clerk', 'approver', 'admin'),
    json(warningAckSchema),
    async (c) => {
      const p = staffOf(c);
      const id = c.req.param('id');
      if (id.length > 200) throw new AppError('WARNING_NOT_FOUND');
      const { note } = c.req.valid('json');
      const w = await openWarning(c.env.DB, id);
      const who = staffWho(p);
      if (!w || !mayReadWarning(who, w)) throw new AppError('WARNING_NOT_FOUND');
      if (!mayAcknowledgeWarning(who, w)) throw new AppError('FORBIDDEN');
      if (w.acknowledgedAt) throw new AppError('WARNING_ALREADY_ACKNOWLEDGED');
      const res = await acknowledgeStatement(
        c.env.DB,
        id,
        { id: p.id, name: p.displayName },
        note,
        appNowIso(c.env),
      ).run();
      if (res.meta.changes !== 1) throw new AppError('WARNING_ALREADY_ACKNOWLEDGED');
      await audit(c, {
        event: 'warning_acknowledged',
        subjectType: 'warning',
        subjectId: id,
        detail: { rule: w.rule, note },
      });
      const item = await warningItem(c.env.DB, id);
      if (!item) throw new AppError('INTERNAL');
      return c.json(item);
    },
  );
