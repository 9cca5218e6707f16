/**
 * Grid administration (网格管理): the answers the admin screen reads (recompute preview,
 * school and polygon imports).
 */
import type { SchoolKind } from './layout-kinds';
import type { SaturationLevel } from './saturation';

/** A reason a row or unit of an import was rejected, in both languages. */
export interface ImportReason {
  zh: string;
  en: string;
}

/** One grid whose capacity the yearly recompute would change ("what if"). */
export interface RecomputeChange {
  id: string;
  county: string;
  countyName?: string;
  /** Licences counting toward saturation now. */
  count: number;
  /** Capacity in force now → after the recompute (an override stays in force). */
  from: number;
  to: number;
  levelFrom: SaturationLevel;
  levelTo: SaturationLevel;
  computedTo: number;
  /** An imported unit's WGS-84 outline (GeoJSON Polygon / MultiPolygon); H3 grids have none. */
  geometry?: unknown;
}

export interface RecomputePreviewView {
  grids: number;
  changed: number;
  /** Grids whose colour changes, e.g. {'green>yellow': 12}. */
  colourShifts: Record<string, number>;
  /** Colour changes first, at most 2,000; `changed` has the total. */
  changes: RecomputeChange[];
}

export interface SchoolView {
  id: string;
  county: string;
  countyName: string | null;
  name: string;
  kind: SchoolKind;
  lat: number;
  lng: number;
}

export interface SchoolImportReport {
  dryRun: boolean;
  committed: boolean;
  accepted: (Omit<SchoolView, 'id' | 'countyName'> & { index: number })[];
  rejected: { index: number; name: string | null; reasons: ImportReason[] }[];
}

export interface PolygonImportReport {
  dryRun: boolean;
  committed: boolean;
  accepted: {
    index: number;
    id: string;
    name: string;
    county: string;
    /** Premises inside the unit now in another grid: they move on commit. */
    premises: number;
    /** Of those, licences counting toward saturation. */
    retailers: number;
    capacity: number;
  }[];
  rejected: { index: number; name: string | null; reasons: ImportReason[] }[];
  /** Grids whose counts change on commit. */
  grids: string[];
}
