/**
 * The demo's one finished on-site record, so a new user sees what a finished check looks like on
 * the case page: a 潍城区 case inspected by the two demo inspectors, its checklist answered, one
 * photo of the shop front (a generated picture), the owner's signature with its timed strokes,
 * arrival and departure, recorded by one officer and confirmed by the other. Its times follow
 * the case's own record_inspection event (the confirmation), so they move with the app's day.
 * The pictures go to R2 beside the SQL (`npm start` puts them).
 */
import { createHash } from 'node:crypto';
import { ON_SITE_CHECKLIST } from '../../core/checklist';
import type { ApplicationRow } from './application-rows';
import { Raster } from './png';
import type { SeedData } from './render';
import { inserts, lit } from './sql';
import { staffId } from './staff';

export interface SeedObject {
  key: string;
  bytes: Uint8Array;
  contentType: string;
}

const MIN = 60_000;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A shop front: sky, wall, a red sign board, a door and a lit window with shelves. */
function shopFront(): Uint8Array {
  const r = new Raster(480, 360);
  for (let y = 0; y < 360; y++) r.rect(0, y, 480, 1, [150 + y / 6, 190 + y / 10, 230, 255]);
  r.rect(30, 70, 420, 290, [214, 204, 186]);
  r.rect(50, 90, 380, 60, [180, 30, 36]);
  r.rect(70, 110, 340, 20, [250, 236, 200]);
  r.rect(80, 180, 110, 180, [70, 60, 55]);
  r.rect(230, 180, 190, 120, [250, 246, 220]);
  for (let s = 0; s < 3; s++) r.rect(240, 205 + s * 32, 170, 6, [120, 90, 60]);
  for (let i = 0; i < 24; i++) {
    const x = 245 + (i % 8) * 20;
    const y = 185 + Math.floor(i / 8) * 32;
    r.rect(x, y, 12, 18, i % 3 ? [200, 60, 50] : [40, 90, 160]);
  }
  r.rect(300, 310, 60, 40, [255, 255, 255]);
  r.rect(305, 325, 50, 8, [200, 30, 30]);
  return r.png();
}

/** Three strokes of a hurried signature, with the pad's timing (16 ms between points). */
function signatureStrokes(start: number) {
  let t = start;
  const stroke = (pts: [number, number][]) => ({
    penColor: '#111',
    minWidth: 0.8,
    maxWidth: 2.6,
    dotSize: 0,
    velocityFilterWeight: 0.7,
    compositeOperation: 'source-over',
    points: pts.map(([x, y]) => ({ x, y, time: (t += 16), pressure: 0.5 })),
  });
  const wave = (x0: number, x1: number, y: number, amp: number, n: number): [number, number][] =>
    Array.from({ length: n }, (_, i) => {
      const x = x0 + ((x1 - x0) * i) / (n - 1);
      return [Math.round(x * 10) / 10, Math.round((y + amp * Math.sin(i / 2.2)) * 10) / 10];
    });
  const strokes = [
    stroke(wave(30, 110, 70, 18, 24)),
    stroke([...wave(110, 190, 80, 22, 24), [200, 110], [205, 60]]),
    stroke(wave(200, 290, 75, 14, 26)),
  ];
  return strokes;
}

function signaturePng(strokes: ReturnType<typeof signatureStrokes>): Uint8Array {
  const r = new Raster(320, 160);
  for (const s of strokes)
    for (let i = 1; i < s.points.length; i++) {
      const a = s.points[i - 1]!;
      const b = s.points[i]!;
      r.line(a.x, a.y, b.x, b.y, 1.5, [17, 17, 17, 255]);
    }
  return r.png();
}

/** The case the record belongs to: checked by both demo inspectors, its result recorded. */
function pick(d: SeedData): { a: ApplicationRow; at: number; passed: boolean } | null {
  const both = [staffId('inspector'), staffId('inspector2')];
  for (const a of d.applications) {
    if (!both.every((s) => a.inspectorIds.includes(s))) continue;
    const arranged = a.events.findLast((e) => e.action === 'require_inspection');
    const done = a.events.find(
      (e) => e.action === 'record_inspection' && arranged && e.at >= arranged.at,
    );
    if (done) return { a, at: Date.parse(done.at), passed: done.data?.passed !== false };
  }
  return null;
}

export function demoRecord(d: SeedData): { sql: string[]; objects: SeedObject[] } {
  const found = pick(d);
  if (!found) return { sql: [], objects: [] };
  const { a, at, passed } = found;
  const signer = d.applicants.find((x) => x.id === a.applicantId)?.name || '店主';
  const taskId = `task_${a.id}`;
  const [author, confirmer] = [staffId('inspector2'), staffId('inspector')];
  const arrived = at - 55 * MIN;
  const departed = at - 12 * MIN;
  const photoKey = `demo-photo-${a.id}`.slice(0, 64);
  const recordKey = `demo-record-${a.id}`.slice(0, 64);
  const photo = shopFront();
  const strokes = signatureStrokes(departed - 3 * MIN);
  const png = signaturePng(strokes);
  const doc = JSON.stringify({
    name: signer,
    width: 320,
    height: 160,
    strokes,
    pngSha256: sha256(png),
  });
  const base = `task-records/${taskId}/${recordKey}`;
  const items = ON_SITE_CHECKLIST.items.map((i) => ({
    id: i.id,
    result:
      i.id === 'licence_displayed' ? 'na' : !passed && i.id === 'no_illicit' ? 'fail' : 'pass',
    ...(i.id === 'fixed_premises' ? { photos: [photoKey] } : {}),
    ...(!passed && i.id === 'no_illicit' ? { note: '货架发现来源不明卷烟两条' } : {}),
  }));
  const lat = a.lat ?? null;
  const lng = a.lng ?? null;
  const sql = [
    `UPDATE inspection_tasks SET started_at = ${lit(iso(arrived))}, start_lat = ${lit(lat)}, start_lng = ${lit(lng)} WHERE id = ${lit(taskId)};`,
    ...inserts(
      'task_photos',
      [
        'id',
        'task_id',
        'item_id',
        'device_key',
        'content_type',
        'size',
        'sha256',
        'r2_key',
        'taken_at',
        'lat',
        'lng',
        'source',
        'uploaded_by',
        'uploaded_at',
      ],
      [
        [
          `tph_${a.id}`,
          taskId,
          'fixed_premises',
          photoKey,
          'image/png',
          photo.length,
          sha256(photo),
          `task-photos/${taskId}/${photoKey}`,
          iso(arrived + 9 * MIN),
          lat,
          lng,
          'device',
          author,
          iso(arrived + 9 * MIN),
        ],
      ],
    ),
    ...inserts(
      'inspection_records',
      [
        'task_id',
        'idempotency_key',
        'checklist_version',
        'items_json',
        'passed',
        'notes',
        'arrived_at',
        'departed_at',
        'lat',
        'lng',
        'recorded_by',
        'recorded_at',
        'state',
        'confirmed_by',
        'confirmed_at',
        'signature_kind',
        'signer_name',
        'signature_json_key',
        'signature_png_key',
        'signature_sha256',
      ],
      [
        [
          taskId,
          recordKey,
          ON_SITE_CHECKLIST.version,
          JSON.stringify(items),
          passed ? 1 : 0,
          passed
            ? '经营场所固定，与申请地址、店名一致；周边无中小学校；已设不向未成年人售烟标识。'
            : '货架发现来源不明卷烟两条，已拍照取证，建议不予许可。',
          iso(arrived),
          iso(departed),
          lat,
          lng,
          author,
          iso(departed + 2 * MIN),
          'confirmed',
          confirmer,
          iso(at),
          'signed',
          signer,
          `${base}/signature.json`,
          `${base}/signature.png`,
          sha256(doc),
        ],
      ],
    ),
  ];
  return {
    sql,
    objects: [
      { key: `task-photos/${taskId}/${photoKey}`, bytes: photo, contentType: 'image/png' },
      { key: `${base}/signature.png`, bytes: png, contentType: 'image/png' },
      {
        key: `${base}/signature.json`,
        bytes: new TextEncoder().encode(doc),
        contentType: 'application/json',
      },
    ],
  };
}
