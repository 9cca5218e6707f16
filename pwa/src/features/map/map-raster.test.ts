import { cellToBoundary, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type { MapData } from '@core/map-data';
import type { MapFilters } from './map-data';
import { prepareMap } from './map-prepare';
import { drawOverview, rasterFrame } from './map-raster';

const SCALE = 1e5;
const cell = latLngToCell(36.71, 119.1, 7);

/** A download with one H3 grid (outline delta-coded as the worker does) and two retailers. */
function download(count: number): MapData {
  const origin: [number, number] = [119.1, 36.71];
  const d: number[] = [];
  let x = Math.round(origin[0] * SCALE);
  let y = Math.round(origin[1] * SCALE);
  const ring = cellToBoundary(cell, true);
  for (const [lng, lat] of ring) {
    d.push(Math.round(lng * SCALE) - x, Math.round(lat * SCALE) - y);
    x = Math.round(lng * SCALE);
    y = Math.round(lat * SCALE);
  }
  return {
    seq: 3,
    scale: SCALE,
    origin,
    counties: [{ code: '370702', name: '潍城区', outline: ring }],
    statuses: ['active', 'suspended', 'cancelled', 'expired'],
    grids: {
      id: [cell],
      county: [0],
      capacity: [10],
      count: [count],
      polygons: {},
      outline: { n: [ring.length], d },
    },
    // Two retailers 0.01° east of the grid's centre point, one active, one cancelled.
    retailers: { dx: [0, 1000], dy: [0, 0], status: [0, 2], county: [0, 0] },
  };
}

const all: MapFilters = {
  counties: null,
  statuses: ['active', 'suspended'],
  levels: ['green', 'yellow', 'red'],
};

function pixel(data: MapData, filters: MapFilters, lng: number, lat: number) {
  const map = prepareMap(data);
  const r = drawOverview(map, filters);
  const f = rasterFrame(map.bounds);
  const i = (Math.floor(f.y(lat)) * r.width + Math.floor(f.x(lng))) * 4;
  return [...r.pixels.slice(i, i + 4)];
}

describe('map overview raster', () => {
  it('decodes the outlines of the download exactly as sent', () => {
    const map = prepareMap(download(1));
    const ring = cellToBoundary(cell, true);
    expect(map.seq).toBe(3);
    expect(map.grids.ringStart[1]).toBe(ring.length);
    expect(map.grids.ring[0]).toBeCloseTo(ring[0]?.[0] ?? 0, 5);
    expect(map.grids.ring[1]).toBeCloseTo(ring[0]?.[1] ?? 0, 5);
  });

  it('fills a grid in its saturation colour, premultiplied, and leaves the outside clear', () => {
    // 1 of 10: green (#2e8b57) at 42%.
    const [r, g, b, a] = pixel(download(1), all, 119.1, 36.707);
    expect(a).toBe(107);
    expect([r, g, b]).toEqual([19, 58, 37]);
    expect(pixel(download(1), all, 119.1, 36.75)).toEqual([0, 0, 0, 0]);
    // 10 of 10: red.
    const [rr, , , ra] = pixel(download(10), all, 119.1, 36.707);
    expect(ra).toBe(107);
    expect(rr).toBe(Math.round(0xd0 * 0.42));
  });

  it('leaves out grids and retailers the filters hide', () => {
    const noGreen: MapFilters = { ...all, levels: ['yellow', 'red'] };
    expect(pixel(download(1), noGreen, 119.1, 36.707)).toEqual([0, 0, 0, 0]);
    const otherCounty = { ...all, counties: ['370705'] };
    expect(pixel(download(1), otherCounty, 119.1, 36.707)).toEqual([0, 0, 0, 0]);
  });

  it('draws active retailers as dots and hides cancelled ones by default', () => {
    const noGrids: MapFilters = { ...all, levels: [] };
    const [, , , active] = pixel(download(1), noGrids, 119.1, 36.71);
    expect(active).toBe(Math.round(255 * 0.85));
    expect(pixel(download(1), noGrids, 119.11, 36.71)[3]).toBe(0);
    const withCancelled = { ...noGrids, statuses: ['active', 'cancelled'] };
    expect(pixel(download(1), withCancelled, 119.11, 36.71)[3]).toBe(Math.round(255 * 0.85));
  });
});
