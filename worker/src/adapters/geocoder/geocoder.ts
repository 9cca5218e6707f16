/**
 * Geocoder adapter: finds places by name or address for the applicant's map picker
 * (`GET /api/geocode`). Offline default `local` searches the city's own data in D1; in
 * production `tianditu` asks Tianditu's place search (天地图 地名搜索 V2.0) and, for a full
 * address it does not know as a place, its geocoder (地理编码). The key stays in the worker.
 */
import type { GeocodePlace } from '../../../core/geocode';
import type { Env } from '../../env';
import { LocalGeocoder } from './geocoder.local';
import { TiandituGeocoder } from './geocoder.tianditu';

export interface Geocoder {
  readonly provider: string;
  /**
   * Up to `limit` places for a normalised query (core normaliseQuery), best first, in WGS-84;
   * the worker adds each one's county by core's rule.
   */
  search(q: string, limit: number): Promise<GeocodePlace[]>;
}

/** The configured geocoder: `local` (default) or `tianditu` (needs the secret TIANDITU_KEY). */
export function geocoder(env: Env): Geocoder {
  if (env.GEOCODER_PROVIDER === 'tianditu') {
    if (!env.TIANDITU_KEY) {
      throw new Error('GEOCODER_PROVIDER=tianditu needs the secret TIANDITU_KEY');
    }
    return new TiandituGeocoder(
      env.TIANDITU_KEY,
      env.CITY_CODE || '370700',
      env.TIANDITU_API_URL || 'https://api.tianditu.gov.cn',
    );
  }
  return new LocalGeocoder(env.DB);
}
