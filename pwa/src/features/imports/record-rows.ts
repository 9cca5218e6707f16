/**
 * A table from the sales, distribution or internal-management system → the rows the record
 * import takes. Runs after the shared reader (map/import-rows.ts), which already names
 * 许可证号 `number` and 状态 `status`; the other titles are matched here. Pure, tested plainly.
 */

/** Column titles seen in the three systems' exports → the API's field names. */
const ALIASES: Record<string, string> = {
  客户编码: 'customerCode',
  客户代码: 'customerCode',
  客户编号: 'customerCode',
  customercode: 'customerCode',
  customer: 'customerCode',
  月订货量: 'monthlyVolume',
  月订单量: 'monthlyVolume',
  月均订货量: 'monthlyVolume',
  'monthly volume': 'monthlyVolume',
  monthlyvolume: 'monthlyVolume',
  最近送货日期: 'lastDeliveryOn',
  最后送货日期: 'lastDeliveryOn',
  最近配送日期: 'lastDeliveryOn',
  'last delivery': 'lastDeliveryOn',
  lastdeliveryon: 'lastDeliveryOn',
  客户状态: 'status',
};

/** A spreadsheet date cell (a Date at UTC midnight) → YYYY-MM-DD; other values as they are. */
function cell(v: unknown): unknown {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return v;
}

export function recordRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      const key = ALIASES[k] ?? ALIASES[k.toLowerCase()] ?? k;
      out[key] = cell(v);
    }
    return out;
  });
}
