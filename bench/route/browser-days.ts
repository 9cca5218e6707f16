/**
 * Runs inside a dedicated Web Worker in Chromium (bundled by browser.ts): the same 60-stop
 * days as the Node benchmark, planned where the PWA plans them. Posts each day's time.
 */
import { greatCircleMatrix, planRoute, routePoints } from '../../worker/core/route/index';
import { weifangDay } from './weifang-day';

interface DayTime {
  seed: number;
  windows: number;
  visited: number;
  ms: number;
}

const scope = globalThis as unknown as {
  onmessage:
    ((e: MessageEvent<{ stops: number; seeds: number[]; windowed: number[] }>) => void) | null;
  postMessage(data: DayTime[]): void;
};

scope.onmessage = (e) => {
  const out: DayTime[] = [];
  for (const windowed of e.data.windowed) {
    for (const seed of e.data.seeds) {
      const req = weifangDay({ stops: e.data.stops, seed, windowed, dayEnd: 18 * 60 });
      const t0 = performance.now();
      const plan = planRoute(req, greatCircleMatrix(routePoints(req)));
      const ms = performance.now() - t0;
      out.push({
        seed,
        windows: req.stops.filter((s) => s.window).length,
        visited: plan.visits.length,
        ms,
      });
    }
  }
  scope.postMessage(out);
};
