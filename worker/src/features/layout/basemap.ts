/**
 * Basemap adapter. Offline default: none (the map draws a plain background and our own county
 * outlines). In production a raster tile source such as Tianditu WMTS is configured by URL
 * template; its key stays in the worker, which proxies the tiles under /api/map/tiles.
 *
 *   BASEMAP_URL = "https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0
 *     &LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}"
 *   BASEMAP_KEY = (secret)   BASEMAP_ATTRIBUTION = "© 天地图 / Tianditu"
 */
import type { BasemapConfig } from '../../../core/api';
import type { Env } from '../../env';

export interface BasemapEnv {
  BASEMAP_URL?: string;
  BASEMAP_KEY?: string;
  BASEMAP_ATTRIBUTION?: string;
}

export function basemapConfig(env: Env): BasemapConfig | null {
  const e = env as Env & BasemapEnv;
  if (!e.BASEMAP_URL) return null;
  return {
    tiles: '/api/map/tiles/{z}/{x}/{y}',
    attribution: e.BASEMAP_ATTRIBUTION || '© 天地图 Tianditu',
    maxZoom: 18,
  };
}

/** The upstream URL of one tile, key included; null when no basemap is configured. */
export function upstreamTile(env: Env, z: number, x: number, y: number): string | null {
  const e = env as Env & BasemapEnv;
  if (!e.BASEMAP_URL) return null;
  return e.BASEMAP_URL.replaceAll('{z}', String(z))
    .replaceAll('{x}', String(x))
    .replaceAll('{y}', String(y))
    .replaceAll('{key}', encodeURIComponent(e.BASEMAP_KEY ?? ''));
}
