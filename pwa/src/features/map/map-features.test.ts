import { cellToBoundary, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type { MapData } from '@core/map-data';
import type { MapFilters } from './map-data';
import { gridFeatures, retailersIn } from './map-features';
import { prepareMap } from './map-prepare';

const SCALE = 1e5;
const cell = latLngToCell(36.71, 119.1, 7);

/** One H3 grid holding 9 of 10 places and three retailers 0.01° apart eastwards. */
function download(): MapData {
  const origin: [number, number] = [119.1, 36.71];
  // Open rings, as the worker sends them.
  const ring = cellToBoundary(cell).map(([lat, lng]): [number, number] => [lng, lat]);
  const d: number[] = [];
  let x = Math.round(origin[0] * SCALE);
  let y = Math.round(origin[1] * SCALE);
  for (const [lng, lat] of ring) {
    d.push(Math.round(lng * SCALE) - x, Math.round(lat * SCALE) - y);
    x = Math.round(lng * SCALE);
    y = Math.round(lat * SCALE);
  }
  return {
    seq: 1,
    scale: SCALE,
    origin,
    counties: [
      { code: '370702', name: '潍城区', outline: ring },
      { code: '370703', name: '寒亭区', outline: ring },
    ],
    statuses: ['active', 'suspended', 'cancelled', 'expired'],
    grids: {
      id: [cell],
      county: [0],
      capacity: [10],
      count: [9],
      polygons: {},
      outline: { n: [ring.length], d },
    },
    // At 119.10 (active, 潍城区), 119.11 (cancelled), 119.12 (active, 寒亭区).
    retailers: { dx: [0, 1000, 1000], dy: [0, 0, 0], status: [0, 2, 0], county: [0, 0, 1] },
  };
}

const filters: MapFilters = {
  counties: null,
  statuses: ['active', 'suspended'],
  levels: ['green', 'yellow', 'red'],
};
const lngs = (f: ReturnType<typeof retailersIn>) =>
  f.features.map((x) => (x.geometry as { coordinates: number[] }).coordinates[0]?.toFixed(2));

describe('staff map features', () => {
  it('gives every grid its closed outline, county and saturation level', () => {
    const [g] = gridFeatures(prepareMap(download())).features;
    expect(g?.properties).toEqual({ id: cell, county: '370702', level: 'yellow' });
    const ring = (g?.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring.length).toBe(cellToBoundary(cell).length + 1);
    expect(ring[0]).toEqual(ring.at(-1));
  });

  it('keeps the retailers in view plus a quarter margin, by status and county', () => {
    const map = prepareMap(download());
    // View 119.09–119.11: margin 0.005 reaches 119.115, so 119.12 is out; 119.11 is cancelled.
    expect(lngs(retailersIn(map, [119.09, 36.7, 119.11, 36.72], filters))).toEqual(['119.10']);
    // A wider view takes in the 寒亭区 shop, unless only 潍城区 is chosen.
    const wide: [number, number, number, number] = [119.09, 36.7, 119.13, 36.72];
    expect(lngs(retailersIn(map, wide, filters))).toEqual(['119.10', '119.12']);
    expect(lngs(retailersIn(map, wide, { ...filters, counties: ['370702'] }))).toEqual(['119.10']);
    expect(lngs(retailersIn(map, wide, { ...filters, statuses: ['cancelled'] }))).toEqual([
      '119.11',
    ]);
  });
});
