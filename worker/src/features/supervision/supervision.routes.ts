/** Post-licence supervision (双随机、一公开): the staff routes, mounted at /api/supervision. */
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { planRoutes } from './plans.routes';
import { recordRoutes } from './records.routes';
import { registerRoutes } from './register.routes';

export const supervisionRoutes = new Hono<AppEnv>()
  .route('/', planRoutes)
  .route('/', registerRoutes)
  .route('/', recordRoutes);
