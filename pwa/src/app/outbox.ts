/**
 * The offline outbox: submissions that must reach the server exactly once (each with its
 * idempotency key) wait in IndexedDB until they land. A sender retries on `online`, on app
 * start, when the page becomes visible, and on a backoff timer while anything waits, because
 * navigator.onLine lies (captive portals; Playwright's offline mode never flips it). The same
 * body, and so the same idempotency key, is sent on every retry: the server answers a replay
 * with the application it already made, so a retry can never create a second one.
 */
import { signal } from '@preact/signals';
import { createStore, del, get, set, values } from 'idb-keyval';
import type { SubmissionAnswer, SubmissionRequest } from '@core/api';
import { ApiError, api, read } from './api';

export interface OutboxItem {
  /** The idempotency key; also the item's key in the store. */
  key: string;
  /** The submission as it is sent (`POST /api/my/applications/submissions`). */
  body: SubmissionRequest;
  /** Only the person who queued it may send it (a shared phone may change user). */
  ownerId: string;
  /** Lets a screen find its own item again (e.g. the local draft id). */
  tag: string;
  queuedAt: string;
  state: 'waiting' | 'failed';
  /** Why the server refused it (a validation error): shown on the form, never retried. */
  error?: { code: string; message: string; issues: { path: string; message: string }[] };
}

const store = createStore('xuke-outbox', 'items');

/** Everything waiting or refused, for the screens that show "queued". */
export const outboxItems = signal<OutboxItem[]>([]);
/** Server answers of items that landed, by key, so the screen that queued them can move on. */
export const outboxDelivered = signal<Record<string, SubmissionAnswer>>({});

let owner: string | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let sending = false;
let delay = 2000;
const MAX_DELAY = 30_000;

async function refresh(): Promise<void> {
  const all = await values<OutboxItem>(store);
  outboxItems.value = all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!outboxItems.value.some((i) => i.state === 'waiting' && i.ownerId === owner)) return;
  timer = setTimeout(() => void flush(), delay);
  delay = Math.min(delay * 2, MAX_DELAY);
}

/** Queues a POST and tries to send it at once. */
export async function enqueue(item: Omit<OutboxItem, 'queuedAt' | 'state'>): Promise<void> {
  const existing = await get<OutboxItem>(item.key, store);
  await set(
    item.key,
    { ...item, queuedAt: existing?.queuedAt ?? new Date().toISOString(), state: 'waiting' },
    store,
  );
  await refresh();
  delay = 2000;
  void flush();
}

/** Drops an item (the user edits the refused form and submits again under a new body). */
export async function discard(key: string): Promise<void> {
  await del(key, store);
  await refresh();
}

/** Sends every waiting item of the signed-in user, oldest first. */
export async function flush(): Promise<void> {
  if (sending || !owner) return;
  sending = true;
  let networkDown = false;
  try {
    await refresh();
    for (const item of outboxItems.value) {
      if (item.state !== 'waiting' || item.ownerId !== owner) continue;
      try {
        const res = await read(api.my.applications.submissions.$post({ json: item.body }));
        await del(item.key, store);
        outboxDelivered.value = { ...outboxDelivered.value, [item.key]: res };
      } catch (err) {
        const transient =
          !(err instanceof ApiError) ||
          err.code === 'NETWORK' ||
          err.status === 0 ||
          err.status >= 500 ||
          err.status === 401 ||
          err.status === 429;
        if (transient) {
          networkDown = true;
          break;
        }
        await set(
          item.key,
          {
            ...item,
            state: 'failed',
            error: { code: err.code, message: err.message, issues: err.issues },
          },
          store,
        );
      }
    }
    await refresh();
  } finally {
    sending = false;
  }
  if (!networkDown) delay = 2000;
  schedule();
}

/** Starts the sender for `userId` (call once the applicant is known); idempotent. */
export function startOutbox(userId: string): void {
  owner = userId;
  void flush();
}

// Listeners are global and cheap; they only act once startOutbox named an owner.
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    delay = 2000;
    void flush();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void flush();
  });
}
