/** POST /api/layout/check: the layout check for one point, for applicants and staff alike. */
import { Hono } from 'hono';
import { z } from 'zod';
import { crsSchema, insideCity, toWgs84 } from '../../../core/coords';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireSignedIn } from '../../middleware/auth';
import { countyConflict, countyMismatch } from '../grids/grids.locate';
import { layoutCheck } from './layout.service';

const checkSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  county: z.string().regex(/^\d{6}$/),
  /** The system the point is in; a phone's GPS gives WGS-84, an AMap picker GCJ-02. */
  crs: crsSchema.default('WGS84'),
});

export const layoutRoutes = new Hono<AppEnv>().post(
  '/check',
  requireSignedIn,
  json(checkSchema),
  async (c) => {
    const input = c.req.valid('json');
    const [lng, lat] = toWgs84(input.lng, input.lat, input.crs);
    if (!insideCity(lng, lat)) {
      throw new AppError('LOCATION_OUTSIDE_CITY', [{ path: 'lat', message: 'outside the city' }]);
    }
    const owner = await countyConflict(c.env.DB, lat, lng, input.county);
    if (owner) throw await countyMismatch(c.env.DB, owner);
    const result = await layoutCheck(c.env.DB, { lat, lng, county: input.county });
    if (!result) throw new AppError('VALIDATION_FAILED', [{ path: 'county', message: 'unknown' }]);
    return c.json(result);
  },
);
