import { describe, expect, it } from 'vitest';
import { RouteInputError } from './errors';
import { greatCircleMatrix, routePoints } from './matrix';
import { planRoute } from './plan';
import { timeOrder } from './timing';
import type { RouteRequest } from './types';

const OFFICE = { lng: 119.1205, lat: 36.7065 };

/** Three shops east of the office, ~1.8 km apart, 10 minutes each. */
function req(extra: Partial<RouteRequest> = {}): RouteRequest {
  return {
    start: { point: OFFICE, time: 510 },
    stops: [1, 2, 3].map((k) => ({
      id: `T${k}`,
      point: { lng: OFFICE.lng + 0.02 * k, lat: OFFICE.lat },
      serviceMinutes: 10,
    })),
    returnToStart: true,
    ...extra,
  };
}

describe('timeOrder', () => {
  it('times a plan exactly as the plan does', () => {
    const r = req();
    r.stops[2]!.window = { from: 540, to: 560 };
    const m = greatCircleMatrix(routePoints(r));
    const { unplaced, iterations, ...timing } = planRoute(r, m);
    expect(unplaced).toEqual([]);
    expect(iterations).toBeGreaterThanOrEqual(0);
    expect(
      timeOrder(
        r,
        m,
        timing.visits.map((v) => v.stopId),
      ),
    ).toEqual(timing);
    expect(timing.lateStopIds).toEqual([]);
    expect(timing.overrunMinutes).toBe(0);
  });

  it('says which appointment a dragged order misses, and by how much', () => {
    const r = req({ dayEnd: 560 });
    r.stops[0]!.window = { from: 510, to: 530 };
    const m = greatCircleMatrix(routePoints(r));
    const good = timeOrder(r, m, ['T1', 'T2', 'T3']);
    expect(good.lateStopIds).toEqual([]);
    const dragged = timeOrder(r, m, ['T3', 'T2', 'T1']);
    expect(dragged.lateStopIds).toEqual(['T1']);
    const t1 = dragged.visits[2]!;
    expect(t1.late).toBeCloseTo(t1.begin - 530, 9);
    expect(t1.late).toBeGreaterThan(0);
    expect(dragged.totalMetres).toBeCloseTo(good.totalMetres, 6); // same loop, other way round
    expect(dragged.overrunMinutes).toBeCloseTo(dragged.end - 560, 9);
  });

  it('times a subset, and an open day ends at the last stop', () => {
    const r = req({ returnToStart: false });
    const m = greatCircleMatrix(routePoints(r));
    const t = timeOrder(r, m, ['T2']);
    expect(t.visits.map((v) => v.stopId)).toEqual(['T2']);
    expect(t.returnLeg).toBeNull();
    expect(t.end).toBeCloseTo(t.visits[0]!.departure, 9);
    expect(t.totalMetres).toBeCloseTo(m.metres[2]!, 9);
  });

  it('refuses unknown and repeated stops, and what planRoute refuses', () => {
    const r = req();
    const m = greatCircleMatrix(routePoints(r));
    const kinds = (ids: string[], rr = r) => {
      try {
        timeOrder(rr, m, ids);
      } catch (e) {
        return (e as RouteInputError).issues.map((i) => `${i.kind}:${i.stopId}`);
      }
      return [];
    };
    expect(kinds(['T1', 'T9', 'T1'])).toEqual(['order:T9', 'order:T1']);
    const bad = req();
    bad.stops[1]!.window = { from: 600, to: 590 };
    expect(kinds(['T1'], bad)).toEqual(['window_order:T2']);
    expect(() => timeOrder(r, m, ['T9'])).toThrow(RouteInputError);
  });
});
