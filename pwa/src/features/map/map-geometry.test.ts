import { describe, expect, it } from 'vitest';
import { boundsOf, countyBounds, gridRing } from './map-geometry';

const map = {
  bounds: [118, 36, 120, 37] as [number, number, number, number],
  counties: [
    {
      code: '370702',
      name: '潍城区',
      outline: [
        [119.0, 36.6],
        [119.2, 36.6],
        [119.1, 36.8],
      ] as [number, number][],
    },
  ],
  grids: {
    id: ['a', 'b'],
    ringStart: Uint32Array.from([0, 3, 6]),
    ring: Float64Array.from([1, 1, 2, 1, 2, 2, 5, 5, 6, 5, 6, 6]),
  },
};

describe('map geometry', () => {
  it('zooms to a county, or to the whole map', () => {
    expect(countyBounds(map, '370702')).toEqual([119.0, 36.6, 119.2, 36.8]);
    expect(countyBounds(map, null)).toEqual(map.bounds);
    expect(countyBounds(map, '999999')).toEqual(map.bounds);
    expect(boundsOf([])).toBeNull();
  });

  it('closes a grid’s ring', () => {
    expect(gridRing(map as never, 'b')).toEqual([
      [5, 5],
      [6, 5],
      [6, 6],
      [5, 5],
    ]);
    expect(gridRing(map as never, 'zzz')).toBeNull();
  });
});
