/** What the record tests send: a photo's bytes, a full checklist, a signature with timing. */
import { ON_SITE_CHECKLIST } from '../core/checklist';
import { call } from './fixtures';

/** A JPEG's first bytes and enough after them (the server reads the magic bytes). */
export function jpegBytes(size = 400): Uint8Array {
  const bytes = new Uint8Array(size).fill(9);
  bytes.set([0xff, 0xd8, 0xff, 0xe1]);
  return bytes;
}

/** A PNG as a data URL (magic bytes and filler). */
export function pngDataUrl(): string {
  const bytes = new Uint8Array(90).fill(5);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

export const SIGNED = {
  kind: 'signed' as const,
  name: '王建国',
  width: 320,
  height: 160,
  strokes: [
    {
      penColor: 'black',
      points: [
        { x: 10, y: 20, time: 1_764_720_000_000, pressure: 0.5 },
        { x: 40, y: 35, time: 1_764_720_000_016, pressure: 0.5 },
        { x: 90, y: 30, time: 1_764_720_000_040, pressure: 0.5 },
      ],
    },
  ],
  png: pngDataUrl(),
};

export function photo(cookie: string, key: string, item = 'fixed_premises', task = 'task_insp') {
  return call(
    `/api/tasks/${task}/photos?key=${key}&item=${item}&takenAt=2026-12-03T10:05:00%2B08:00&lat=36.7301&lng=119.0602&source=exif`,
    { cookie, body: jpegBytes(), headers: { 'content-type': 'image/jpeg' } },
  );
}

/** A complete record body; `photos` lands on the first item. */
export function recordBody(key: string, version: number, photos: string[] = [], extra = {}) {
  return {
    idempotencyKey: key,
    version,
    checklistVersion: ON_SITE_CHECKLIST.version,
    items: ON_SITE_CHECKLIST.items.map((i, n) => ({
      id: i.id,
      result: 'pass',
      ...(n === 0 && photos.length ? { photos } : {}),
    })),
    notes: '经营场所与申请一致，周边无学校',
    lat: 36.7302,
    lng: 119.0603,
    signature: SIGNED,
    ...extra,
  };
}

export async function taskVersion(cookie: string, id = 'task_insp'): Promise<number> {
  const res = await call(`/api/tasks/${id}`, { cookie });
  return (await res.json<{ task: { version: number } }>()).task.version;
}
