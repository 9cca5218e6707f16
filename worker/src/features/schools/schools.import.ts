/**
 * School list import: every row checked (dry run), then written in one D1 batch only when no row
 * is rejected — a file with a bad row imports nothing. Reasons come in both languages.
 */
import { z } from 'zod';
import type { ImportReason, SchoolImportReport } from '../../../core/api';
import { crsSchema, insideCity, toWgs84, type Crs } from '../../../core/coords';
import { textProblem } from '../../../core/fields';
import { SCHOOL_KINDS, type SchoolKind } from '../../../core/layout-kinds';

export const schoolImportSchema = z.object({
  crs: crsSchema,
  dryRun: z.boolean().default(true),
  /** Replace the listed counties' schools (a fresh yearly list) instead of adding to them. */
  replace: z.boolean().default(false),
  rows: z.array(z.record(z.string(), z.unknown())).min(1).max(5000),
});

type Reason = ImportReason;

export interface SchoolRow {
  index: number;
  name: string;
  kind: SchoolKind;
  county: string;
  lat: number;
  lng: number;
}

export type SchoolReport = SchoolImportReport & { accepted: SchoolRow[] };

/** 小学 / 中学 / 初中 / 高中 / 幼儿园 / 九年一贯制… or the API's own words → a kind. */
export function schoolKindOf(raw: unknown): SchoolKind | null {
  const s = String(raw ?? '')
    .trim()
    .toLowerCase();
  if (!s) return null;
  if ((SCHOOL_KINDS as readonly string[]).includes(s)) return s as SchoolKind;
  if (/幼|托儿|kindergarten|nursery/.test(s)) return 'kindergarten';
  if (/小学|一贯|primary/.test(s)) return 'primary';
  if (/中学|初中|高中|初级中|高级中|secondary|middle|high/.test(s)) return 'secondary';
  return null;
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const num = (v: unknown) => {
  const s = text(v).trim();
  return s === '' ? NaN : Number(s);
};

/**
 * Checks rows against the counties (`code → code`, `name → code`) and the schools already
 * stored (`county|name`, skipped when the import replaces those counties).
 */
export function checkSchoolRows(
  rows: Record<string, unknown>[],
  crs: Crs,
  counties: Map<string, string>,
  existing: Set<string>,
  dryRun: boolean,
): SchoolReport {
  const report: SchoolReport = { dryRun, committed: false, accepted: [], rejected: [] };
  const seen = new Set<string>();
  rows.forEach((raw, index) => {
    const reasons: Reason[] = [];
    const name = text(raw.name).normalize('NFC').trim();
    if (!name) reasons.push({ zh: '缺少学校名称', en: 'school name missing' });
    else if (name.length > 100) reasons.push({ zh: '名称过长', en: 'name too long' });
    else if (textProblem(name)) {
      reasons.push({ zh: '名称含有不允许的字符', en: 'the name has characters not allowed' });
    }
    const kind = schoolKindOf(raw.kind);
    if (!kind) {
      reasons.push({
        zh: `类型“${text(raw.kind)}”无法识别（应为小学、中学或幼儿园）`,
        en: `kind “${text(raw.kind)}” not recognised (primary, secondary or kindergarten)`,
      });
    }
    const countyText = text(raw.county).trim();
    const county = counties.get(countyText);
    if (!county) {
      reasons.push({
        zh: countyText ? `未知县市区“${countyText}”` : '缺少所属县市区',
        en: countyText ? `unknown county “${countyText}”` : 'county missing',
      });
    }
    const x = num(raw.lng);
    const y = num(raw.lat);
    let lng = NaN;
    let lat = NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      reasons.push({
        zh: '经纬度缺失或不是数字',
        en: 'longitude / latitude missing or not a number',
      });
    } else {
      [lng, lat] = toWgs84(x, y, crs);
      if (!insideCity(lng, lat)) {
        reasons.push({
          zh: '坐标不在本市范围（经纬度是否颠倒？）',
          en: 'coordinates outside Weifang (longitude and latitude swapped?)',
        });
      }
    }
    if (county && name) {
      const key = `${county}|${name}`;
      if (seen.has(key)) reasons.push({ zh: '文件内重复', en: 'repeated in the file' });
      else if (existing.has(key)) reasons.push({ zh: '该学校已登记', en: 'school already listed' });
      seen.add(key);
    }
    if (reasons.length || !kind || !county) {
      report.rejected.push({ index, name: name || null, reasons });
      return;
    }
    report.accepted.push({ index, name, kind, county, lat, lng });
  });
  return report;
}
