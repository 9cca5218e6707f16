/**
 * Travel between the points of a request, behind one shape: a precomputed matrix (sync, what
 * the solver reads) that a provider fills (async in the app). Great-circle distance is the
 * default; a road-distance service implements MatrixProvider later and nothing else changes.
 */
import { distanceMetres } from '../geo';
import type { RouteIssue } from './errors';
import type { LngLat, RouteRequest } from './types';

/** Row-major size×size metres and minutes; index 0 is the start, i is stops[i - 1]. */
export interface TravelMatrix {
  readonly size: number;
  readonly metres: ArrayLike<number>;
  readonly minutes: ArrayLike<number>;
}

export interface MatrixProvider {
  matrix(points: readonly LngLat[]): Promise<TravelMatrix>;
}

/**
 * Average speed over the straight line, km/h: ~30 km/h on Weifang's roads with ~1.3× detour,
 * plus parking and walking in. A road-distance provider replaces it with real times.
 */
export const CROW_FLIES_KMH = 20;

/** The points of a request in matrix order: the start, then the stops. */
export function routePoints(req: RouteRequest): LngLat[] {
  return [req.start.point, ...req.stops.map((s) => s.point)];
}

/** Haversine metres between every pair, minutes at `kmh` along the straight line. */
export function greatCircleMatrix(points: readonly LngLat[], kmh = CROW_FLIES_KMH): TravelMatrix {
  const n = points.length;
  const metres = new Float64Array(n * n);
  const minutes = new Float64Array(n * n);
  const perMetre = 60 / (kmh * 1000);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = points[i]!;
      const b = points[j]!;
      const d = distanceMetres(a.lat, a.lng, b.lat, b.lng);
      metres[i * n + j] = metres[j * n + i] = d;
      minutes[i * n + j] = minutes[j * n + i] = d * perMetre;
    }
  }
  return { size: n, metres, minutes };
}

/** The default provider: great-circle distances, computed locally. */
export function greatCircleProvider(kmh = CROW_FLIES_KMH): MatrixProvider {
  return { matrix: async (points) => greatCircleMatrix(points, kmh) };
}

/** What is wrong with a provider's matrix for `size` points (empty when usable). */
export function matrixIssues(m: TravelMatrix, size: number): RouteIssue[] {
  const issue = (detail: string): RouteIssue[] => [{ kind: 'matrix', stopId: null, detail }];
  if (m.size !== size || m.metres.length !== size * size || m.minutes.length !== size * size) {
    return issue(`the travel matrix is for ${m.size} points, the request has ${size}`);
  }
  for (let k = 0; k < size * size; k++) {
    const d = m.metres[k]!;
    const t = m.minutes[k]!;
    if (!Number.isFinite(d) || !Number.isFinite(t) || d < 0 || t < 0) {
      return issue(
        `travel matrix entry ${Math.floor(k / size)}→${k % size} is not a finite, non-negative number`,
      );
    }
  }
  return [];
}
