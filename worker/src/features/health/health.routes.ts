import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { appNowIso, appToday } from '../../lib/clock';

export const VERSION = '0.1.0';

/** Liveness: answers without touching D1 so it measures the runtime alone (bench baseline). */
export const healthRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json({
    ok: true,
    service: 'xuke',
    version: VERSION,
    time: appNowIso(c.env),
    today: appToday(c.env),
  }),
);
