/**
 * Retailer import from the old system. A dry run reports every row accepted or rejected with its
 * reasons; a commit re-validates and writes everything in ONE D1 batch (one transaction), and
 * refuses to write at all while any row is rejected: invalid rows never half-import.
 */
import type { ImportReason } from '../../../core/api';
import { licenceExpiry } from '../../../core/preconditions';
import { insideCity, toWgs84, type Crs } from '../../../core/coords';
import { countsTowardSaturation } from '../../../core/saturation';
import { ensureGrid } from '../grids/grids.service';
import { makeLocator } from '../grids/grids.locate';
import { retailerRowSchema, type RetailerRow } from './imports.schema';

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  accepted: {
    index: number;
    number: string;
    county: string;
    gridId: string;
    lat: number;
    lng: number;
  }[];
  rejected: { index: number; number: string | null; reasons: ImportReason[] }[];
  grids: string[];
}

type Accepted = ImportReport['accepted'][number] & { row: RetailerRow; res: number };

/** What a clerk reads when a column of a row is wrong. */
const FIELD_REASONS: Record<string, ImportReason> = {
  number: { zh: '许可证号应为 6–20 位数字', en: 'licence number: 6–20 digits' },
  name: {
    zh: '缺少店名、店名过长或含有不允许的字符',
    en: 'shop name missing, too long or with characters not allowed',
  },
  address: {
    zh: '缺少地址、地址过长或含有不允许的字符',
    en: 'address missing, too long or with characters not allowed',
  },
  lng: { zh: '经度缺失或不是数字', en: 'longitude missing or not a number' },
  lat: { zh: '纬度缺失或不是数字', en: 'latitude missing or not a number' },
  holderName: { zh: '负责人姓名过长', en: 'holder name too long' },
  county: { zh: '县区代码应为 6 位数字', en: 'county code: 6 digits' },
  status: {
    zh: '状态应为 active / suspended / cancelled / expired 之一',
    en: 'status: active, suspended, cancelled or expired',
  },
  issuedOn: {
    zh: '发证日期应为真实日期，格式 YYYY-MM-DD',
    en: 'issue date: a real date, YYYY-MM-DD',
  },
  expiresOn: {
    zh: '有效期至应为真实日期，格式 YYYY-MM-DD',
    en: 'expiry date: a real date, YYYY-MM-DD',
  },
};

function fieldReasons(issues: { path: PropertyKey[]; message: string }[]): ImportReason[] {
  const fields = [...new Set(issues.map((i) => String(i.path[0] ?? '')))];
  return fields.map((f) => FIELD_REASONS[f] ?? { zh: `${f}：格式不正确`, en: `${f}: invalid` });
}

/** Validates every row (no writes). */
export async function checkRetailerRows(
  d1: D1Database,
  rows: Record<string, unknown>[],
  crs: Crs,
  today: string,
): Promise<{ report: ImportReport; ok: Accepted[] }> {
  const locate = await makeLocator(d1);
  const numbers = rows.map((r) => String(r.number ?? '').trim()).filter(Boolean);
  const existing = new Set<string>();
  for (let i = 0; i < numbers.length; i += 90) {
    const part = numbers.slice(i, i + 90);
    const res = await d1
      .prepare(`SELECT number FROM licences WHERE number IN (${part.map(() => '?').join(',')})`)
      .bind(...part)
      .all<{ number: string }>();
    for (const r of res.results) existing.add(r.number);
  }
  const seen = new Set<string>();
  const report: ImportReport = {
    dryRun: true,
    committed: false,
    accepted: [],
    rejected: [],
    grids: [],
  };
  const ok: Accepted[] = [];
  rows.forEach((raw, index) => {
    const parsed = retailerRowSchema.safeParse(raw);
    const number =
      typeof raw.number === 'string' || typeof raw.number === 'number' ? String(raw.number) : null;
    if (!parsed.success) {
      report.rejected.push({
        index,
        number,
        reasons: fieldReasons(parsed.error.issues),
      });
      return;
    }
    const row = parsed.data;
    const reasons: ImportReason[] = [];
    const [lng, lat] = toWgs84(row.lng, row.lat, crs);
    const county = row.county ?? row.number.slice(0, 6);
    if (!insideCity(lng, lat))
      reasons.push({
        zh: '坐标不在本市范围（经纬度是否颠倒？坐标系是否选对？）',
        en: 'coordinates outside Weifang (swapped, or wrong coordinate system?)',
      });
    if (existing.has(row.number))
      reasons.push({ zh: '许可证号已存在', en: 'licence number already registered' });
    if (seen.has(row.number))
      reasons.push({ zh: '文件内许可证号重复', en: 'licence number repeated in the file' });
    seen.add(row.number);
    const located = reasons.length ? null : locate(lat, lng, county);
    if (!reasons.length && !located)
      reasons.push({ zh: `未知县区代码 ${county}`, en: `unknown county ${county}` });
    if (row.issuedOn && row.issuedOn > today)
      reasons.push({ zh: '发证日期晚于今天', en: 'issued in the future' });
    const expires = row.expiresOn ?? licenceExpiry(row.issuedOn ?? today);
    if (row.issuedOn && expires <= row.issuedOn)
      reasons.push({ zh: '有效期截止日期早于发证日期', en: 'expires before it was issued' });
    if (row.status === 'active' && expires < today)
      reasons.push({
        zh: '有效期已过，状态不能为“有效”',
        en: 'past its expiry date, so it cannot be active',
      });
    if (reasons.length || !located) {
      report.rejected.push({ index, number: row.number, reasons });
      return;
    }
    const a = { index, number: row.number, county, gridId: located.gridId, lat, lng };
    report.accepted.push(a);
    ok.push({ ...a, row, res: located.res });
  });
  report.grids = [...new Set(ok.map((a) => a.gridId))];
  return { report, ok };
}

/** Writes accepted rows in one batch: premises, licences, new grids and their counts. */
export async function commitRetailers(
  d1: D1Database,
  ok: Accepted[],
  today: string,
  now: string,
): Promise<void> {
  const stmts: D1PreparedStatement[] = [];
  const perGrid = new Map<string, number>();
  const seenGrid = new Set<string>();
  for (const a of ok) {
    if (!seenGrid.has(a.gridId)) {
      seenGrid.add(a.gridId);
      if (!a.gridId.startsWith('poly-')) stmts.push(ensureGrid(d1, a.gridId, a.county, a.res, now));
    }
    const premisesId = crypto.randomUUID();
    const issued = a.row.issuedOn ?? today;
    stmts.push(
      d1
        .prepare(
          `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(premisesId, a.county, a.row.address, a.lat, a.lng, a.gridId, a.gridId),
      d1
        .prepare(
          `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code,
             status, issued_on, expires_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(
          crypto.randomUUID(),
          a.number,
          a.row.holderName ?? a.row.name,
          a.row.name,
          premisesId,
          a.county,
          a.row.status,
          issued,
          a.row.expiresOn ?? licenceExpiry(issued),
          now,
        ),
    );
    if (countsTowardSaturation(a.row.status))
      perGrid.set(a.gridId, (perGrid.get(a.gridId) ?? 0) + 1);
  }
  for (const [gridId, n] of perGrid) {
    stmts.push(
      d1
        .prepare(
          'UPDATE grids SET retailer_count = retailer_count + ?, updated_at = ? WHERE id = ?',
        )
        .bind(n, now, gridId),
    );
  }
  await d1.batch(stmts);
}
