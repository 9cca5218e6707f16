import { Hono } from 'hono';
import { z } from 'zod';
import { phoneSchema } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { latestOutbox } from '../../adapters/sms/sms.outbox';
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
    return c.json({ messages: await latestOutbox(c.env.DB, phone) });
  });
