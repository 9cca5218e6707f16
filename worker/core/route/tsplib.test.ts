import { describe, expect, it } from 'vitest';
import { parseTsplib, parseTsplibTour, TsplibError } from './tsplib';
import { geoRadians, tsplibDistance, tsplibTourLength } from './tsplib-metric';
import { solveTsplib } from './tsplib-solve';

const file = (metric: string, coords: string, extra = '') =>
  `NAME : t\nTYPE : TSP\n${extra}DIMENSION : ${coords.trim().split('\n').length}\n` +
  `EDGE_WEIGHT_TYPE : ${metric}\nNODE_COORD_SECTION\n${coords.trim()}\nEOF\n`;

/** ulysses16 (TSPLIB): GEO, with a negative longitude; optimum 6859. */
const ULYSSES16 = `NAME: ulysses16.tsp
TYPE: TSP
COMMENT: Odyssey of Ulysses (Groetschel/Padberg)
DIMENSION: 16
EDGE_WEIGHT_TYPE: GEO
DISPLAY_DATA_TYPE: COORD_DISPLAY
NODE_COORD_SECTION
 1 38.24 20.42
 2 39.57 26.15
 3 40.56 25.32
 4 36.26 23.12
 5 33.48 10.54
 6 37.56 12.19
 7 38.42 13.11
 8 37.52 20.44
 9 41.23 9.10
 10 41.17 13.05
 11 36.08 -5.21
 12 38.47 15.13
 13 38.15 15.35
 14 37.51 15.17
 15 35.49 14.32
 16 39.36 19.56
 EOF
`;
const ULYSSES16_OPT = 'TOUR_SECTION\n1 14 13 12 7 6 15 5 11 9 10 16 3 2 4 8\n-1\nEOF\n';

describe('parseTsplib', () => {
  it('reads the specification and the coordinates of each supported metric', () => {
    for (const metric of ['EUC_2D', 'CEIL_2D', 'ATT', 'GEO']) {
      const inst = parseTsplib(file(metric, '1 0 0\n2 3.5 4\n3 -1.25 2e1'));
      expect(inst.metric).toBe(metric);
      expect(Array.from(inst.x)).toEqual([0, 3.5, -1.25]);
      expect(Array.from(inst.y)).toEqual([0, 4, 20]);
    }
  });

  it('accepts "KEY: value" without a space, CRLF line ends and nodes out of order', () => {
    const inst = parseTsplib(
      'NAME: x\r\nTYPE: TSP\r\nDIMENSION: 2\r\nEDGE_WEIGHT_TYPE: EUC_2D\r\n' +
        'NODE_COORD_SECTION\r\n2 5 5\r\n1 1 1\r\n',
    );
    expect(inst.name).toBe('x');
    expect(Array.from(inst.x)).toEqual([1, 5]);
  });

  it.each([
    ['an ATSP', file('EUC_2D', '1 0 0').replace('TYPE : TSP', 'TYPE : ATSP'), 'unsupported'],
    ['explicit weights', file('EXPLICIT', '1 0 0'), 'unsupported'],
    ['a 3-D metric', file('EUC_3D', '1 0 0'), 'unsupported'],
    ['no TYPE', file('EUC_2D', '1 0 0').replace('TYPE : TSP\n', ''), 'unreadable'],
    [
      'a missing node',
      file('EUC_2D', '1 0 0\n2 1 1').replace('DIMENSION : 2', 'DIMENSION : 3'),
      'unreadable',
    ],
    ['a node twice', file('EUC_2D', '1 0 0\n1 1 1'), 'unreadable'],
    ['a node beyond DIMENSION', file('EUC_2D', '1 0 0\n3 1 1'), 'unreadable'],
    ['a bad coordinate', file('EUC_2D', '1 0 zero'), 'unreadable'],
    ['no DIMENSION', file('EUC_2D', '1 0 0').replace('DIMENSION : 1\n', ''), 'unreadable'],
    [
      'no coordinates section',
      'TYPE : TSP\nDIMENSION : 1\nEDGE_WEIGHT_TYPE : EUC_2D\nEOF\n',
      'unreadable',
    ],
  ])('refuses %s by kind', (_label, text, kind) => {
    expect(() => parseTsplib(text)).toThrow(TsplibError);
    try {
      parseTsplib(text);
    } catch (e) {
      expect((e as TsplibError).kind).toBe(kind);
    }
  });

  it('reads a tour section up to -1', () => {
    expect(parseTsplibTour(ULYSSES16_OPT)).toHaveLength(16);
    expect(parseTsplibTour('TOUR_SECTION\n3 1 2 -1')).toEqual([3, 1, 2]);
    expect(() => parseTsplibTour('NAME : x')).toThrow(TsplibError);
  });
});

describe('tsplibDistance', () => {
  it('EUC_2D rounds to the nearest integer, halves up', () => {
    expect(tsplibDistance('EUC_2D', 0, 0, 3, 4)).toBe(5);
    expect(tsplibDistance('EUC_2D', 0, 0, 1, 1)).toBe(1); // 1.414
    expect(tsplibDistance('EUC_2D', 0, 0, 1.5, 0)).toBe(2); // 1.5 → 2
    expect(tsplibDistance('EUC_2D', 0, 0, 2.5, 0)).toBe(3); // not banker's rounding
    expect(tsplibDistance('EUC_2D', 0, 0, 2.49, 0)).toBe(2);
  });

  it('CEIL_2D rounds up', () => {
    expect(tsplibDistance('CEIL_2D', 0, 0, 3, 4)).toBe(5);
    expect(tsplibDistance('CEIL_2D', 0, 0, 1, 1)).toBe(2);
    expect(tsplibDistance('CEIL_2D', 0, 0, 0.01, 0)).toBe(1);
  });

  it('ATT is pseudo-Euclidean: sqrt(d²/10), rounded, then up when rounding went down', () => {
    expect(tsplibDistance('ATT', 0, 0, 10, 30)).toBe(10); // r = 10 exactly
    expect(tsplibDistance('ATT', 0, 0, 10, 0)).toBe(4); // r = 3.162: nint 3 < r → 4
    expect(tsplibDistance('ATT', 0, 0, 12, 0)).toBe(4); // r = 3.795: nint 4 ≥ r → 4
    // att48 nodes 1 and 2: r = sqrt((4501² + 1443²)/10) = 1494.70 → 1495.
    expect(tsplibDistance('ATT', 6734, 1453, 2233, 10)).toBe(1495);
  });

  it('GEO reads DDD.MM as degrees and minutes, truncating toward zero, with TSPLIB π', () => {
    const PI = 3.141592;
    expect(geoRadians(38.24)).toBeCloseTo((PI * (38 + (5 * 0.24) / 3)) / 180, 12);
    // 38.60 = 38°60′ = 39°: truncation, where rounding to nearest would read 39 − 40′.
    expect(geoRadians(38.6)).toBeCloseTo((PI * 39) / 180, 12);
    expect(geoRadians(-5.21)).toBeCloseTo((PI * (-5 - (5 * 0.21) / 3)) / 180, 12);
  });

  it('GEO distances are (int)(RRR·acos(…) + 1): one for a point to itself', () => {
    expect(tsplibDistance('GEO', 38.24, 20.42, 38.24, 20.42)).toBe(1);
    // The published optimum's length holds only under exactly these roundings.
    const inst = parseTsplib(ULYSSES16);
    expect(tsplibTourLength(inst, parseTsplibTour(ULYSSES16_OPT))).toBe(6859);
  });
});

describe('solveTsplib', () => {
  it('finds the ulysses16 optimum and returns each node once, from node 1', () => {
    const res = solveTsplib(parseTsplib(ULYSSES16));
    expect(res.length).toBe(6859);
    expect(res.tour[0]).toBe(1);
    expect([...res.tour].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
  });

  it('handles the tiny cases', () => {
    expect(solveTsplib(parseTsplib(file('EUC_2D', '1 0 0'))).tour).toEqual([1]);
    expect(solveTsplib(parseTsplib(file('EUC_2D', '1 0 0\n2 3 4'))).length).toBe(10);
    expect(solveTsplib(parseTsplib(file('EUC_2D', '1 0 0\n2 3 4\n3 3 0'))).length).toBe(12);
  });
});
