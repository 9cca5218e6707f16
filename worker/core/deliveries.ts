/**
 * Records from the bureau's other systems (打通数据壁垒): 营销 (sales), 配送 (distribution) and
 * 内管 (internal management) each know a retailer by its customer code, with its monthly order
 * volume, its last delivery and its status there. Imported rows are matched to licences by
 * number; the newest delivery across sources feeds the "no deliveries for 6 months" warning.
 */
import { z } from 'zod';
import { daysInMonth, isIsoDate } from './dates';
import type { ImportReason } from './api-grids';

export const RECORD_SOURCES = ['sales', 'distribution', 'internal'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

export const RECORD_SOURCE_LABELS: Record<RecordSource, { zh: string; en: string }> = {
  sales: { zh: '营销系统', en: 'Sales' },
  distribution: { zh: '配送系统', en: 'Distribution' },
  internal: { zh: '内管系统', en: 'Internal management' },
};

/** The customer's status in the other system. */
export const CUSTOMER_STATUSES = ['normal', 'paused', 'closed'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const CUSTOMER_STATUS_LABELS: Record<CustomerStatus, { zh: string; en: string }> = {
  normal: { zh: '正常', en: 'Normal' },
  paused: { zh: '暂停供货', en: 'Supply paused' },
  closed: { zh: '停止供货', en: 'Supply ended' },
};

/** Chinese words the exports use for a status, besides our own codes. */
const STATUS_WORDS: Record<string, CustomerStatus> = {
  正常: 'normal',
  暂停: 'paused',
  暂停供货: 'paused',
  停供: 'closed',
  停止供货: 'closed',
  注销: 'closed',
};

/** Rows per import: one D1 batch must stay well inside the worker's limits. */
export const MAX_RECORD_ROWS = 5000;

/** One row of an import, lenient in what it takes (spreadsheets send numbers as numbers). */
export const recordRowSchema = z.object({
  customerCode: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^[A-Za-z0-9-]{4,32}$/)),
  number: z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^\d{6,20}$/)),
  monthlyVolume: z.coerce.number().int().min(0).max(100_000),
  lastDeliveryOn: z
    .string()
    .trim()
    .transform((v) => v.replaceAll('/', '-'))
    .refine(isIsoDate)
    .nullable()
    .optional(),
  status: z
    .string()
    .trim()
    .transform((v) => STATUS_WORDS[v] ?? v)
    .pipe(z.enum(CUSTOMER_STATUSES)),
});
export type RecordRow = z.infer<typeof recordRowSchema>;

/** A whole import: from one source, a dry run unless said otherwise. */
export const recordImportSchema = z.object({
  source: z.enum(RECORD_SOURCES),
  dryRun: z.boolean().default(true),
  rows: z.array(z.record(z.string(), z.unknown())).min(1),
});

/** What a clerk reads when a column of a row is wrong. */
export const RECORD_FIELD_REASONS: Record<keyof RecordRow, ImportReason> = {
  customerCode: {
    zh: '客户编码应为 4–32 位字母或数字',
    en: 'customer code: 4–32 letters or digits',
  },
  number: { zh: '许可证号应为 6–20 位数字', en: 'licence number: 6–20 digits' },
  monthlyVolume: {
    zh: '月订货量应为 0–100000 的整数（条）',
    en: 'monthly volume: a whole number of cartons, 0–100000',
  },
  lastDeliveryOn: {
    zh: '最近送货日期应为真实日期，格式 YYYY-MM-DD',
    en: 'last delivery: a real date, YYYY-MM-DD',
  },
  status: {
    zh: '状态应为 正常 / 暂停供货 / 停止供货 之一',
    en: 'status: normal, paused or closed',
  },
};

/** Why a well-formed row is still refused. */
export const RECORD_REASONS = {
  unknownLicence: { zh: '许可证号不存在', en: 'no licence with this number' },
  duplicate: { zh: '文件内许可证号重复', en: 'licence number repeated in the file' },
  otherCounty: {
    zh: '许可证不在您的管辖区县内',
    en: 'the licence is outside your counties',
  },
  future: { zh: '最近送货日期晚于今天', en: 'last delivery is after today' },
} as const satisfies Record<string, ImportReason>;

/** One accepted or rejected row as the dry run reports it. */
export interface RecordImportReport {
  dryRun: boolean;
  committed: boolean;
  source: RecordSource;
  accepted: { index: number; number: string; licenceId: string; replaces: boolean }[];
  rejected: { index: number; number: string | null; reasons: ImportReason[] }[];
}

/** A licence's record from one source, as the licence page and the map panel show it. */
export interface LicenceRecordView {
  source: RecordSource;
  customerCode: string;
  monthlyVolume: number;
  lastDeliveryOn: string | null;
  status: CustomerStatus;
  importedAt: string;
}

/**
 * The day `months` calendar months before `today` (the end of a shorter month clamps):
 * `monthsBefore('2026-08-31', 6)` → `'2026-02-28'`. The warning's "no deliveries for 6 months"
 * asks for licences whose last delivery is before this day.
 */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The newest delivery over a licence's records (null when none has a date). */
export function lastDelivery(records: readonly { lastDeliveryOn: string | null }[]): string | null {
  let best: string | null = null;
  for (const r of records)
    if (r.lastDeliveryOn && (!best || r.lastDeliveryOn > best)) best = r.lastDeliveryOn;
  return best;
}

/** Months without a delivery after which an active licence is flagged (the warning's rule). */
export const QUIET_MONTHS = 6;

/**
 * Whether an active licence has gone quiet: the other systems know it (at least one record),
 * it was issued before the cut-off, and nothing was delivered since. The same rule as
 * `licencesWithoutDeliverySince` (worker/src/features/deliveries/records.repo.ts) in SQL.
 */
export function isQuiet(
  licence: { status: string; issuedOn: string },
  records: readonly { lastDeliveryOn: string | null }[],
  today: string,
  months = QUIET_MONTHS,
): boolean {
  const since = monthsBefore(today, months);
  const last = lastDelivery(records);
  return (
    licence.status === 'active' &&
    records.length > 0 &&
    licence.issuedOn < since &&
    (last === null || last < since)
  );
}
