import { Hono } from 'hono';
import type { FeedEvent } from '../../../core/live';
import type { AppEnv } from '../../app-env';
import type { Env } from '../../env';
import { config } from '../../env';
import { AppError } from '../../lib/errors';
import { requireStaff } from '../../middleware/auth';
import type { LiveFeed } from '../../durable-objects/live-feed';

function feed(env: Env): DurableObjectStub<LiveFeed> {
  return env.LIVE_FEED.get(env.LIVE_FEED.idFromName(config(env).cityCode));
}

/** Publishes one event to every open staff map of the city. */
export async function publishFeed(env: Env, event: FeedEvent): Promise<number | null> {
  return feed(env).publish(event);
}

/** Staff maps subscribe here (WebSocket upgrade, session cookie checked first). */
export const liveRoutes = new Hono<AppEnv>().get('/feed', requireStaff(), async (c) => {
  if (c.req.header('upgrade') !== 'websocket') throw new AppError('VALIDATION_FAILED');
  return feed(c.env).fetch(c.req.raw);
});
