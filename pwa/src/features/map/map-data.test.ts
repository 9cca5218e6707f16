import { describe, expect, it } from 'vitest';
import { decodeRetailers, type MapData } from './map-data';

describe('map data', () => {
  it('undoes the delta coding', () => {
    const d = {
      scale: 1e5,
      origin: [119.1, 36.7],
      retailers: { dx: [0, 5, 10], dy: [0, -3, 7], status: [0, 1, 0], county: [0, 0, 1] },
    } as unknown as MapData;
    const r = decodeRetailers(d);
    expect(r.lng[2]).toBeCloseTo(119.10015, 6);
    expect(r.lat[1]).toBeCloseTo(36.69997, 6);
    expect([...r.status]).toEqual([0, 1, 0]);
  });
});
