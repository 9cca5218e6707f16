import { Hono } from 'hono';
import type { JurisdictionsView } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { requireSignedIn } from '../../middleware/auth';
import { allJurisdictions } from './jurisdictions.repo';

/** Public reference data: the city and its county-level units (names, codes, seats). */
export const jurisdictionRoutes = new Hono<AppEnv>().get('/', requireSignedIn, async (c) => {
  const all = await allJurisdictions(getDb(c.env.DB));
  const city = all.find((j) => j.kind === 'city');
  const view: JurisdictionsView = {
    city: city ? { code: city.code, name: city.name, centre: [city.seatLng, city.seatLat] } : null,
    units: all
      .filter((j) => j.kind !== 'city')
      .map((j) => ({ code: j.code, name: j.name, kind: j.kind, seat: [j.seatLng, j.seatLat] })),
  };
  return c.json(view);
});
