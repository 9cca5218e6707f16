import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env';
import { config } from '../../env';
import { appNow, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { hit } from '../../lib/rate-limit';
import { query } from '../../lib/validate';
import { getDb } from '../../db/client';
import { applicantOf, requireApplicant, requireStaff, staffOf } from '../../middleware/auth';
import { whoOf } from '../applications/applications.access';
import { clientIp } from '../auth/login-throttle';
import { eLicenceOf, printableELicence, verifyLicenceToken } from './e-licence.service';
import { eLicencePdf, pdfResponse } from './e-licence.pdf';
import { licencesOfHolder } from './licences.repo';

/** A licence id as the routes accept it: anything else is not a licence. */
const licenceId = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/** The applicant's own licences (我的许可证) and their e-licences (电子许可证). */
export const myLicenceRoutes = new Hono<AppEnv>()
  .get('/', requireApplicant, async (c) => {
    const items = await licencesOfHolder(c.env.DB, applicantOf(c).id);
    return c.json({ items });
  })
  .get('/:id/e-licence', requireApplicant, async (c) => {
    const who = whoOf(applicantOf(c));
    const parsed = licenceId.safeParse({ id: c.req.param('id') });
    if (!parsed.success) throw new AppError('NOT_FOUND');
    const origin = new URL(c.req.url).origin;
    return c.json(await eLicenceOf(c.env, who, parsed.data.id, appToday(c.env), origin));
  })
  // The same e-licence as a printable A4 PDF (font subset embedded, the QR as vectors).
  .get('/:id/e-licence.pdf', requireApplicant, async (c) => {
    const parsed = licenceId.safeParse({ id: c.req.param('id') });
    if (!parsed.success) throw new AppError('NOT_FOUND');
    const who = whoOf(applicantOf(c));
    const origin = new URL(c.req.url).origin;
    const l = await printableELicence(c.env, who, parsed.data.id, appToday(c.env), origin);
    return pdfResponse(c, await eLicencePdf(c.env, l), `烟草专卖零售许可证-${l.number}.pdf`);
  });

/** A licence's PDF printed at the window by staff of its county, for the holder. */
export const staffLicencePdfRoutes = new Hono<AppEnv>()
  .use(requireStaff())
  .get('/:id/e-licence.pdf', async (c) => {
    const parsed = licenceId.safeParse({ id: c.req.param('id') });
    if (!parsed.success) throw new AppError('NOT_FOUND');
    const who = whoOf(staffOf(c));
    const origin = new URL(c.req.url).origin;
    const l = await printableELicence(c.env, who, parsed.data.id, appToday(c.env), origin);
    return pdfResponse(c, await eLicencePdf(c.env, l), `烟草专卖零售许可证-${l.number}.pdf`);
  });

// Any text at all: a scanned code that is not a token is answered `invalid`, never 400.
const verifyQuery = z.object({ t: z.string().optional() });

/** What anyone who scans an e-licence's QR code may learn: no sign-in, always 200. */
export const publicLicenceRoutes = new Hono<AppEnv>().get(
  '/verify',
  query(verifyQuery),
  async (c) => {
    // Open to the world: a per-IP budget keeps it from being a licence-number oracle.
    const now = appNow(c.env);
    const n = await hit(getDb(c.env.DB), `verify:ip:${clientIp(c)}`, 60, now);
    if (n > config(c.env).verifyIpMinuteLimit) {
      throw new AppError('RATE_LIMITED', undefined, undefined, 60 - now.getUTCSeconds());
    }
    const token = c.req.valid('query').t ?? '';
    return c.json(await verifyLicenceToken(c.env, token, appToday(c.env)));
  },
);
