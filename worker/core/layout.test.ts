import { describe, expect, it } from 'vitest';
import {
  convexHull,
  DEFAULT_DISTANCE_RULES,
  GRID_STANDING_LABELS,
  layoutVerdict,
  pointInGeometry,
  standingAdmits,
} from './layout';

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

describe('verdict colour and words', () => {
  const at = (capacity: number, count: number, queue: number) =>
    layoutVerdict({ grid: { capacity, count, queue }, nearest: [], school: null, rules });

  it('one standing decides the badge and the verdict: never yellow beside "queue"', () => {
    // Every small grid, count and queue: the badge's colour and the verdict agree.
    for (let capacity = 0; capacity <= 12; capacity++)
      for (let count = 0; count <= 13; count++)
        for (let queue = 0; queue <= 3; queue++) {
          const v = at(capacity, count, queue);
          const tone = GRID_STANDING_LABELS[v.standing].tone;
          if (v.verdict === 'queue') expect(['red', 'none']).toContain(tone);
          else expect(['green', 'yellow']).toContain(tone);
          expect(v.verdict === 'ok').toBe(standingAdmits(v.standing));
        }
  });

  it('9 of 10 with one case waiting: the last place is taken, red, queue', () => {
    const v = at(10, 9, 1);
    expect(v.level).toBe('yellow'); // the grid itself, as the staff map colours it
    expect(v.standing).toBe('taken');
    expect(GRID_STANDING_LABELS[v.standing].tone).toBe('red');
    expect(v.verdict).toBe('queue');
    expect(v.reasons[0]).toEqual({ code: 'grid_taken', free: 1, queue: 1 });
  });

  it('9 of 10 with nobody waiting: nearly full, yellow, and the applicant may apply', () => {
    const v = at(10, 9, 0);
    expect(v.standing).toBe('nearly_full');
    expect(GRID_STANDING_LABELS.nearly_full.tone).toBe('yellow');
    expect(v.verdict).toBe('ok');
    expect(v.reasons[0]).toEqual({ code: 'grid_free', free: 1 });
  });

  it('10 of 10 is full and red', () => {
    const v = at(10, 10, 0);
    expect(v.standing).toBe('full');
    expect(v.reasons[0]).toEqual({ code: 'grid_full', queue: 0 });
  });

  it('a capacity of 0 with 0 retailers is "no places set", not 100% red', () => {
    const v = at(0, 0, 0);
    expect(v.level).toBe('none');
    expect(v.standing).toBe('no_places');
    expect(GRID_STANDING_LABELS.no_places.tone).toBe('none');
    expect(GRID_STANDING_LABELS.no_places.zh).toBe('未设名额');
    expect(v.verdict).toBe('queue'); // no place can be granted until a capacity is set
    expect(v.reasons[0]).toEqual({ code: 'grid_no_places', queue: 0 });
  });

  it('a point without a grid opens a new one: room', () => {
    const v = layoutVerdict({ grid: null, nearest: [], school: null, rules });
    expect(v.standing).toBe('room');
    expect(v.verdict).toBe('ok');
    expect(v.reasons[0]).toEqual({ code: 'no_grid' });
  });

  it('a distance rule refuses whatever the standing, which still shows the grid', () => {
    const v = layoutVerdict({
      grid: { capacity: 10, count: 9, queue: 1 },
      nearest: [{ name: 'A', distanceM: 10 }],
      school: null,
      rules,
    });
    expect(v.verdict).toBe('refused');
    expect(v.standing).toBe('taken');
  });
});
