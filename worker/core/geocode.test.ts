import { describe, expect, it } from 'vitest';
import {
  addressParts,
  geocodeQuerySchema,
  matchRank,
  normaliseQuery,
  rankPlaces,
  representative,
  type RankedPlace,
} from './geocode';

describe('the query', () => {
  it('is NFKC without spaces, and two characters are enough', () => {
    expect(normaliseQuery(' 胜利 东街１２号 ')).toBe('胜利东街12号');
    expect(geocodeQuerySchema.parse({ q: '冶源' })).toEqual({ q: '冶源' });
    expect(geocodeQuerySchema.safeParse({ q: ' 潍 ' }).success).toBe(false);
    expect(geocodeQuerySchema.safeParse({ q: '路'.repeat(41) }).success).toBe(false);
  });
});

describe('the places an address names', () => {
  it('a city road after the city and county', () => {
    expect(addressParts('潍坊市潍城区胜利西街123号', '潍城区')).toEqual({
      township: null,
      village: null,
      road: '胜利西街',
    });
  });
  it('a township street, a village, a county-level city named twice', () => {
    expect(addressParts('潍坊市临朐县冶源镇中心街12号', '临朐县')).toEqual({
      township: '冶源镇',
      village: null,
      road: '中心街',
    });
    expect(addressParts('潍坊市青州市谭坊镇王家庄村8号', '青州市')).toEqual({
      township: '谭坊镇',
      village: '王家庄村',
      road: null,
    });
    expect(addressParts('山东省潍坊市奎文区廿里堡街道文化路7号', '奎文区')).toEqual({
      township: '廿里堡街道',
      village: null,
      road: '文化路',
    });
  });
  it('an address without city or county, and one without a road', () => {
    expect(addressParts('北宫东街9号', null).road).toBe('北宫东街');
    expect(addressParts('潍坊市寿光市', '寿光市')).toEqual({
      township: null,
      village: null,
      road: null,
    });
  });
});

describe('matching and order', () => {
  it('ranks the same name, then a prefix, then a name holding the query', () => {
    expect(matchRank('胜利', '胜利')).toBe(0);
    expect(matchRank('胜利西街', '胜利')).toBe(1);
    expect(matchRank('东胜利街', '胜利')).toBe(2);
    expect(matchRank('北海路', '胜利')).toBeNull();
  });

  it('lists the best match first, then broader places, bigger ones, shorter names', () => {
    const p = (kind: RankedPlace['kind'], label: string, rank: 0 | 1 | 2, weight = 1) =>
      ({ kind, label, detail: '', lat: 36.7, lng: 119.1, rank, weight }) as RankedPlace;
    const out = rankPlaces(
      [
        p('shop', '胜利超市', 1),
        p('road', '胜利东街', 1, 40),
        p('road', '胜利西街', 1, 120),
        p('address', '潍坊市奎文区东胜利街1号', 2),
        p('township', '胜利街道', 1, 300),
        p('shop', '胜利', 0),
      ],
      5,
    );
    expect(out.map((h) => h.label)).toEqual([
      '胜利',
      '胜利街道',
      '胜利西街',
      '胜利东街',
      '胜利超市',
    ]);
    expect(out[0]).not.toHaveProperty('rank');
  });

  it('puts a place many premises share at the premises nearest their middle', () => {
    const pts = [
      { id: 'a', lat: 36.7, lng: 119.0 },
      { id: 'b', lat: 36.71, lng: 119.01 },
      { id: 'c', lat: 36.72, lng: 119.05 },
    ];
    expect(representative(pts)?.id).toBe('b');
    expect(representative([])).toBeNull();
  });
});
