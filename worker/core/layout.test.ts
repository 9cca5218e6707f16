import { describe, expect, it } from 'vitest';
import { convexHull, DEFAULT_DISTANCE_RULES, layoutVerdict, pointInGeometry } from './layout';

const rules = DEFAULT_DISTANCE_RULES;

describe('layout verdict', () => {
  it('ok with a free place beyond the waiting cases', () => {
    const v = layoutVerdict({
      grid: { capacity: 10, count: 8, queue: 1 },
      nearest: [],
      school: null,
      rules,
    });
    expect(v.verdict).toBe('ok');
    expect(v.level).toBe('green');
  });
  it('queue when the free places are taken by waiting cases, and at exactly 100%', () => {
    expect(
      layoutVerdict({
        grid: { capacity: 10, count: 9, queue: 1 },
        nearest: [],
        school: null,
        rules,
      }).verdict,
    ).toBe('queue');
    const full = layoutVerdict({
      grid: { capacity: 10, count: 10, queue: 0 },
      nearest: [],
      school: null,
      rules,
    });
    expect(full.verdict).toBe('queue');
    expect(full.level).toBe('red');
    expect(
      layoutVerdict({ grid: { capacity: 0, count: 0, queue: 0 }, nearest: [], school: null, rules })
        .verdict,
    ).toBe('queue');
  });
  it('refused inside the spacing or the school zone, whatever the grid', () => {
    const grid = { capacity: 10, count: 0, queue: 0 };
    const close = layoutVerdict({
      grid,
      nearest: [{ name: 'A', distanceM: 49.9 }],
      school: null,
      rules,
    });
    expect(close.verdict).toBe('refused');
    expect(
      layoutVerdict({ grid, nearest: [{ name: 'A', distanceM: 50 }], school: null, rules }).verdict,
    ).toBe('ok');
    const school = layoutVerdict({
      grid,
      nearest: [],
      school: { name: 'S', distanceM: 10 },
      rules,
    });
    expect(school.schoolZone).toBe(true);
    expect(school.reasons.map((r) => r.code)).toContain('school_zone');
  });
});

describe('geometry', () => {
  it('convex hull and point in polygon', () => {
    const hull = convexHull([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0.5, 0.5],
    ]);
    expect(hull).toHaveLength(5);
    const poly = {
      type: 'Polygon' as const,
      coordinates: [
        hull,
        [
          [0.4, 0.4],
          [0.6, 0.4],
          [0.6, 0.6],
          [0.4, 0.6],
          [0.4, 0.4],
        ],
      ],
    };
    expect(pointInGeometry(0.2, 0.2, poly)).toBe(true);
    expect(pointInGeometry(0.5, 0.5, poly)).toBe(false); // in the hole
    expect(pointInGeometry(2, 2, poly)).toBe(false);
  });
});
