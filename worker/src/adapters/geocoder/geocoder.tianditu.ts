/**
 * Production geocoder: Tianditu (天地图), the national platform, called from the worker with the
 * bureau's server key (secret TIANDITU_KEY); the browser never sees it. Its coordinates are
 * CGCS2000, which agrees with WGS-84 to centimetres: no conversion (unlike AMap's GCJ-02).
 *
 * 1. Place search V2.0, restricted to the city (行政区划区域搜索, queryType 12):
 *      GET {base}/v2/search?type=query&tk={key}
 *          &postStr={"keyWord":"胜利东街","queryType":12,"specify":"156370700","start":0,"count":10}
 *    → { "resultType": 1, "count": 3, "status": { "infocode": 1000, "cndesc": "服务正常" },
 *        "pois": [{ "name": "…", "address": "…", "lonlat": "119.12,36.71", "county": "奎文区", … }] }
 *    resultType 3 answers an administrative area instead: { "area": { "name", "lonlat", … } };
 *    infocode 3001 means "no data".
 * 2. Geocoder (地理编码), when the search finds nothing and the query reads like an address:
 *      GET {base}/geocoder?ds={"keyWord":"潍坊市奎文区胜利东街100号"}&tk={key}
 *    → { "status": "0", "msg": "ok",
 *        "location": { "lon": "119.13", "lat": "36.71", "level": "门址", "score": 100, … } }
 *    status 101 means "no result".
 */
import type { GeocodePlace } from '../../../core/geocode';
import { AppError } from '../../lib/errors';
import type { Geocoder } from './geocoder';

const TIMEOUT_MS = 5000;

interface SearchAnswer {
  resultType?: number;
  status?: { infocode?: number; cndesc?: string };
  pois?: { name?: string; address?: string; lonlat?: string; county?: string }[];
  area?: { name?: string; lonlat?: string };
}

interface GeocoderAnswer {
  status?: string;
  location?: { lon?: string | number; lat?: string | number; level?: string; keyWord?: string };
}

/** "119.12,36.71" or "119.12 36.71" → [lng, lat]; null when not two finite numbers. */
export function parseLonlat(s: string | undefined): [number, number] | null {
  const [x, y] = (s ?? '').split(/[\s,]+/).map(Number);
  return x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)
    ? [x, y]
    : null;
}

const looksLikeAddress = (q: string) => /[号路街道巷村镇]/u.test(q) && q.length >= 4;

export class TiandituGeocoder implements Geocoder {
  readonly provider = 'tianditu';
  constructor(
    private readonly key: string,
    private readonly cityCode: string,
    private readonly base: string,
  ) {}

  async search(q: string, limit: number): Promise<GeocodePlace[]> {
    const places = await this.placeSearch(q, limit);
    if (places.length === 0 && looksLikeAddress(q)) return this.geocode(q);
    return places;
  }

  private async get<T>(path: string, params: Record<string, string>): Promise<T> {
    const url = new URL(path, this.base);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    url.searchParams.set('tk', this.key);
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch {
      throw new AppError('GEOCODER_UNAVAILABLE');
    }
    if (!res.ok) throw new AppError('GEOCODER_UNAVAILABLE');
    try {
      return (await res.json()) as T;
    } catch {
      throw new AppError('GEOCODER_UNAVAILABLE');
    }
  }

  private async placeSearch(q: string, limit: number): Promise<GeocodePlace[]> {
    const a = await this.get<SearchAnswer>('/v2/search', {
      type: 'query',
      postStr: JSON.stringify({
        keyWord: q,
        queryType: 12,
        specify: `156${this.cityCode}`,
        start: 0,
        count: limit,
      }),
    });
    const code = a.status?.infocode;
    if (code === 3001) return [];
    if (code !== undefined && code !== 1000) throw new AppError('GEOCODER_UNAVAILABLE');
    if (a.resultType === 3 && a.area) {
      const p = parseLonlat(a.area.lonlat);
      return p && a.area.name
        ? [{ kind: 'place', label: a.area.name, detail: '', lng: p[0], lat: p[1] }]
        : [];
    }
    const out: GeocodePlace[] = [];
    for (const poi of a.pois ?? []) {
      const p = parseLonlat(poi.lonlat);
      if (!p || !poi.name) continue;
      out.push({
        kind: 'place',
        label: poi.name,
        detail: poi.address || poi.county || '',
        lng: p[0],
        lat: p[1],
      });
    }
    return out.slice(0, limit);
  }

  private async geocode(q: string): Promise<GeocodePlace[]> {
    const a = await this.get<GeocoderAnswer>('/geocoder', { ds: JSON.stringify({ keyWord: q }) });
    if (a.status !== '0' || !a.location) return [];
    const lng = Number(a.location.lon);
    const lat = Number(a.location.lat);
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return [];
    return [{ kind: 'address', label: q, detail: a.location.level ?? '', lng, lat }];
  }
}
