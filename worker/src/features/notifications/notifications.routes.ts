import { Hono } from 'hono';
import type { InboxView } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { applicantOf, requireApplicant } from '../../middleware/auth';
import { appNowIso } from '../../lib/clock';
import { markRead, notificationsOf } from './notifications.repo';

/** The applicant's inbox (消息): every status change of their cases, newest first. */
export const notificationRoutes = new Hono<AppEnv>()
  .use(requireApplicant)
  .get('/', async (c) => {
    const rows = await notificationsOf(c.env.DB, applicantOf(c).id);
    const en = c.get('locale') === 'en';
    const inbox: InboxView = {
      items: rows.map((r) => ({
        id: r.id,
        applicationId: r.application_id,
        template: r.template,
        title: en ? r.title_en : r.title_zh,
        body: en ? r.body_en : r.body_zh,
        createdAt: r.created_at,
        read: r.read_at !== null,
      })),
      unread: rows.filter((r) => r.read_at === null).length,
    };
    return c.json(inbox);
  })
  .post('/:id/read', async (c) => {
    const read = await markRead(c.env.DB, applicantOf(c).id, c.req.param('id'), appNowIso(c.env));
    if (!read) throw new AppError('NOT_FOUND');
    return c.json({ ok: true });
  });
