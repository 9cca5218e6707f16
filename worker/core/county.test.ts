import { describe, expect, it } from 'vitest';
import weifang from './data/weifang.json';
import { countyAllowed, countyOfPoint, seatDistanceKm, type CountyEvidence } from './county';

const seats = weifang.units.map((u) => ({ code: u.code, seat: u.seat as [number, number] }));
const none = (lat: number, lng: number): CountyEvidence => ({
  polygon: null,
  grids: [],
  outlines: [],
  seats,
  from: { lat, lng },
});

describe('the county of a point', () => {
  it('an imported polygon decides first, whatever the grids and seats say', () => {
    const r = countyOfPoint(36.73, 119.02, {
      ...none(36.73, 119.02),
      polygon: '370705',
      grids: ['370702'],
    });
    expect(r).toEqual({
      inside: true,
      county: '370705',
      source: 'polygon',
      candidates: ['370705'],
    });
  });

  it('existing grids come next: their county, settled when they agree', () => {
    // Next to 潍城区's seat, but a grid of 奎文区 stands there: the grid wins.
    const r = countyOfPoint(36.73, 119.02, { ...none(36.73, 119.02), grids: ['370705', '370705'] });
    expect(r).toEqual({ inside: true, county: '370705', source: 'grid', candidates: ['370705'] });
  });

  it('grids of two counties at one point make it ambiguous, between those two only', () => {
    const r = countyOfPoint(36.73, 119.02, { ...none(36.73, 119.02), grids: ['370702', '370705'] });
    expect(r).toMatchObject({ county: '370702', candidates: ['370702', '370705'] });
    expect(countyAllowed(r, '370705')).toBe(true);
    expect(countyAllowed(r, '370703')).toBe(false);
  });

  it('county outlines, when imported, come before the seats', () => {
    const r = countyOfPoint(36.6, 119.0, { ...none(36.6, 119.0), outlines: ['370704'] });
    expect(r).toMatchObject({ county: '370704', source: 'outline', candidates: ['370704'] });
  });

  it('else the nearest seat, measured from the given cell centre', () => {
    // 青州市's seat is at 118.48 E 36.69 N.
    const r = countyOfPoint(36.7, 118.45, none(36.7, 118.45));
    expect(r).toEqual({ inside: true, county: '370781', source: 'seat', candidates: ['370781'] });
    // The same point measured from a centre near 昌乐县 (118.83 E) goes to 昌乐县.
    const moved = countyOfPoint(36.7, 118.45, {
      ...none(36.7, 118.45),
      from: { lat: 36.7, lng: 118.8 },
    });
    expect(moved).toMatchObject({ county: '370725' });
  });

  it('halfway between two seats (within 2 km of doubt) both may be named, nearest first', () => {
    // 潍城区 119.02 / 奎文区 119.13 at about the same latitude: the midpoint is ambiguous.
    const lat = 36.72;
    const lng = 119.076;
    const r = countyOfPoint(lat, lng, none(lat, lng));
    expect(r.inside && r.candidates.slice().sort()).toEqual(['370702', '370705']);
    const near = countyOfPoint(36.73, 119.03, none(36.73, 119.03));
    expect(near).toMatchObject({ county: '370702', candidates: ['370702'] });
    expect(countyAllowed(near, '370705')).toBe(false);
  });

  it('outside the city box, or farther than 45 km from every seat: outside', () => {
    expect(countyOfPoint(39.9, 116.4, none(39.9, 116.4))).toEqual({ inside: false }); // Beijing
    // Inside the box's corner but ~100 km from the nearest seat.
    expect(countyOfPoint(35.65, 118.15, none(35.65, 118.15))).toEqual({ inside: false });
    expect(countyAllowed({ inside: false }, '370702')).toBe(false);
    // A grid there would still say where it belongs (imported data wins over the seat rule).
    expect(
      countyOfPoint(35.65, 118.15, { ...none(35.65, 118.15), grids: ['370724'] }),
    ).toMatchObject({ inside: true, county: '370724' });
  });

  it('every seat of the demo city belongs to its own unit', () => {
    for (const s of seats) {
      const [lng, lat] = s.seat;
      const r = countyOfPoint(lat, lng, none(lat, lng));
      expect(r).toMatchObject({ inside: true, county: s.code });
    }
  });

  it('measures about 1 km per 0.009° of latitude', () => {
    expect(seatDistanceKm(36.7, 119, [119, 36.709])).toBeCloseTo(0.995, 2);
  });
});
