/**
 * GET /api/geocode?q=…: places by name or address for the map picker, through the configured
 * geocoder adapter (local data, or Tianditu in production), each with the county it lies in by
 * core's county rule. Signed-in users only, and rate-limited per user: every search may be a
 * call on the bureau's Tianditu quota.
 */
import { Hono } from 'hono';
import { geocodeQuerySchema, type GeocodeAnswer, type GeocodeHit } from '../../../core/geocode';
import { geocoder } from '../../adapters/geocoder/geocoder';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { config } from '../../env';
import { appNow } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { hit } from '../../lib/rate-limit';
import { query } from '../../lib/validate';
import { requireSignedIn } from '../../middleware/auth';
import { countiesAt } from '../grids/grids.locate';

/** Hits listed at most: a phone screen's worth. */
const LIMIT = 10;

export const geocodeRoutes = new Hono<AppEnv>().get(
  '/',
  requireSignedIn,
  query(geocodeQuerySchema),
  async (c) => {
    const { q } = c.req.valid('query');
    const who = c.get('principal');
    const cfg = config(c.env);
    const now = appNow(c.env);
    const db = getDb(c.env.DB);
    const key = `geocode:${who?.kind}:${who?.id}`;
    if (
      (await hit(db, `${key}:min`, 60, now)) > cfg.geocodeMinuteLimit ||
      (await hit(db, `${key}:day`, 86_400, now)) > cfg.geocodeDailyLimit
    ) {
      throw new AppError('RATE_LIMITED', undefined, undefined, 60);
    }
    const adapter = geocoder(c.env);
    const places = await adapter.search(q, LIMIT);
    const counties = await countiesAt(c.env.DB, places);
    // A place the county rule puts outside the city is of no use to a shop here.
    const hits: GeocodeHit[] = places.flatMap((p, i) => {
      const county = counties[i]?.county;
      return county ? [{ ...p, county }] : [];
    });
    const answer: GeocodeAnswer = { q, provider: adapter.provider, hits };
    return c.json(answer);
  },
);
