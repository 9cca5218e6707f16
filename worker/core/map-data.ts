/**
 * The staff map's download (GET /api/map/data): columnar arrays, coordinates as integer offsets
 * of 1/scale degree from `origin`, so 40,000 retailers stay well under a megabyte gzipped.
 * Built by worker/src/features/layout/map.data.ts, decoded by pwa/src/features/map/map-data.ts.
 */
export interface MapData {
  scale: number;
  origin: [number, number];
  counties: { code: string; name: string; outline: [number, number][] }[];
  statuses: readonly string[];
  grids: {
    id: string[];
    county: number[];
    capacity: number[];
    count: number[];
    /** Imported official polygons, by grid id (rings in [lng, lat]). */
    polygons: Record<string, { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }>;
  };
  retailers: { dx: number[]; dy: number[]; status: number[]; county: number[] };
}
