/**
 * Pure geometry for the grid administration screen: the no-basemap picture of the grids a
 * recompute would recolour (H3 outlines from h3-js, imported units from their GeoJSON), the
 * summary by colour transition, and GeoJSON files → the polygon import's units.
 * Imported dynamically (h3-js stays out of the main bundle).
 */
import { cellToBoundary, isValidCell } from 'h3-js';
import type { RecomputeChange } from '@core/api';
import { SATURATION_LEVELS, type SaturationLevel } from '../../../../worker/core/saturation';

type Ring = [number, number][];

/** {'green>yellow': 3, …} → the transitions, worst first (towards red, then the others). */
export function transitions(
  shifts: Record<string, number>,
): { from: SaturationLevel; to: SaturationLevel; n: number }[] {
  const out: { from: SaturationLevel; to: SaturationLevel; n: number }[] = [];
  for (const [k, n] of Object.entries(shifts)) {
    const [from, to] = k.split('>') as [SaturationLevel, SaturationLevel];
    if (SATURATION_LEVELS.includes(from) && SATURATION_LEVELS.includes(to) && n > 0)
      out.push({ from, to, n });
  }
  const rank = (x: { from: SaturationLevel; to: SaturationLevel }) =>
    SATURATION_LEVELS.indexOf(x.to) - SATURATION_LEVELS.indexOf(x.from);
  return out.sort(
    (a, b) =>
      rank(b) - rank(a) || SATURATION_LEVELS.indexOf(b.to) - SATURATION_LEVELS.indexOf(a.to),
  );
}

/** Outer rings ([lng, lat]) of a change: its H3 cell, or its imported polygon. */
export function ringsOf(c: Pick<RecomputeChange, 'id' | 'geometry'>): Ring[] {
  const g = c.geometry as { type?: string; coordinates?: unknown } | undefined;
  if (g?.type === 'Polygon') return [(g.coordinates as Ring[])[0] ?? []];
  if (g?.type === 'MultiPolygon') return (g.coordinates as Ring[][]).map((p) => p[0] ?? []);
  if (isValidCell(c.id)) return [cellToBoundary(c.id, true) as Ring];
  return [];
}

export interface Shape {
  id: string;
  from: SaturationLevel;
  to: SaturationLevel;
  /** SVG path in the picture's coordinates; a dot when the grid is too small to see. */
  d: string;
  dot: { x: number; y: number } | null;
}

/**
 * Projects the changes into a `width`×`height` picture (equirectangular, scaled by cos(lat) so
 * shapes keep their proportions), keeping a margin; north up.
 */
export function pictureOf(
  changes: Pick<RecomputeChange, 'id' | 'geometry' | 'levelFrom' | 'levelTo'>[],
  width: number,
  height: number,
  margin = 12,
  minSize = 6,
): Shape[] {
  const items = changes.map((c) => ({ c, rings: ringsOf(c).filter((r) => r.length > 2) }));
  const pts = items.flatMap((i) => i.rings.flat());
  if (!pts.length) return [];
  const lngs = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const [minX, maxX] = [Math.min(...lngs), Math.max(...lngs)];
  const [minY, maxY] = [Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * k, 1e-6);
  const spanY = Math.max(maxY - minY, 1e-6);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  const px = ([lng, lat]: [number, number]): [number, number] => [
    offX + (lng - minX) * k * scale,
    offY + (maxY - lat) * scale,
  ];
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return items
    .filter((i) => i.rings.length)
    .map(({ c, rings }) => {
      const projected = rings.map((r) => r.map(px));
      const all = projected.flat();
      const xs = all.map((p) => p[0]);
      const ys = all.map((p) => p[1]);
      const w = Math.max(...xs) - Math.min(...xs);
      const h = Math.max(...ys) - Math.min(...ys);
      const d = projected
        .map((r) => `M${r.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L')}Z`)
        .join('');
      const small = Math.max(w, h) < minSize;
      const dot = small
        ? {
            x: r1((Math.min(...xs) + Math.max(...xs)) / 2),
            y: r1((Math.min(...ys) + Math.max(...ys)) / 2),
          }
        : null;
      return { id: c.id, from: c.levelFrom, to: c.levelTo, d, dot };
    });
}

const PROPS: Record<string, string[]> = {
  code: ['code', 'CODE', 'id', 'ID', '编码', '单元编码', '编号'],
  name: ['name', 'NAME', '名称', '单元名称'],
  county: ['county', 'COUNTY', '县市区', '区县', '县区', '所属县市区'],
  population: ['population', 'POPULATION', 'pop', '人口'],
  locationClass: ['locationClass', 'location_class', 'class', '区位'],
};

/**
 * A GeoJSON text → the polygon import's units (one per feature, properties matched by their
 * usual names, geometry passed as is: the server checks each unit). Null when it is not GeoJSON.
 */
export function unitsFromGeoJson(text: string): Record<string, unknown>[] | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const d = doc as { type?: string; features?: unknown[] };
  const features =
    d?.type === 'FeatureCollection' && Array.isArray(d.features)
      ? d.features
      : d?.type === 'Feature'
        ? [d]
        : null;
  if (!features) return null;
  return features.map((f) => {
    const { properties, geometry } = (f ?? {}) as {
      properties?: Record<string, unknown> | null;
      geometry?: unknown;
    };
    const unit: Record<string, unknown> = { geometry };
    for (const [key, names] of Object.entries(PROPS)) {
      const hit = names.find((n) => properties?.[n] !== undefined && properties[n] !== null);
      if (hit) {
        const v = properties?.[hit];
        unit[key] = key === 'population' ? v : String(v).trim();
      }
    }
    return unit;
  });
}
