/** Licences for the tests of imported records: two in 潍城区, one in 奎文区, one cancelled. */
import { env } from 'cloudflare:workers';
import { KUIWEN, WEICHENG, todayMinus } from './fixtures';

export const LICENCES = {
  wc1: { id: 'lic_wc1', number: '370702100000001', county: WEICHENG, status: 'active' },
  wc2: { id: 'lic_wc2', number: '370702100000002', county: WEICHENG, status: 'active' },
  wcOff: { id: 'lic_wc3', number: '370702100000003', county: WEICHENG, status: 'cancelled' },
  kw1: { id: 'lic_kw1', number: '370705100000001', county: KUIWEN, status: 'active' },
} as const;

/** Inserts the licences (issued two years ago) with their premises and grid. */
export async function seedLicences(): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO grids (id, jurisdiction_code, kind, h3_res) VALUES ('g_rec', ?, 'h3', 8)`,
  )
    .bind(WEICHENG)
    .run();
  for (const l of Object.values(LICENCES)) {
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
         VALUES (?, ?, '潍坊市测试路9号', 36.73, 119.06, 'g_rec', 'g_rec')`,
      ).bind(`pr_${l.id}`, l.county),
      env.DB.prepare(
        `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code,
           status, issued_on, expires_on, updated_at)
         VALUES (?, ?, '李四', '测试烟酒店', ?, ?, ?, ?, '2099-01-01', '2024-01-01')`,
      ).bind(l.id, l.number, `pr_${l.id}`, l.county, l.status, todayMinus(730)),
    ]);
  }
}

/** A well-formed row for `number`, delivered `daysAgo` days before today. */
export function row(number: string, daysAgo = 10, extra: Record<string, unknown> = {}) {
  return {
    customerCode: `C${number.slice(-6)}`,
    number,
    monthlyVolume: 120,
    lastDeliveryOn: todayMinus(daysAgo),
    status: '正常',
    ...extra,
  };
}
