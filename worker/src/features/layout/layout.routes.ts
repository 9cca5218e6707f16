/**
 * POST /api/layout/check: the layout check for one point, for applicants and staff alike.
 * GET /api/layout/county: the county a point lies in, by core's county rule (core/county.ts).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { LayoutCheckAnswer, LayoutCountyAnswer } from '../../../core/api';
import { crsSchema, toWgs84 } from '../../../core/coords';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireSignedIn } from '../../middleware/auth';
import { countyAt, countyFor } from '../grids/grids.locate';
import { layoutCheck } from './layout.service';

const checkSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** The county the form names; left out, the county the point lies in is used. */
  county: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** The system the point is in; a phone's GPS gives WGS-84, an AMap picker GCJ-02. */
  crs: crsSchema.default('WGS84'),
});

const pointSchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
});

export const layoutRoutes = new Hono<AppEnv>()
  .post('/check', requireSignedIn, json(checkSchema), async (c) => {
    const input = c.req.valid('json');
    const [lng, lat] = toWgs84(input.lng, input.lat, input.crs);
    // Outside the city, or in another county than the one named: refused with the right one.
    const { code, answer } = await countyFor(c.env.DB, lat, lng, input.county);
    const result = await layoutCheck(c.env.DB, { lat, lng, county: code });
    if (!result) throw new AppError('VALIDATION_FAILED', [{ path: 'county', message: 'unknown' }]);
    const body: LayoutCheckAnswer = { ...result, county: answer };
    return c.json(body);
  })
  .get('/county', requireSignedIn, query(pointSchema), async (c) => {
    const { lat, lng } = c.req.valid('query');
    const body: LayoutCountyAnswer = await countyAt(c.env.DB, lat, lng);
    return c.json(body);
  });
