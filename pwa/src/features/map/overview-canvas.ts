/**
 * The city-wide overview: every grid hexagon and every retailer dot painted once into one 2D
 * canvas that maplibre shows as a single raster (a CanvasSource). Software WebGL spends seconds
 * tiling and tessellating 5,000 polygons and clustering 40,000 points; the overview costs a few
 * tens of milliseconds and one texture. Vector layers take over when zoomed in (see the engine).
 */
import type { SaturationLevel } from '@core/saturation';
import type { MapFilters, Retailers } from './map-data';
import { levelColour, STATUS_COLOURS } from './map-style';

export interface OverviewGrid {
  ring: [number, number][];
  county: string;
}

const SIZE = 1536;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

export class Overview {
  readonly canvas = document.createElement('canvas');
  readonly coordinates: [[number, number], [number, number], [number, number], [number, number]];
  private readonly x: (lng: number) => number;
  private readonly y: (lat: number) => number;

  constructor(
    bounds: [number, number, number, number],
    private readonly grids: Map<string, OverviewGrid>,
    private readonly retailers: Retailers,
    private readonly statuses: readonly string[],
    private readonly countyCodes: string[],
  ) {
    const [w, s, e, n] = bounds;
    const spanX = ((e - w) * Math.PI) / 180;
    const spanY = mercY(n) - mercY(s);
    // Same scale on both axes (Web Mercator is conformal): the longer side gets SIZE pixels.
    const k = SIZE / Math.max(spanX, spanY);
    this.canvas.width = Math.ceil(spanX * k);
    this.canvas.height = Math.ceil(spanY * k);
    this.x = (lng) => ((lng - w) * Math.PI * k) / 180;
    this.y = (lat) => (mercY(n) - mercY(lat)) * k;
    this.coordinates = [
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ];
  }

  draw(filters: MapFilters, levelOf: (id: string) => SaturationLevel | null): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const counties = filters.counties && new Set(filters.counties);
    // One path per colour and per status: a few fill calls instead of 45,000 (the software
    // rasteriser pays per call, not per shape).
    const paths = new Map<SaturationLevel, Path2D>();
    for (const [id, g] of this.grids) {
      const level = levelOf(id);
      if (!level || !filters.levels.includes(level)) continue;
      if (counties && !counties.has(g.county)) continue;
      let path = paths.get(level);
      if (!path) paths.set(level, (path = new Path2D()));
      g.ring.forEach(([lng, lat], i) =>
        i ? path.lineTo(this.x(lng), this.y(lat)) : path.moveTo(this.x(lng), this.y(lat)),
      );
      path.closePath();
    }
    ctx.lineWidth = 0.5;
    for (const [level, path] of paths) {
      ctx.fillStyle = ctx.strokeStyle = levelColour(level);
      ctx.globalAlpha = 0.45;
      ctx.fill(path);
      ctx.globalAlpha = 0.9;
      ctx.stroke(path);
    }
    ctx.globalAlpha = 0.8;
    const r = this.retailers;
    const statusOn = new Set(filters.statuses);
    for (let s = 0; s < this.statuses.length; s++) {
      const status = this.statuses[s] ?? '';
      if (!statusOn.has(status)) continue;
      const dots = new Path2D();
      for (let i = 0; i < r.lng.length; i++) {
        if (r.status[i] !== s) continue;
        if (counties && !counties.has(this.countyCodes[r.county[i] ?? 0] ?? '')) continue;
        dots.rect(this.x(r.lng[i] ?? 0) - 0.75, this.y(r.lat[i] ?? 0) - 0.75, 1.5, 1.5);
      }
      ctx.fillStyle = STATUS_COLOURS[status] ?? '#333';
      ctx.fill(dots);
    }
    ctx.globalAlpha = 1;
  }
}
