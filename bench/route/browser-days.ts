/**
 * Runs inside a dedicated Web Worker in Chromium (bundled by browser.ts): the same 60-stop
 * days as the Node benchmark, planned where the PWA plans them. Each pass plans every day
 * `repeat` times; posts every time.
 */
import { greatCircleMatrix, planRoute, routePoints } from '../../worker/core/route/index';
import { weifangDay } from './weifang-day';
import type { BrowserDay, BrowserPass } from './browser';

const scope = globalThis as unknown as {
  onmessage:
    ((e: MessageEvent<{ stops: number; seeds: number[]; passes: BrowserPass[] }>) => void) | null;
  postMessage(data: BrowserDay[][]): void;
};

scope.onmessage = (e) => {
  const { stops, seeds, passes } = e.data;
  scope.postMessage(
    passes.map((pass) =>
      pass.windowed.flatMap((windowed) =>
        seeds.map((seed) => {
          const req = weifangDay({ stops, seed, windowed, dayEnd: 18 * 60 });
          const ms: number[] = [];
          let visited = 0;
          for (let r = 0; r < pass.repeat; r++) {
            const t0 = performance.now();
            visited = planRoute(req, greatCircleMatrix(routePoints(req))).visits.length;
            ms.push(performance.now() - t0);
          }
          return { seed, windows: req.stops.filter((s) => s.window).length, visited, ms };
        }),
      ),
    ),
  );
};
