/**
 * The city-wide overview as pixels: every grid filled in its saturation colour, every retailer
 * a dot in its licence status colour, county outlines dashed. Painted in plain JavaScript into
 * premultiplied RGBA (a scanline fill per hexagon, four pixels per dot, no anti-aliasing): a few
 * tens of milliseconds off the page's thread (map-data.worker.ts), where a 2D canvas on the
 * page spent hundreds on 5,000 paths and 40,000 rectangles and its upload. The engine shows it
 * as one texture (map-overview-layer.ts); zoomed in, vector layers take over.
 */
import {
  SATURATION_LEVELS,
  saturationLevel,
  type SaturationLevel,
} from '../../../../worker/core/saturation';
import type { MapFilters } from './map-data';
import { levelColour, STATUS_COLOURS } from './map-style';
import type { PreparedMap } from './map-prepare';

export interface Raster {
  width: number;
  height: number;
  /** Premultiplied RGBA, row 0 at the north edge of `rasterBounds`. */
  pixels: Uint8ClampedArray;
}

const FILL_ALPHA = 0.42;
const EDGE_ALPHA = 0.6;
const DOT_ALPHA = 0.85;

/** The longer side of the overview, in pixels. */
export const RASTER_SIZE = 1024;

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** The overview covers the data's bounds and this margin, in degrees. */
const PAD = 0.05;

/** West, south, east, north edges of the overview's pixels. */
export function rasterBounds(bounds: PreparedMap['bounds']): [number, number, number, number] {
  return [bounds[0] - PAD, bounds[1] - PAD, bounds[2] + PAD, bounds[3] + PAD];
}

/** Pixel size of the overview and the projection of lng/lat onto it (Web Mercator). */
export function rasterFrame(bounds: PreparedMap['bounds']) {
  const [w, s, e, n] = rasterBounds(bounds);
  const spanX = ((e - w) * Math.PI) / 180;
  const spanY = mercY(n) - mercY(s);
  // Same scale on both axes (Web Mercator is conformal): the longer side gets RASTER_SIZE.
  const k = RASTER_SIZE / Math.max(spanX, spanY);
  const top = mercY(n);
  const width = Math.ceil(spanX * k);
  const height = Math.ceil(spanY * k);
  return {
    width,
    height,
    /** North-west and south-east corners of the whole pixels (lng, lat, lng, lat). */
    corners: [
      w,
      n,
      w + (width * 180) / (Math.PI * k),
      (Math.atan(Math.exp(top - height / k)) * 360) / Math.PI - 90,
    ] as [number, number, number, number],
    x: (lng: number) => ((lng - w) * Math.PI * k) / 180,
    y: (lat: number) => (top - mercY(lat)) * k,
  };
}

const rgb = (hex: string): [number, number, number] => {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
};

/** Colour `c` at alpha a over `under` (null: transparent), premultiplied RGBA in one word. */
function pack(
  c: [number, number, number],
  a: number,
  under: [number, number, number, number] | null,
) {
  const [ur, ug, ub, ua] = under ?? [0, 0, 0, 0];
  const k = 1 - a;
  const r = Math.round(c[0] * a + ur * ua * k);
  const g = Math.round(c[1] * a + ug * ua * k);
  const b = Math.round(c[2] * a + ub * ua * k);
  const alpha = Math.round(255 * (a + ua * k));
  // Little-endian: the bytes in memory are R, G, B, A.
  return (r | (g << 8) | (b << 16) | (alpha << 24)) >>> 0;
}

/**
 * Writes pixels, never reads them: every colour is composed beforehand (a grid's outline over
 * its own fill, a dot at 80%), which keeps 40,000 dots and 30,000 edges to one store each.
 */
class Painter {
  readonly u32: Uint32Array;
  private readonly xs: number[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.u32 = new Uint32Array(width * height);
  }

  put(x: number, y: number, packed: number): void {
    if (x >= 0 && y >= 0 && x < this.width && y < this.height)
      this.u32[y * this.width + x] = packed;
  }

  /**
   * Fills polygon `pts[from..to)` (pixel coordinates, x y pairs) by pixel centres, even–odd.
   * Hexagons cross each row twice; only imported polygons may need sorting.
   */
  fill(pts: Float64Array, from: number, to: number, packed: number): void {
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = from + 1; i < to; i += 2) {
      minY = Math.min(minY, pts[i]!);
      maxY = Math.max(maxY, pts[i]!);
    }
    const xs = this.xs;
    const u32 = this.u32;
    const y0 = Math.max(0, Math.ceil(minY - 0.5));
    const y1 = Math.min(this.height - 1, Math.floor(maxY - 0.5));
    for (let y = y0; y <= y1; y++) {
      const yc = y + 0.5;
      xs.length = 0;
      for (let i = from, j = to - 2; i < to; j = i, i += 2) {
        const ay = pts[i + 1]!;
        const by = pts[j + 1]!;
        if (ay > yc === by > yc) continue;
        const ax = pts[i]!;
        xs.push(ax + ((yc - ay) * (pts[j]! - ax)) / (by - ay));
      }
      if (xs.length > 2) xs.sort((p, q) => p - q);
      const row = y * this.width;
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const a = xs[k]!;
        const b = xs[k + 1]!;
        const left = Math.max(0, Math.ceil(Math.min(a, b) - 0.5));
        const right = Math.min(this.width, Math.ceil(Math.max(a, b) - 0.5));
        for (let x = row + left; x < row + right; x++) u32[x] = packed;
      }
    }
  }

  /** A one-pixel line; `dash` = [on, off] in pixels. */
  line(ax: number, ay: number, bx: number, by: number, packed: number, dash?: [number, number]) {
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay))));
    const dx = (bx - ax) / steps;
    const dy = (by - ay) / steps;
    for (let i = 0; i < steps; i++) {
      if (dash && i % (dash[0] + dash[1]) >= dash[0]) continue;
      this.put(Math.floor(ax + dx * i), Math.floor(ay + dy * i), packed);
    }
  }
}

/** Paints the overview for the given filters. */
export function drawOverview(map: PreparedMap, filters: MapFilters): Raster {
  const f = rasterFrame(map.bounds);
  const p = new Painter(f.width, f.height);
  const g = map.grids;
  const countyOn = filters.counties
    ? new Set(filters.counties.map((c) => map.counties.findIndex((x) => x.code === c)))
    : null;
  const levelOn = new Set<SaturationLevel>(filters.levels);
  const fill = new Map<SaturationLevel, number>();
  const edge = new Map<SaturationLevel, number>();
  for (const l of SATURATION_LEVELS) {
    const c = rgb(levelColour(l));
    fill.set(l, pack(c, FILL_ALPHA, null));
    edge.set(l, pack(c, EDGE_ALPHA, [...c, FILL_ALPHA]));
  }

  // Every outline vertex projected once, in one pass over typed arrays.
  const px = new Float64Array(g.ring.length);
  for (let k = 0; k < g.ring.length; k += 2) {
    px[k] = f.x(g.ring[k]!);
    px[k + 1] = f.y(g.ring[k + 1]!);
  }
  for (let i = 0; i < g.id.length; i++) {
    if (countyOn && !countyOn.has(g.county[i]!)) continue;
    const level = saturationLevel(Math.max(0, g.count[i]!), g.capacity[i]!);
    if (!levelOn.has(level)) continue;
    const from = 2 * g.ringStart[i]!;
    const to = 2 * g.ringStart[i + 1]!;
    if (to - from < 6) continue;
    p.fill(px, from, to, fill.get(level) ?? 0);
    const e = edge.get(level) ?? 0;
    for (let k = from, j = to - 2; k < to; j = k, k += 2) {
      p.line(px[j]!, px[j + 1]!, px[k]!, px[k + 1]!, e);
    }
  }

  const r = map.retailers;
  const statusOn = new Set(filters.statuses);
  for (let s = 0; s < map.statuses.length; s++) {
    const status = map.statuses[s] ?? '';
    if (!statusOn.has(status)) continue;
    const c = pack(rgb(STATUS_COLOURS[status] ?? '#333333'), DOT_ALPHA, null);
    for (let i = 0; i < r.lng.length; i++) {
      if (r.status[i] !== s) continue;
      if (countyOn && !countyOn.has(r.county[i]!)) continue;
      const x = Math.round(f.x(r.lng[i]!) - 1);
      const y = Math.round(f.y(r.lat[i]!) - 1);
      if (x < 0 || y < 0 || x + 1 >= p.width || y + 1 >= p.height) continue;
      const at = y * p.width + x;
      p.u32[at] = c;
      p.u32[at + 1] = c;
      p.u32[at + p.width] = c;
      p.u32[at + p.width + 1] = c;
    }
  }

  const line = pack(rgb('#51606f'), 1, null);
  for (const county of map.counties) {
    const o = county.outline;
    for (let k = 0; k + 1 < o.length; k++) {
      const [ax, ay] = o[k] ?? [0, 0];
      const [bx, by] = o[k + 1] ?? [0, 0];
      p.line(f.x(ax), f.y(ay), f.x(bx), f.y(by), line, [6, 4]);
    }
  }
  const pixels = new Uint8ClampedArray(p.u32.buffer);
  return { width: f.width, height: f.height, pixels };
}
