import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { applicantOf, requireApplicant } from '../../middleware/auth';
import { appNowIso } from '../../lib/clock';

interface Row {
  id: string;
  application_id: string | null;
  template: string;
  title_zh: string;
  body_zh: string;
  title_en: string;
  body_en: string;
  created_at: string;
  read_at: string | null;
}

/** The applicant's inbox (消息): every status change of their cases, newest first. */
export const notificationRoutes = new Hono<AppEnv>()
  .use(requireApplicant)
  .get('/', async (c) => {
    const p = applicantOf(c);
    const res = await c.env.DB.prepare(
      `SELECT id, application_id, template, title_zh, body_zh, title_en, body_en, created_at, read_at
       FROM notifications WHERE applicant_id = ? ORDER BY created_at DESC LIMIT 100`,
    )
      .bind(p.id)
      .all<Row>();
    const en = c.get('locale') === 'en';
    return c.json({
      items: res.results.map((r) => ({
        id: r.id,
        applicationId: r.application_id,
        template: r.template,
        title: en ? r.title_en : r.title_zh,
        body: en ? r.body_en : r.body_zh,
        createdAt: r.created_at,
        read: r.read_at !== null,
      })),
      unread: res.results.filter((r) => r.read_at === null).length,
    });
  })
  .post('/:id/read', async (c) => {
    const p = applicantOf(c);
    const res = await c.env.DB.prepare(
      `UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND applicant_id = ?`,
    )
      .bind(appNowIso(c.env), c.req.param('id'), p.id)
      .run();
    if (res.meta.changes !== 1) throw new AppError('NOT_FOUND');
    return c.json({ ok: true });
  });
