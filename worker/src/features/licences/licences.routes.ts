import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { applicantOf, requireApplicant } from '../../middleware/auth';
import { licencesOfHolder } from './licences.repo';

/** The applicant's own licences (我的许可证). */
export const myLicenceRoutes = new Hono<AppEnv>().get('/', requireApplicant, async (c) => {
  const items = await licencesOfHolder(c.env.DB, applicantOf(c).id);
  return c.json({ items });
});
