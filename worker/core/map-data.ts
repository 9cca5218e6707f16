/**
 * The staff map's download (GET /api/map/data): columnar arrays, coordinates as integer offsets
 * of 1/scale degree from `origin`, so 40,000 retailers stay well under a megabyte gzipped.
 * Built by worker/src/features/layout/map.data.ts, decoded by pwa/src/features/map/map-data.ts.
 */
export interface MapData {
  /**
   * The city's live-feed sequence number, read before the data: the map resumes its feed from
   * here, so a change committed between the download and the socket opening is replayed (a
   * replay can only repeat what the data already shows). Null if the feed did not answer.
   */
  seq: number | null;
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
    /**
     * Outlines of the H3 grids, so the browser needn't compute 5,000 of them: `n[i]` vertices
     * for grid i (0 for an imported polygon), their coordinates in `d` as integer steps of
     * 1/scale degree, x and y alternating, each relative to the previous vertex (the first to
     * `origin`). Vertices shared by neighbours round alike: no gaps.
     */
    outline: { n: number[]; d: number[] };
  };
  retailers: { dx: number[]; dy: number[]; status: number[]; county: number[] };
}
