/**
 * On-site records and their photos in D1 (bytes in R2): reading a record with its evidence as
 * staff see it, and the photo rows of a task.
 */
import type { CheckResult } from '../../../core/checklist';
import type { RecordState, TaskPhotoView, TaskRecordView } from '../../../core/task-record';
import { officersOf, type TaskRow } from './tasks.repo';

export interface RecordRow {
  task_id: string;
  idempotency_key: string;
  checklist_version: string;
  items_json: string;
  passed: number;
  notes: string;
  arrived_at: string | null;
  departed_at: string;
  lat: number | null;
  lng: number | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: string;
  state: RecordState;
  confirmed_by: string | null;
  confirmed_by_name: string | null;
  confirmed_at: string | null;
  dispute_note: string | null;
  signature_kind: 'signed' | 'refused' | null;
  signer_name: string | null;
  signature_refusal: string | null;
  signature_json_key: string | null;
  signature_png_key: string | null;
  signature_sha256: string | null;
}

export interface PhotoRow {
  id: string;
  task_id: string;
  item_id: string;
  device_key: string;
  content_type: string;
  size: number;
  sha256: string;
  r2_key: string;
  taken_at: string | null;
  lat: number | null;
  lng: number | null;
  source: 'exif' | 'device';
}

export async function findRecord(d1: D1Database, taskId: string): Promise<RecordRow | null> {
  return d1
    .prepare(
      `SELECT r.*, a.display_name AS recorded_by_name, b.display_name AS confirmed_by_name
       FROM inspection_records r JOIN staff_users a ON a.id = r.recorded_by
       LEFT JOIN staff_users b ON b.id = r.confirmed_by WHERE r.task_id = ?`,
    )
    .bind(taskId)
    .first<RecordRow>();
}

export async function photosOfTask(d1: D1Database, taskId: string): Promise<PhotoRow[]> {
  const res = await d1
    .prepare('SELECT * FROM task_photos WHERE task_id = ? ORDER BY uploaded_at, id')
    .bind(taskId)
    .all<PhotoRow>();
  return res.results;
}

export async function findPhotoByKey(d1: D1Database, key: string): Promise<PhotoRow | null> {
  return d1.prepare('SELECT * FROM task_photos WHERE device_key = ?').bind(key).first<PhotoRow>();
}

export function photoView(p: PhotoRow): TaskPhotoView {
  return {
    id: p.id,
    key: p.device_key,
    item: p.item_id,
    url: `/api/tasks/${p.task_id}/photos/${p.id}`,
    takenAt: p.taken_at,
    lat: p.lat,
    lng: p.lng,
    source: p.source,
    size: p.size,
    sha256: p.sha256,
  };
}

interface StoredItem {
  id: string;
  result: CheckResult;
  note?: string;
  photos?: string[];
}

/** The record with its photos, positions, officers and signature, as staff read it. */
export function recordView(task: TaskRow, r: RecordRow, photos: PhotoRow[]): TaskRecordView {
  const byKey = new Map(photos.map((p) => [p.device_key, p]));
  const items = (JSON.parse(r.items_json) as StoredItem[]).map((i) => ({
    id: i.id,
    result: i.result,
    ...(i.note ? { note: i.note } : {}),
    photos: (i.photos ?? []).flatMap((k) => {
      const p = byKey.get(k);
      return p ? [photoView(p)] : [];
    }),
  }));
  return {
    taskId: task.id,
    state: r.state,
    checklistVersion: r.checklist_version,
    passed: r.passed === 1,
    items,
    notes: r.notes,
    arrival: { at: r.arrived_at, lat: task.start_lat, lng: task.start_lng },
    departure: { at: r.departed_at, lat: r.lat, lng: r.lng },
    officers: officersOf(task).map((o) => ({ id: o.id, name: o.name })),
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    recordedAt: r.recorded_at,
    confirmedBy:
      r.confirmed_by && r.confirmed_by_name
        ? { id: r.confirmed_by, name: r.confirmed_by_name }
        : null,
    confirmedAt: r.confirmed_at,
    disputeNote: r.dispute_note,
    signature:
      r.signature_kind === 'signed'
        ? {
            kind: 'signed',
            name: r.signer_name ?? '',
            url: `/api/tasks/${task.id}/record/signature`,
            sha256: r.signature_sha256 ?? '',
          }
        : { kind: 'refused', name: r.signer_name, reason: r.signature_refusal ?? '' },
  };
}
