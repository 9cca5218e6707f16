/** Tells every open staff map about grids whose count or capacity just changed. */
import type { GridChangeCause } from '../../../core/live';
import type { Env } from '../../env';
import { appNowIso } from '../../lib/clock';
import { publishFeed } from '../live/live.feed';

export async function publishGrids(
  env: Env,
  ids: string[],
  cause: GridChangeCause,
  shopName?: string,
): Promise<void> {
  const at = appNowIso(env);
  const unique = [...new Set(ids)];
  // D1 binds at most 100 parameters per statement.
  for (let i = 0; i < unique.length; i += 90) {
    const part = unique.slice(i, i + 90);
    const rows = await env.DB.prepare(
      `SELECT id, jurisdiction_code, capacity, retailer_count FROM grids
       WHERE id IN (${part.map(() => '?').join(',')})`,
    )
      .bind(...part)
      .all<{ id: string; jurisdiction_code: string; capacity: number; retailer_count: number }>();
    for (const g of rows.results) {
      await publishFeed(env, {
        type: 'grid_changed',
        gridId: g.id,
        jurisdictionCode: g.jurisdiction_code,
        retailerCount: g.retailer_count,
        capacity: Math.max(0, g.capacity),
        cause,
        at,
        ...(shopName ? { shopName } : {}),
      });
    }
  }
}
