/**
 * The test world's finished on-site record: a 潍城区 case's check done by both inspectors, its
 * record confirmed, with one photo and the owner's signature in R2 — what the record's read
 * routes serve.
 */
import { env } from 'cloudflare:workers';
import { jpeg } from './authz.principals';

/** A minimal PNG (the signature route serves what was stored; the magic bytes are what count). */
export function png(): Uint8Array {
  const bytes = new Uint8Array(120).fill(3);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

export async function recordWorld(applicationId: string, today: string) {
  const items = JSON.stringify([
    { id: 'fixed_premises', result: 'pass', photos: ['dev-photo-0001'] },
  ]);
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO inspection_tasks (id, source, application_id, kind, state, jurisdiction_code,
       place_name, address, lat, lng, checklist_version, assigned_on, due_on, started_at,
       start_lat, start_lng, finished_at, passed, created_by, version) VALUES
       ('task_done', 'case', ?, 'on_site', 'done', '370702', '建国便利店', '潍城区胜利西街100号',
        36.7301, 119.0602, 'onsite-2026.1', ?, '2099-01-01', ?, 36.7301, 119.0602, ?, 1,
        'stf_clerk', 4)`,
    ).bind(applicationId, today, `${today}T02:00:00.000Z`, `${today}T02:40:00.000Z`),
    env.DB.prepare(
      `INSERT INTO task_officers (task_id, staff_id, position, accepted_at) VALUES
       ('task_done', 'stf_inspector', 1, ?), ('task_done', 'stf_inspector2', 2, ?)`,
    ).bind(`${today}T01:00:00.000Z`, `${today}T01:00:00.000Z`),
    env.DB.prepare(
      `INSERT INTO task_photos (id, task_id, item_id, device_key, content_type, size, sha256,
       r2_key, taken_at, lat, lng, source, uploaded_by, uploaded_at) VALUES
       ('tph_done', 'task_done', 'fixed_premises', 'dev-photo-0001', 'image/jpeg', 200, 'x',
        'task-photos/task_done/dev-photo-0001', ?, 36.7301, 119.0602, 'exif', 'stf_inspector', ?)`,
    ).bind(`${today}T02:10:00.000Z`, `${today}T02:11:00.000Z`),
    env.DB.prepare(
      `INSERT INTO inspection_records (task_id, idempotency_key, checklist_version, items_json,
       passed, notes, arrived_at, departed_at, lat, lng, recorded_by, recorded_at, state,
       confirmed_by, confirmed_at, signature_kind, signer_name, signature_json_key,
       signature_png_key, signature_sha256) VALUES
       ('task_done', 'world-record-0001', 'onsite-2026.1', ?, 1, '现场一致', ?, ?, 36.7302,
        119.0603, 'stf_inspector', ?, 'confirmed', 'stf_inspector2', ?, 'signed', '王建国',
        'task-records/task_done/world-record-0001/signature.json',
        'task-records/task_done/world-record-0001/signature.png', 'y')`,
    ).bind(
      items,
      `${today}T02:00:00.000Z`,
      `${today}T02:40:00.000Z`,
      `${today}T02:41:00.000Z`,
      `${today}T03:00:00.000Z`,
    ),
  ]);
  await env.EVIDENCE.put('task-photos/task_done/dev-photo-0001', jpeg());
  await env.EVIDENCE.put('task-records/task_done/world-record-0001/signature.png', png());
  await env.EVIDENCE.put('task-records/task_done/world-record-0001/signature.json', '{}');
  return { taskDone: 'task_done', taskPhoto: 'tph_done' };
}
