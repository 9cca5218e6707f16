import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { requireStaff } from '../../middleware/auth';
import { sameOriginUpgrade } from '../../middleware/same-origin';
import { feed } from './live.feed';

/** Staff maps subscribe here (WebSocket upgrade from our own pages; session checked first). */
export const liveRoutes = new Hono<AppEnv>().get(
  '/feed',
  sameOriginUpgrade,
  requireStaff(),
  async (c) => {
    if (c.req.header('upgrade') !== 'websocket') throw new AppError('VALIDATION_FAILED');
    return feed(c.env).fetch(c.req.raw);
  },
);
