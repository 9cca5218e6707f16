/**
 * Photos taken but not yet uploaded, kept in IndexedDB so that closing the app on a weak
 * connection does not lose them: the photo field picks them up again and finishes the upload.
 */
import { createStore, del, get, set } from 'idb-keyval';

const store = createStore('xuke-photos', 'pending');

export function keepPending(key: string, photo: Blob): Promise<void> {
  return set(key, photo, store);
}

export function pendingPhoto(key: string): Promise<Blob | undefined> {
  return get<Blob>(key, store);
}

export function dropPending(key: string): Promise<void> {
  return del(key, store);
}
