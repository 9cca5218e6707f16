/**
 * The last copy of what the applicant read (my applications, my licences, a case, messages),
 * kept on the device so that without signal the screen still shows it, with its date: a shop
 * owner can show the licence in a cellar. Kept per user; signing out removes them all.
 */
import { createStore, del, get, keys, set } from 'idb-keyval';
import { useRef } from 'preact/hooks';
import { me } from './auth';
import { failureOf } from './failure';
import { useResource, type Resource } from './resource';

const store = createStore('xuke-copies', 'copies');

interface Copy<T> {
  data: T;
  /** When the server answered it (ISO instant). */
  savedAt: string;
}

/** What a screen shows: fresh from the server (`savedAt` null), or the copy and its date. */
export interface Cached<T> {
  data: T;
  savedAt: string | null;
}

/** Removes every copy on this device (signing out). */
export async function forgetCopies(): Promise<void> {
  for (const k of await keys(store)) await del(k, store);
}

/**
 * Loads like `load`; a fresh answer is kept as the copy of `name`, and without network the
 * copy is answered instead (with its date). Any other failure stays a failure: a copy is never
 * shown in place of "not found" or an error.
 */
export async function loadWithCopy<T>(name: string, load: () => Promise<T>): Promise<Cached<T>> {
  const user = me.peek();
  const owner = user?.kind === 'applicant' ? user.id : null;
  const key = owner ? `${owner}:${name}` : null;
  try {
    const data = await load();
    if (key) void set(key, { data, savedAt: new Date().toISOString() }, store).catch(() => {});
    return { data, savedAt: null };
  } catch (err) {
    if (key && failureOf(err) === 'offline') {
      const copy = await get<Copy<T>>(key, store).catch(() => undefined);
      if (copy) return copy;
    }
    throw err;
  }
}

/** useResource with the device copy of `name` standing in while offline. */
export function useCachedResource<T>(
  name: string,
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): Resource<Cached<T>> {
  const loadRef = useRef(load);
  loadRef.current = load;
  return useResource(
    (signal) => loadWithCopy(name, () => loadRef.current(signal)),
    [name, ...deps],
  );
}
