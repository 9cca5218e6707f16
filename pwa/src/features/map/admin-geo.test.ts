import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { pictureOf, ringsOf, transitions, unitsFromGeoJson } from './admin-geo';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [119.05, 36.72],
      [119.15, 36.72],
      [119.15, 36.82],
      [119.05, 36.82],
      [119.05, 36.72],
    ],
  ],
};

describe('recompute picture', () => {
  it('orders transitions towards red first and drops unknown keys', () => {
    expect(transitions({ 'red>green': 1, 'green>yellow': 12, 'green>red': 2, 'x>y': 3 })).toEqual([
      { from: 'green', to: 'red', n: 2 },
      { from: 'green', to: 'yellow', n: 12 },
      { from: 'red', to: 'green', n: 1 },
    ]);
  });

  it('draws H3 cells from their id and imported units from their geometry', () => {
    const cell = latLngToCell(36.73, 119.06, 8);
    expect(ringsOf({ id: cell })[0]).toHaveLength(7); // six corners, closed
    expect(ringsOf({ id: 'poly-370702-A', geometry: square })[0]).toHaveLength(5);
    expect(ringsOf({ id: 'not-a-cell' })).toEqual([]);
  });

  it('fits the shapes into the picture, north up, small ones as dots', () => {
    const cell = latLngToCell(36.9, 119.5, 8);
    const shapes = pictureOf(
      [
        { id: 'poly-370702-A', geometry: square, levelFrom: 'green', levelTo: 'yellow' },
        { id: cell, levelFrom: 'yellow', levelTo: 'red' },
      ],
      400,
      300,
      12,
      20,
    );
    expect(shapes).toHaveLength(2);
    const nums = shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nums)).toBeLessThanOrEqual(400);
    expect(shapes[0]?.dot).toBeNull();
    // The cell is north-east of the square: right of it and above it (smaller y).
    expect(shapes[1]?.dot).not.toBeNull();
    expect(shapes[1]!.dot!.x).toBeGreaterThan(200);
    expect(shapes[1]!.dot!.y).toBeLessThan(100);
  });
});

describe('GeoJSON units', () => {
  it('maps feature properties by their usual names, Chinese or English', () => {
    const units = unitsFromGeoJson(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { 编码: 'WC-01', 名称: '胜利街', 县市区: '潍城区', 人口: 3000 },
            geometry: square,
          },
          { type: 'Feature', properties: null, geometry: null },
        ],
      }),
    );
    expect(units).toEqual([
      { code: 'WC-01', name: '胜利街', county: '潍城区', population: 3000, geometry: square },
      { geometry: null },
    ]);
  });

  it('refuses what is not GeoJSON', () => {
    expect(unitsFromGeoJson('not json')).toBeNull();
    expect(unitsFromGeoJson('{"type":"Point","coordinates":[1,2]}')).toBeNull();
  });
});
