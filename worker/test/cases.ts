/** Case helpers shared by the workflow tests: a test grid in 潍城区, reading and acting on a case. */
import { env } from 'cloudflare:workers';
import { latLngToCell } from 'h3-js';
import { creditCheckChar } from '../core/credit-code';
import { CONSENT, call } from './fixtures';

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

/**
 * A's active licence 建国便利店 (370702202400001) on its premises at the test spot in 潍城区
 * (the test grid must exist: `setGrid`), as statements for the caller's batch.
 */
export function licenceOfA(licenceId = 'lic_a', premisesId = 'pr_a'): D1PreparedStatement[] {
  return [
    env.DB.prepare(
      `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
       VALUES (?, '370702', '潍城区胜利西街100号', ?, ?, ?, ?)`,
    ).bind(premisesId, LAT, LNG, GRID, GRID),
    env.DB.prepare(
      `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, premises_id,
         jurisdiction_code, status, issued_on, expires_on)
       VALUES (?, '370702202400001', 'apl_a', '王建国', '建国便利店', ?, '370702',
         'active', '2024-01-01', '2029-01-01')`,
    ).bind(licenceId, premisesId),
  ];
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

/** Records a passing inspection on a case by its officers (what a 新办 needs before approval). */
export async function inspected(id: string, passed = true): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO application_events (id, application_id, actor_kind, actor_id, actor_name, action,
       from_status, to_status, reason, data_json)
     VALUES (?, ?, 'staff', 'stf_inspector', '核查员', 'record_inspection', 'inspection', 'accepted',
       '现场与申报一致', ?)`,
  )
    .bind(crypto.randomUUID(), id, JSON.stringify({ passed, notes: '现场与申报一致' }))
    .run();
}

/**
 * Inserts an accepted 新办 case of applicant apl_a at a point in the test grid, its inspection
 * passed (unless `inspected: false`).
 */
export async function acceptedNewCase(
  id: string,
  opts: { ref?: string; acceptedOn?: string; lat?: number; lng?: number; inspected?: boolean } = {},
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
  if (opts.inspected !== false) await inspected(id);
  return id;
}

export const CREDIT_CODE = '91370702MA3C00000' + creditCheckChar('91370702MA3C00000');

/** Uploads a tiny JPEG as the applicant; returns the attachment id. */
export async function upload(cookie: string, kind: string): Promise<string> {
  const bytes = new Uint8Array(200).fill(7);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  const res = await call(`/api/my/attachments?kind=${kind}`, {
    cookie,
    body: bytes,
    headers: { 'content-type': 'image/jpeg' },
  });
  if (res.status !== 201) throw new Error(`upload ${kind}: ${res.status} ${await res.text()}`);
  return (await res.json<{ id: string }>()).id;
}

/** A complete 新办 form in the test grid, for the applicant with ID number `idNumber`. */
export async function newForm(cookie: string, idNumber: string) {
  return {
    operatorName: '王建国',
    idNumber,
    shopName: '建国便利店',
    creditCode: CREDIT_CODE,
    county: '370702',
    address: '潍坊市潍城区胜利西街100号',
    lat: LAT,
    lng: LNG,
    premisesProof: 'lease',
    byAgent: false,
    attachments: {
      idCardFront: await upload(cookie, 'idCardFront'),
      businessLicence: await upload(cookie, 'businessLicence'),
      premisesProof: await upload(cookie, 'premisesProof'),
    },
  };
}

/** Submits a 新办 application in one step (idempotency key fresh unless given). */
export async function submit(cookie: string, idNumber: string, key = crypto.randomUUID()) {
  return call('/api/my/applications/submissions', {
    cookie,
    body: {
      idempotencyKey: key,
      type: 'new',
      form: await newForm(cookie, idNumber),
      consent: CONSENT,
    },
  });
}
