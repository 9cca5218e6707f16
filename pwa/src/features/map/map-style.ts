/** Layer styles of the staff map: grids by saturation colour, retailers by licence status. */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapConfig } from '@core/api';
import type { SaturationLevel } from '@core/saturation';

/** Colours with enough contrast on the plain background; the side panel repeats them in words. */
const LEVEL: Record<SaturationLevel, string> = {
  green: '#2e8b57',
  yellow: '#e0a800',
  red: '#d0342c',
  none: '#7b8a9a',
};
export const levelColour = (l: SaturationLevel): string => LEVEL[l];

export const STATUS_COLOURS: Record<string, string> = {
  active: '#0b4f8a',
  suspended: '#8a5a00',
  cancelled: '#7b8a9a',
  expired: '#a0a0a0',
};

const level = ['coalesce', ['feature-state', 'level'], ['get', 'level']];
const levelPaint = [
  'match',
  level,
  'red',
  LEVEL.red,
  'yellow',
  LEVEL.yellow,
  'none',
  LEVEL.none,
  LEVEL.green,
];

export const GRID_LAYERS = [
  {
    id: 'grid-fill',
    type: 'fill',
    source: 'grids',
    paint: { 'fill-color': levelPaint, 'fill-opacity': 0.45 },
  },
  {
    id: 'grid-line',
    type: 'line',
    source: 'grids',
    paint: { 'line-color': levelPaint, 'line-width': 0.6 },
  },
] as LayerSpecification[];

export const RETAILER_LAYERS = [
  {
    id: 'retailer-point',
    type: 'circle',
    source: 'retailers',
    paint: {
      'circle-color': [
        'match',
        ['get', 's'],
        'active',
        STATUS_COLOURS.active,
        'suspended',
        STATUS_COLOURS.suspended,
        'cancelled',
        STATUS_COLOURS.cancelled,
        STATUS_COLOURS.expired,
      ],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 3, 16, 7],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  },
] as LayerSpecification[];

/** The basemap the worker configures (GET /api/map/config). */
export type Basemap = BasemapConfig;

/** The style before data: a plain background, and the configured raster basemap if any. */
export function baseStyle(basemap: Basemap | null): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } }],
  };
  if (basemap) {
    style.sources.basemap = {
      type: 'raster',
      tiles: [basemap.tiles],
      tileSize: 256,
      maxzoom: basemap.maxZoom,
      attribution: basemap.attribution,
    };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  }
  return style;
}
