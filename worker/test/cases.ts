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

/** Inserts an accepted 新办 case of applicant apl_a at a point in the test grid. */
export async function acceptedNewCase(
  id: string,
  opts: { ref?: string; acceptedOn?: string; lat?: number; lng?: number } = {},
): Promise<string> {
  const lat = opts.lat ?? LAT;
  const lng = opts.lng ?? LNG;
  await env.DB.prepare(
    `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, form_json,
       submitted_on, accepted_on, deadline, grid_id, lat, lng)
     VALUES (?, ?, 'apl_a', '370702', 'new', 'accepted', ?, '2026-11-02', ?, '2099-01-01', ?, ?, ?)`,
  )
    .bind(
      id,
      opts.ref ?? `XK${id.toUpperCase()}`,
      JSON.stringify({
        operatorName: '王建国',
        shopName: `${id}店`,
        address: `胜利街${id}号`,
        county: '370702',
        lat,
        lng,
      }),
      opts.acceptedOn ?? '2026-11-10',
      GRID,
      lat,
      lng,
    )
    .run();
  return id;
}
