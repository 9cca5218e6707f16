/**
 * On-site photos on the officer's phone: each is compressed as it is taken (≤ 1600 px JPEG),
 * its capture time and place kept (the camera's EXIF, else the phone's clock and position at
 * that moment), and stored in IndexedDB — photos are too large for localStorage — until the
 * server has it. Uploads go once per device key: a replay answers the photo it made, so an
 * upload whose answer was lost is simply sent again.
 */
import { signal } from '@preact/signals';
import { createStore, del, get, set, values } from 'idb-keyval';
import type { TaskPhotoView } from '@core/task-record';
import { compressImage } from '../../app/image';
import { ApiError, apiErrorFrom, reachable, withQuery } from '../../app/api';
import { locale } from '../../app/i18n';

export interface RecordPhoto {
  key: string;
  taskId: string;
  item: string;
  blob: Blob;
  takenAt: string | null;
  lat: number | null;
  lng: number | null;
  source: 'exif' | 'device';
  uploaded: boolean;
}

const store = createStore('xuke-record-photos', 'photos');

/** Photos on this phone not yet on the server. */
export const pendingPhotos = signal(0);

export const PHOTO_MAX_SIDE = 1600;
export const PHOTO_QUALITY = 0.8;

async function recount(): Promise<void> {
  pendingPhotos.value = (await values<RecordPhoto>(store)).filter((p) => !p.uploaded).length;
}

export function getPhoto(key: string): Promise<RecordPhoto | undefined> {
  return get<RecordPhoto>(key, store);
}

export async function dropPhoto(key: string): Promise<void> {
  await del(key, store);
  await recount();
}

/** The time and place a picture was taken, from its EXIF, when the camera wrote them. */
async function exifOf(file: Blob): Promise<{ at: string | null; lat?: number; lng?: number }> {
  try {
    const { default: exifr } = await import('exifr/dist/mini.esm.mjs');
    const tags = (await exifr.parse(file, ['DateTimeOriginal', 'CreateDate'])) as
      { DateTimeOriginal?: Date; CreateDate?: Date } | undefined;
    const gps = await exifr.gps(file).catch(() => undefined);
    const when = tags?.DateTimeOriginal ?? tags?.CreateDate;
    return {
      at: when instanceof Date && !Number.isNaN(when.getTime()) ? when.toISOString() : null,
      ...(gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude)
        ? { lat: gps.latitude, lng: gps.longitude }
        : {}),
    };
  } catch {
    return { at: null };
  }
}

/**
 * Keeps a photo just taken: compressed, with its EXIF time and place, or else the phone's own
 * (`here` is the position the phone gave when asked, if the officer allowed it).
 */
export async function takePhoto(
  file: File,
  taskId: string,
  item: string,
  here: () => Promise<{ lat: number; lng: number } | null>,
): Promise<RecordPhoto> {
  const [exif, blob] = await Promise.all([
    exifOf(file),
    compressImage(file, PHOTO_MAX_SIDE, PHOTO_QUALITY),
  ]);
  const place = exif.lat !== undefined && exif.lng !== undefined ? exif : await here();
  const photo: RecordPhoto = {
    key: crypto.randomUUID(),
    taskId,
    item,
    blob,
    takenAt: exif.at ?? new Date().toISOString(),
    lat: place?.lat ?? null,
    lng: place?.lng ?? null,
    source: exif.at ? 'exif' : 'device',
    uploaded: false,
  };
  await set(photo.key, photo, store);
  await recount();
  return photo;
}

const inflight = new Map<string, Promise<void>>();

/** Sends one photo unless the server has it; throws ApiError('NETWORK') while offline. */
export function uploadPhoto(key: string): Promise<void> {
  let p = inflight.get(key);
  if (!p) {
    p = send(key).finally(() => inflight.delete(key));
    inflight.set(key, p);
  }
  return p;
}

async function send(key: string): Promise<void> {
  const photo = await getPhoto(key);
  if (!photo || photo.uploaded) return;
  const url = withQuery(`/api/tasks/${encodeURIComponent(photo.taskId)}/photos`, {
    key: photo.key,
    item: photo.item,
    takenAt: photo.takenAt ?? undefined,
    lat: photo.lat ?? undefined,
    lng: photo.lng ?? undefined,
    source: photo.source,
  });
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      body: photo.blob,
      credentials: 'same-origin',
      headers: {
        'content-type': photo.blob.type || 'image/jpeg',
        accept: 'application/json',
        'accept-language': locale.value,
      },
    });
  } catch {
    reachable.value = false;
    throw apiErrorFrom(0, null);
  }
  reachable.value = true;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw apiErrorFrom(res.status, data);
  if ((data as TaskPhotoView | null)?.key !== photo.key) throw apiErrorFrom(res.status, null);
  await set(key, { ...photo, uploaded: true }, store);
  await recount();
}

/** Sends every photo of the given keys; false while offline. */
export async function uploadAll(keys: readonly string[]): Promise<boolean> {
  for (const k of keys) {
    try {
      await uploadPhoto(k);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'NETWORK') return false;
      throw err;
    }
  }
  return true;
}

/** Uploads whatever waits (the officer took photos without signal). */
export async function flushPhotos(): Promise<void> {
  const waiting = (await values<RecordPhoto>(store)).filter((p) => !p.uploaded);
  await uploadAll(waiting.map((p) => p.key)).catch(() => false);
  await recount();
}
