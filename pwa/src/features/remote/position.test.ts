import { describe, expect, it } from 'vitest';
import type { GeoReport } from '@core/geo-fix';
import { geoReportSchema } from '@core/geo-fix';
import {
  PositionWatch,
  SEND_EVERY_MS,
  metresBetween,
  reasonOf,
  reportOf,
  worthSending,
} from './position';

const fix = (lat: number, accuracy = 10, t = 1_764_727_200_000) =>
  reportOf({ coords: { latitude: lat, longitude: 119.02, accuracy }, timestamp: t });

/** A device that answers as the test says. */
function fakeGeo() {
  let ok: ((p: GeolocationPosition) => void) | null = null;
  let fail: ((e: GeolocationPositionError) => void) | null = null;
  let cleared = false;
  return {
    geo: {
      watchPosition: (s: PositionCallback, e?: PositionErrorCallback | null) => {
        ok = s;
        fail = e ?? null;
        return 7;
      },
      clearWatch: (id: number) => (cleared = id === 7),
    },
    give: (lat: number, accuracy = 10) =>
      ok?.({
        coords: { latitude: lat, longitude: 119.02, accuracy },
        timestamp: 1_764_727_200_000,
      } as GeolocationPosition),
    refuse: (code: number) => fail?.({ code } as GeolocationPositionError),
    cleared: () => cleared,
  };
}

describe('the call’s position', () => {
  it('turns a browser fix and its errors into reports the room accepts', () => {
    const r = fix(36.7);
    expect(r).toEqual({
      status: 'given',
      lat: 36.7,
      lng: 119.02,
      accuracy: 10,
      at: '2025-12-03T02:00:00.000Z',
    });
    expect(geoReportSchema.safeParse(r).success).toBe(true);
    expect([1, 2, 3].map(reasonOf)).toEqual(['denied', 'unavailable', 'timeout']);
    expect(metresBetween({ lat: 36.7, lng: 119 }, { lat: 36.701, lng: 119 })).toBeCloseTo(111, 0);
  });

  it('sends what is new, not every wobble', () => {
    const a: GeoReport = fix(36.7);
    expect(worthSending(null, 0, a, 0)).toBe(true);
    expect(worthSending(a, 0, fix(36.7005), SEND_EVERY_MS - 1)).toBe(false);
    expect(worthSending(a, 0, fix(36.7005), SEND_EVERY_MS)).toBe(true);
    expect(worthSending(a, 0, fix(36.70001), SEND_EVERY_MS)).toBe(false);
    expect(worthSending(a, 0, fix(36.70001, 3), SEND_EVERY_MS)).toBe(true);
    const no: GeoReport = { status: 'not_given', reason: 'denied' };
    expect(worthSending(a, 0, no, 1)).toBe(true);
    expect(worthSending(no, 0, no, 1)).toBe(false);
  });

  it('watches the device, reports a refusal, and never sends without news', () => {
    const sent: GeoReport[] = [];
    const d = fakeGeo();
    let now = 0;
    const w = new PositionWatch(
      (r) => sent.push(r),
      d.geo,
      () => now,
    );
    w.start();
    d.give(36.7);
    d.give(36.7);
    expect(sent).toHaveLength(1);
    // A timeout after a fix keeps the fix; a refusal is news.
    d.refuse(3);
    expect(w.report.value?.status).toBe('given');
    d.refuse(1);
    expect(sent.at(-1)).toEqual({ status: 'not_given', reason: 'denied' });
    now = 1;
    w.resend();
    expect(sent).toHaveLength(3);
    w.stop();
    expect(d.cleared()).toBe(true);
    const none: GeoReport[] = [];
    new PositionWatch((r) => none.push(r), undefined).start();
    expect(none).toEqual([{ status: 'not_given', reason: 'unsupported' }]);
  });
});
