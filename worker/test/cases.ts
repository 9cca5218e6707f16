/** Case helpers shared by the workflow tests: a test grid in 潍城区, reading and acting on a case. */
import { env } from 'cloudflare:workers';
import { latLngToCell } from 'h3-js';
import { call } from './fixtures';

export const LAT = 36.7301;
export const LNG = 119.0602;
export const GRID = latLngToCell(LAT, LNG, 8);

/** Creates or resets the test grid with a capacity and a current retailer count. */
export async function setGrid(capacity: number, retailers: number): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, capacity_computed, capacity, retailer_count)
     VALUES (?, '370702', 'h3', 8, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET capacity = excluded.capacity, retailer_count = excluded.retailer_count`,
  )
    .bind(GRID, capacity, capacity, retailers)
    .run();
}

/** The raw application row. */
export async function row(id: string) {
  return env.DB.prepare('SELECT * FROM applications WHERE id = ?')
    .bind(id)
    .first<Record<string, unknown>>();
}

/** A staff action on a case at its current version. */
export async function act(cookie: string, id: string, body: Record<string, unknown>) {
  const version = Number((await row(id))?.version);
  return call(`/api/applications/${id}/actions`, { cookie, body: { version, ...body } });
}
