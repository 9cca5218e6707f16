import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { phoneSchema } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { smsOutbox } from '../../db/schema';
import { config } from '../../env';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';

const outboxQuery = z.object({ phone: phoneSchema.optional() }).strict();

/**
 * Development helpers. Every route answers 404 unless DEV_OUTBOX=true, which production never
 * sets: the outbox holds sign-in codes.
 */
export const devRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (!config(c.env).devOutbox) throw new AppError('DEV_DISABLED');
    await next();
  })
  .get('/outbox', query(outboxQuery), async (c) => {
    const { phone } = c.req.valid('query');
    const rows = await getDb(c.env.DB)
      .select()
      .from(smsOutbox)
      .where(phone ? eq(smsOutbox.phone, phone) : undefined)
      .orderBy(desc(smsOutbox.createdAt))
      .limit(50);
    return c.json({
      messages: rows.map((r) => ({
        id: r.id,
        phone: r.phone,
        text: r.text,
        createdAt: r.createdAt,
      })),
    });
  });
