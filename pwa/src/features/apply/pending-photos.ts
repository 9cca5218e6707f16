/**
 * Photos taken but not yet uploaded, kept in IndexedDB so that closing the app or losing the
 * signal does not lose them. Keys are `<draft id>:<attachment kind>`. Both the photo field and
 * the outbox (a submission queued with a photo still waiting) upload through `uploadPending`,
 * which uploads each photo once: a second caller waits for the same upload, and a photo that
 * went up before answers its attachment id without going up again.
 */
import { createStore, del, get, keys, set } from 'idb-keyval';
import type { AttachmentKind } from '@core/attachments';
import { uploadAttachment } from './upload';

const store = createStore('xuke-photos', 'pending');
const DONE = 'done:';

export async function keepPending(key: string, photo: Blob): Promise<void> {
  await del(DONE + key, store);
  await set(key, photo, store);
}

export function pendingPhoto(key: string): Promise<Blob | undefined> {
  return get<Blob>(key, store);
}

export async function dropPending(key: string): Promise<void> {
  await del(key, store);
  await del(DONE + key, store);
}

/** The photos of a draft (or a case being corrected) still waiting: kind → device key. */
export async function pendingOf(draftId: string): Promise<Record<string, string>> {
  const all = (await keys(store)).map(String);
  const out: Record<string, string> = {};
  for (const k of all) {
    if (k.startsWith(`${draftId}:`)) out[k.slice(draftId.length + 1)] = k;
  }
  return out;
}

/** Forgets every photo kept for a draft (the draft was deleted or sent). */
export async function dropPendingOf(draftId: string): Promise<void> {
  const all = (await keys(store)).map(String);
  await Promise.all(
    all
      .filter((k) => k.startsWith(`${draftId}:`) || k.startsWith(`${DONE}${draftId}:`))
      .map((k) => del(k, store)),
  );
}

const inflight = new Map<string, Promise<string>>();

/** Uploads the photo kept under `key` once, and answers its attachment id. */
export function uploadPending(
  key: string,
  kind: string,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<string> {
  let p = inflight.get(key);
  if (!p) {
    p = (async () => {
      const done = await get<string>(DONE + key, store);
      if (done) return done;
      const blob = await pendingPhoto(key);
      if (!blob) throw new Error(`no photo kept under ${key}`);
      const res = await uploadAttachment(kind as AttachmentKind, blob, onProgress);
      // The id first, then the photo goes: a crash in between re-uploads nothing.
      await set(DONE + key, res.id, store);
      await del(key, store);
      return res.id;
    })().finally(() => inflight.delete(key));
    inflight.set(key, p);
  }
  return p;
}

/** The attachment id a photo kept under `key` got, if it went up without its field watching. */
export function uploadedId(key: string): Promise<string | undefined> {
  return get<string>(DONE + key, store);
}
