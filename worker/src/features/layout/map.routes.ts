/** The staff map's data (read by every staff role, within their counties) and the basemap. */
import { appToday } from '../../lib/clock';
import { Hono } from 'hono';
import { z } from 'zod';
import type { MapConfigView } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { staffWho } from '../applications/applications.access';
import { caseReadIsAudited } from '../../../core/access';
import { audit } from '../audit/audit.service';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { requireSignedIn, requireStaff, staffOf } from '../../middleware/auth';
import { basemapConfig, upstreamTile } from './basemap';
import { countyOutlines } from './map.data';
import { mapDownload } from './map.cache';
import { gridDetail, retailerAt } from './map.detail';

const pointSchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
});
const tileSchema = z.object({
  z: z.coerce.number().int().min(0).max(20),
  x: z.coerce.number().int().min(0),
  y: z.coerce.number().int().min(0),
});

export const mapRoutes = new Hono<AppEnv>()
  // The basemap and county outlines are not secret: the applicant's picker map uses them too.
  .get('/config', requireSignedIn, (c) => {
    const config: MapConfigView = { basemap: basemapConfig(c.env) };
    return c.json(config);
  })
  .get('/outlines', requireSignedIn, async (c) =>
    c.json({ counties: await countyOutlines(c.env.DB) }),
  )
  .get('/data', requireStaff(), async (c) => {
    const d = await mapDownload(c.env, staffOf(c).counties);
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      vary: 'accept-encoding',
    };
    // Compressed once when built rather than on every request (~0.9 MB of JSON).
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      return new Response(d.gzip, {
        headers: { ...headers, 'content-encoding': 'gzip' },
        encodeBody: 'manual',
      });
    }
    return c.body(d.json, 200, headers);
  })
  .get('/grids/:id', requireStaff(), async (c) => {
    const id = z.string().min(1).max(64).safeParse(c.req.param('id'));
    if (!id.success) throw new AppError('NOT_FOUND');
    const d = await gridDetail(c.env.DB, id.data, staffOf(c).counties);
    if (!d) throw new AppError('NOT_FOUND');
    return c.json(d);
  })
  .get('/retailers/at', requireStaff(), query(pointSchema), async (c) => {
    const p = c.req.valid('query');
    const who = staffWho(staffOf(c));
    const found = await retailerAt(c.env.DB, p.lat, p.lng, who, appToday(c.env));
    if (caseReadIsAudited(who) && found.licences.length > 0) {
      await audit(c, {
        event: 'licence_history_read_admin',
        subjectType: 'licence',
        subjectId: found.licences.map((l) => l.id).join(','),
      });
    }
    return c.json(found);
  })
  .get('/tiles/:z/:x/:y', requireSignedIn, async (c) => {
    const t = tileSchema.safeParse(c.req.param());
    const url = t.success ? upstreamTile(c.env, t.data.z, t.data.x, t.data.y) : null;
    if (!url) throw new AppError('NOT_FOUND');
    const res = await fetch(url);
    if (!res.ok) throw new AppError('NOT_FOUND');
    return new Response(res.body, {
      headers: { 'content-type': res.headers.get('content-type') ?? 'image/png' },
    });
  });
