import { describe, expect, it } from 'vitest';
import { CITY_BOUNDS } from '../geo';
import { RouteInputError } from './errors';
import { greatCircleMatrix, routePoints, type MatrixProvider, type TravelMatrix } from './matrix';
import { planRoute, planRouteWith } from './plan';
import { createRng } from './rng';
import type { RoutePlan, RouteRequest, RouteStop } from './types';
import { twProblem } from './windows';
import { exactRoute } from './windows-exact';

const OFFICE = { lng: 119.1205, lat: 36.7065 };

/** A reproducible day: `n` stops within ~8 km of the office, windows on a share of them. */
function day(
  n: number,
  seed: number,
  windowed = 0,
  extra: Partial<RouteRequest> = {},
): RouteRequest {
  const rng = createRng(seed);
  const stops: RouteStop[] = Array.from({ length: n }, (_, i) => {
    const stop: RouteStop = {
      id: `S${i + 1}`,
      point: { lng: 119.06 + rng.next() * 0.12, lat: 36.67 + rng.next() * 0.08 },
      serviceMinutes: 5 + rng.int(10),
    };
    if (rng.next() < windowed) {
      const from = 540 + 15 * rng.int(24);
      stop.window = { from, to: from + 30 + 30 * rng.int(3) };
    }
    return stop;
  });
  return { start: { point: OFFICE, time: 510 }, stops, returnToStart: true, ...extra };
}

const plan = (req: RouteRequest, opts = {}) =>
  planRoute(req, greatCircleMatrix(routePoints(req)), opts);

/** Every stop once, in the route or unplaced; every visit on time; the times add up. */
function checkPlan(req: RouteRequest, p: RoutePlan, m: TravelMatrix): void {
  const ids = [...p.visits.map((v) => v.stopId), ...p.unplaced.map((u) => u.stopId)];
  expect([...ids].sort()).toEqual(req.stops.map((s) => s.id).sort());
  const index = new Map(req.stops.map((s, i) => [s.id, i + 1]));
  let t = req.start.time;
  let prev = 0;
  let metres = 0;
  for (const v of p.visits) {
    const u = index.get(v.stopId)!;
    const stop = req.stops[u - 1]!;
    expect(v.arrival).toBeCloseTo(t + m.minutes[prev * m.size + u]!, 6);
    expect(v.begin).toBeGreaterThanOrEqual(v.arrival);
    if (stop.window) {
      expect(v.begin).toBeGreaterThanOrEqual(stop.window.from);
      expect(v.begin).toBeLessThanOrEqual(stop.window.to + 1e-6);
    }
    expect(v.departure).toBeCloseTo(v.begin + (stop.serviceMinutes ?? 0), 6);
    metres += m.metres[prev * m.size + u]!;
    t = v.departure;
    prev = u;
  }
  if (req.returnToStart) metres += m.metres[prev * m.size]!;
  expect(p.totalMetres).toBeCloseTo(metres, 3);
  if (req.dayEnd !== undefined) expect(p.end).toBeLessThanOrEqual(req.dayEnd + 1e-6);
}

/**
 * The lexicographic optimum (most stops on time, then fewest metres) over every subset in
 * every order: n ≤ 7.
 */
function bruteForce(req: RouteRequest, m: TravelMatrix): { stops: number; metres: number } {
  const n = req.stops.length;
  let best = { stops: 0, metres: 0 };
  const used = new Array<boolean>(n + 1).fill(false);
  const walk = (prev: number, t: number, metres: number, count: number) => {
    const total = metres + (req.returnToStart ? m.metres[prev * m.size]! : 0);
    const end = req.returnToStart ? t + m.minutes[prev * m.size]! : t;
    if (end <= (req.dayEnd ?? Infinity) + 1e-9) {
      if (count > best.stops || (count === best.stops && total < best.metres - 1e-9)) {
        best = { stops: count, metres: total };
      }
    }
    for (let u = 1; u <= n; u++) {
      if (used[u]) continue;
      const s = req.stops[u - 1]!;
      const begin = Math.max(t + m.minutes[prev * m.size + u]!, s.window?.from ?? -Infinity);
      if (begin > (s.window?.to ?? Infinity) + 1e-9) continue;
      used[u] = true;
      walk(u, begin + (s.serviceMinutes ?? 0), metres + m.metres[prev * m.size + u]!, count + 1);
      used[u] = false;
    }
  };
  walk(0, req.start.time, 0, 0);
  return best;
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof RouteInputError) return { code: e.code, kinds: e.issues.map((i) => i.kind) };
    throw e;
  }
  return null;
};

describe('planRoute without windows', () => {
  it('returns the shortest tour of a small day (brute force)', () => {
    for (let seed = 1; seed <= 8; seed++) {
      for (const returnToStart of [true, false]) {
        const req = day(7, seed, 0, { returnToStart });
        const m = greatCircleMatrix(routePoints(req));
        const p = planRoute(req, m);
        checkPlan(req, p, m);
        expect(p.unplaced).toEqual([]);
        expect(p.totalMetres).toBeCloseTo(bruteForce(req, m).metres, 3);
        expect(p.returnLeg === null).toBe(!returnToStart);
      }
    }
  });

  it('plans one stop', () => {
    const p = plan(day(1, 1));
    expect(p.visits.map((v) => v.stopId)).toEqual(['S1']);
    expect(p.totalMetres).toBeGreaterThan(0);
  });
});

describe('planRoute with time windows', () => {
  it('keeps as many stops as possible, then the shortest route (brute force, n ≤ 7)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const n = 1 + (seed % 7);
      const req = day(n, seed, 0.6, {
        returnToStart: seed % 4 !== 1,
        dayEnd: seed % 3 === 0 ? 600 + 10 * n : undefined,
      });
      const m = greatCircleMatrix(routePoints(req));
      const p = planRoute(req, m);
      checkPlan(req, p, m);
      const best = bruteForce(req, m);
      expect(p.visits.length).toBe(best.stops);
      expect(p.totalMetres).toBeCloseTo(best.metres, 3);
    }
  }, 20_000);

  it('stays within 1% of the exact search on days of 9–10 stops, where the local search runs', () => {
    let optimal = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const n = 9 + (seed % 2);
      const req = day(n, seed, 0.6, {
        returnToStart: seed % 4 !== 1,
        dayEnd: seed % 3 === 0 ? 600 + 10 * n : undefined,
      });
      const m = greatCircleMatrix(routePoints(req));
      const p = planRoute(req, m);
      checkPlan(req, p, m);
      const tw = twProblem(
        n + 1,
        m.metres,
        m.minutes,
        req.stops,
        510,
        req.dayEnd,
        req.returnToStart,
      );
      const exact = exactRoute(
        tw,
        req.stops.map((_, i) => i + 1),
      );
      expect(p.visits.length).toBe(exact.route.length);
      expect(p.totalMetres).toBeLessThanOrEqual(exact.metres * 1.01);
      if (p.totalMetres <= exact.metres + 1e-3) optimal++;
    }
    expect(optimal).toBeGreaterThanOrEqual(37); // 39 of 40 when written
  }, 30_000); // the exact search takes seconds on a busy machine

  it('visits every stop once and on time on random days (property)', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const req = day(10 + (seed % 4) * 10, seed, 0.3, {
        returnToStart: seed % 2 === 0,
        dayEnd: 1020,
      });
      const m = greatCircleMatrix(routePoints(req));
      checkPlan(req, planRoute(req, m), m);
    }
  }, 20_000);

  it('places every stop when a schedule keeping all windows exists (property)', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const req = day(20, seed);
      const m = greatCircleMatrix(routePoints(req));
      // Windows around the times of a random order: that order is on time.
      const rng = createRng(seed + 500);
      const order = req.stops.map((_, i) => i + 1).sort(() => rng.next() - 0.5);
      let t = req.start.time;
      let prev = 0;
      for (const u of order) {
        t += m.minutes[prev * m.size + u]!;
        const s = req.stops[u - 1]!;
        if (rng.next() < 0.4) s.window = { from: Math.floor(t) - 10, to: Math.ceil(t) + 20 };
        t = Math.max(t, s.window?.from ?? t) + (s.serviceMinutes ?? 0);
        prev = u;
      }
      const p = planRoute(req, m);
      checkPlan(req, p, m);
      expect(p.unplaced).toEqual([]);
    }
  }, 20_000);

  it('waits for an appointment rather than arriving early', () => {
    const req = day(3, 2);
    req.stops[1]!.window = { from: 840, to: 900 }; // 14:00–15:00
    const p = plan(req);
    const v = p.visits.find((x) => x.stopId === 'S2')!;
    expect(v.begin).toBeGreaterThanOrEqual(840);
    expect(v.begin).toBeLessThanOrEqual(900);
    expect(p.waitMinutes).toBeGreaterThan(0);
  });

  it('answers an empty route when no stop can be visited', () => {
    const req = day(3, 5, 0, { returnToStart: false });
    for (const s of req.stops) s.window = { from: 450, to: 480 }; // before the 8:30 start
    const p = plan(req);
    expect(p.visits).toEqual([]);
    expect(p.unplaced.map((u) => u.reason)).toEqual([
      'window_closed',
      'window_closed',
      'window_closed',
    ]);
    expect(p.totalMetres).toBe(0);
    expect(p.end).toBe(510);
  });

  it('says why a stop is left out', () => {
    const req = day(4, 3, 0, { dayEnd: 720 });
    req.stops[0]!.window = { from: 480, to: 500 }; // closed before the day starts at 8:30
    req.stops[1]!.serviceMinutes = 600; // longer than the day
    req.stops[2]!.window = { from: 600, to: 610 };
    req.stops[3]!.window = { from: 600, to: 610 };
    req.stops[3]!.point = { lng: req.stops[2]!.point.lng + 0.12, lat: req.stops[2]!.point.lat };
    const p = plan(req);
    const why = new Map(p.unplaced.map((u) => [u.stopId, u]));
    expect(why.get('S1')?.reason).toBe('window_closed');
    expect(why.get('S2')?.reason).toBe('day_too_short');
    // S3 and S4 share a ten-minute window ~10 km apart: one of them is visited.
    expect(p.visits).toHaveLength(1);
    const left = why.get('S3') ?? why.get('S4');
    expect(left?.reason).toBe('conflict');
    expect(left?.conflictsWith).toEqual([p.visits[0]!.stopId]);
  });
});

describe('planRoute is deterministic', () => {
  it('gives the same plan for the same input, in any run', () => {
    const req = day(40, 9, 0.3, { dayEnd: 1080 });
    expect(plan(req)).toEqual(plan(JSON.parse(JSON.stringify(req)) as RouteRequest));
    expect(plan(req, { seed: 7 })).toEqual(plan(req, { seed: 7 }));
  });
});

describe('travel adapter', () => {
  it('plans with whatever matrix a provider gives (a road-distance service)', async () => {
    const req = day(6, 4);
    const calls: number[] = [];
    // Roads twice as long as the straight line, and slower.
    const road: MatrixProvider = {
      matrix: async (points) => {
        calls.push(points.length);
        const g = greatCircleMatrix(points);
        return {
          size: g.size,
          metres: Array.from(g.metres, (d) => 2 * d),
          minutes: Array.from(g.minutes, (t) => 3 * t),
        };
      },
    };
    const p = await planRouteWith(road, req);
    const straight = plan(req);
    expect(calls).toEqual([7]);
    expect(p.totalMetres).toBeCloseTo(2 * straight.totalMetres, 3);
  });

  it('never calls the provider for a request it refuses', async () => {
    let called = false;
    const provider: MatrixProvider = {
      matrix: async (points) => {
        called = true;
        return greatCircleMatrix(points);
      },
    };
    await expect(planRouteWith(provider, day(0, 1))).rejects.toThrow(RouteInputError);
    expect(called).toBe(false);
  });
});

describe('bad input', () => {
  it('refuses no stops and too many stops', () => {
    expect(codeOf(() => plan(day(0, 1)))?.code).toBe('ROUTE_NO_STOPS');
    expect(codeOf(() => plan(day(500, 1)))).toEqual({
      code: 'ROUTE_TOO_MANY_STOPS',
      kinds: ['count'],
    });
    expect(codeOf(() => plan(day(30, 1), { maxStops: 20 }))?.code).toBe('ROUTE_TOO_MANY_STOPS');
  });

  it('refuses a window that ends before it starts', () => {
    const req = day(3, 1);
    req.stops[1]!.window = { from: 900, to: 840 };
    expect(codeOf(() => plan(req))).toEqual({
      code: 'ROUTE_INVALID_INPUT',
      kinds: ['window_order'],
    });
  });

  it('refuses broken coordinates, and points outside the city when bounds are given', () => {
    const nan = day(3, 1);
    nan.stops[0]!.point = { lng: Number.NaN, lat: 36.7 };
    expect(codeOf(() => plan(nan))?.kinds).toEqual(['coordinate']);
    const swapped = day(3, 1);
    swapped.stops[2]!.point = { lng: 36.7, lat: 119.1 };
    expect(codeOf(() => plan(swapped))?.kinds).toEqual(['coordinate']);
    const beijing = day(3, 1);
    beijing.stops[1]!.point = { lng: 116.4, lat: 39.9 };
    expect(codeOf(() => plan(beijing))).toBeNull();
    expect(codeOf(() => plan(beijing, { bounds: CITY_BOUNDS }))).toEqual({
      code: 'ROUTE_INVALID_INPUT',
      kinds: ['outside_bounds'],
    });
  });

  it('refuses duplicate ids and, unless allowed, two stops at one point', () => {
    const twice = day(3, 1);
    twice.stops[2]!.id = 'S1';
    expect(codeOf(() => plan(twice))?.kinds).toEqual(['duplicate_id']);
    const shared = day(3, 1);
    shared.stops[2]!.point = { ...shared.stops[0]!.point };
    expect(codeOf(() => plan(shared))?.kinds).toEqual(['duplicate_point']);
    expect(plan(shared, { sharedPoints: 'allow' }).visits).toHaveLength(3);
  });

  it('refuses bad times and a matrix of the wrong size', () => {
    const req = day(3, 1, 0, { dayEnd: 400 });
    req.stops[0]!.serviceMinutes = -5;
    expect(codeOf(() => plan(req))?.kinds).toEqual(['time', 'time']);
    const ok = day(3, 1);
    expect(codeOf(() => planRoute(ok, greatCircleMatrix(routePoints(day(4, 1)))))?.kinds).toEqual([
      'matrix',
    ]);
  });

  it('collects every issue of a request with the stop it concerns', () => {
    const req = day(3, 1);
    req.stops[0]!.window = { from: 700, to: 600 };
    req.stops[1]!.point = { lng: 500, lat: 0 };
    const err = (() => {
      try {
        plan(req);
      } catch (e) {
        return e as RouteInputError;
      }
      return null;
    })();
    expect(err?.issues.map((i) => [i.kind, i.stopId])).toEqual([
      ['window_order', 'S1'],
      ['coordinate', 'S2'],
    ]);
    expect(err?.message).toContain('stop S1: the window ends before it starts');
  });
});
