/**
 * The offline outbox: the applicant's writes that must reach the server exactly once wait in
 * IndexedDB until they land — submissions, 补正 resubmissions and withdrawals (each with its
 * idempotency key, so the server answers a resend with the case it already made), deleting a
 * draft and marking a message read (the same twice is the same: a 404 means already done), a
 * 好差评 rating (its idempotency key answers a resend with the rating it made), and messages to
 * the bureau on a case (留言, with their idempotency key and optional photo).
 * A sender retries on `online`, on app start, when the page becomes visible, and on a backoff
 * timer while anything waits, because navigator.onLine lies (captive portals; Playwright's
 * offline mode never flips it). Photos taken offline travel with their request: uploaded once,
 * just before it is sent.
 */
import { signal } from '@preact/signals';
import { createStore, del, get, set, values } from 'idb-keyval';
import type {
  ApplicantActionRequest,
  ResubmitRequest,
  SubmissionAnswer,
  SubmissionRequest,
} from '@core/api';
import type { RatingSubmitRequest } from '@core/ratings-api';
import { ApiError, api, read } from './api';

/** One write, as it is sent. */
export type OutboxRequest =
  | { kind: 'submit'; body: SubmissionRequest }
  | { kind: 'resubmit'; caseId: string; body: ResubmitRequest }
  | { kind: 'withdraw'; caseId: string; body: ApplicantActionRequest }
  | { kind: 'delete-draft'; caseId: string }
  | { kind: 'read'; messageId: string }
  | { kind: 'rate'; caseId: string; body: RatingSubmitRequest }
  | { kind: 'message'; caseId: string; body: ThreadMessageRequest };

/** A message to the bureau on a case (its photo, if any, travels in `photos.messagePhoto`). */
export interface ThreadMessageRequest {
  idempotencyKey: string;
  body: string;
  attachmentId?: string;
}

export interface OutboxItem {
  /** The idempotency key (or `delete:<id>`, `read:<id>`); also the item's key in the store. */
  key: string;
  request: OutboxRequest;
  /** Only the person who queued it may send it (a shared phone may change user). */
  ownerId: string;
  /** Lets a screen find its own item again (the draft's or the case's id, the message's id). */
  tag: string;
  queuedAt: string;
  state: 'waiting' | 'failed';
  /** Why the server refused it (a validation error): shown on the form, never retried. */
  error?: { code: string; message: string; issues: { path: string; message: string }[] };
  /** Photos still on the device, by attachment kind → their key in the photo store. */
  photos?: Record<string, string>;
}

/** Items queued by an earlier version carried a bare submission. */
type StoredItem = OutboxItem | (Omit<OutboxItem, 'request'> & { body: SubmissionRequest });

function upgrade(item: StoredItem): OutboxItem {
  if ('request' in item) return item;
  const { body, ...rest } = item;
  return { ...rest, request: { kind: 'submit', body } };
}

const store = createStore('xuke-outbox', 'items');

/** Everything waiting or refused, for the screens that show "queued". */
export const outboxItems = signal<OutboxItem[]>([]);
/**
 * Server answers of items that landed, by key, so the screen that queued them can move on
 * (null for the writes that answer no case: a deleted draft, a message read).
 */
export const outboxDelivered = signal<Record<string, SubmissionAnswer | null>>({});

/** Uploads a photo kept on the device, once; answers its attachment id (see setPhotoUploader). */
export type PhotoUploader = (deviceKey: string, kind: string) => Promise<string>;

let owner: string | null = null;
let uploadPhoto: PhotoUploader | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let sending = false;
let delay = 2000;
const MAX_DELAY = 30_000;

async function refresh(): Promise<void> {
  const all = (await values<StoredItem>(store)).map(upgrade);
  outboxItems.value = all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!outboxItems.value.some((i) => i.state === 'waiting' && i.ownerId === owner)) return;
  timer = setTimeout(() => void flush(), delay);
  delay = Math.min(delay * 2, MAX_DELAY);
}

/** Queues a write and tries to send it at once. */
export async function enqueue(item: Omit<OutboxItem, 'queuedAt' | 'state'>): Promise<void> {
  const existing = await get<StoredItem>(item.key, store);
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

/** The waiting (or refused) item of `kind` for `tag`, if any. */
export function queuedFor(tag: string, kind: OutboxRequest['kind']): OutboxItem | undefined {
  return outboxItems.value.find((i) => i.tag === tag && i.request.kind === kind);
}

/** A network failure or a server in trouble: worth sending again later, unchanged. */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  return (
    err.code === 'NETWORK' ||
    err.status === 0 ||
    err.status >= 500 ||
    err.status === 401 ||
    err.status === 429
  );
}

/** `form.attachments` of a (re)submission with the photos' attachment ids filled in. */
function withAttachments<B extends { form: Record<string, unknown> }>(
  body: B,
  ids: Record<string, string>,
): B {
  const att = (body.form.attachments ?? {}) as Record<string, string>;
  return { ...body, form: { ...body.form, attachments: { ...att, ...ids } } };
}

/** Uploads the item's photos still on the device; the item as it is stored afterwards. */
async function sendPhotos(item: OutboxItem): Promise<OutboxItem> {
  const photos = Object.entries(item.photos ?? {});
  if (photos.length === 0) return item;
  if (!uploadPhoto) throw new ApiError('NETWORK', 'photo uploader not ready', 0);
  let next = item;
  for (const [kind, deviceKey] of photos) {
    const id = await uploadPhoto(deviceKey, kind);
    const r = next.request;
    const request =
      r.kind === 'submit' || r.kind === 'resubmit'
        ? { ...r, body: withAttachments(r.body, { [kind]: id }) }
        : r.kind === 'rate' || r.kind === 'message'
          ? { ...r, body: { ...r.body, attachmentId: id } }
          : r;
    const { [kind]: _sent, ...left } = next.photos ?? {};
    next = { ...next, request: request as OutboxRequest, photos: left };
    // Kept at once: a retry must not upload the same photo again.
    await set(next.key, next, store);
  }
  return next;
}

/** Sends one write; a 404 for deleting or marking read means it is already done. */
async function send(r: OutboxRequest): Promise<SubmissionAnswer | null> {
  const gone = (err: unknown) => {
    if (err instanceof ApiError && err.code === 'NOT_FOUND') return null;
    throw err;
  };
  switch (r.kind) {
    case 'submit':
      return read(api.my.applications.submissions.$post({ json: r.body }));
    case 'resubmit':
      return read(
        api.my.applications[':id'].resubmit.$post({ param: { id: r.caseId }, json: r.body }),
      );
    case 'withdraw':
      return read(
        api.my.applications[':id'].actions.$post({ param: { id: r.caseId }, json: r.body }),
      );
    case 'delete-draft':
      return read(api.my.applications[':id'].$delete({ param: { id: r.caseId } }))
        .then(() => null)
        .catch(gone);
    case 'read':
      return read(api.my.notifications[':id'].read.$post({ param: { id: r.messageId } }))
        .then(() => null)
        .catch(gone);
    case 'rate':
      return read(api.my.ratings[':id'].$post({ param: { id: r.caseId }, json: r.body })).then(
        () => null,
      );
    case 'message':
      return read(
        api.my.applications[':id'].messages.$post({ param: { id: r.caseId }, json: r.body }),
      ).then(() => null);
  }
}

/** Sends every waiting item of the signed-in user, oldest first. */
export async function flush(): Promise<void> {
  if (sending || !owner) return;
  sending = true;
  let networkDown = false;
  try {
    await refresh();
    for (const queued of outboxItems.value) {
      if (queued.state !== 'waiting' || queued.ownerId !== owner) continue;
      let item = queued;
      try {
        item = await sendPhotos(item);
        const res = await send(item.request);
        await del(item.key, store);
        outboxDelivered.value = { ...outboxDelivered.value, [item.key]: res };
      } catch (err) {
        if (isTransient(err)) {
          networkDown = true;
          break;
        }
        const e = err as ApiError;
        await set(
          item.key,
          {
            ...item,
            state: 'failed',
            error: { code: e.code, message: e.message, issues: e.issues },
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

/**
 * Starts the sender for `userId` (call once the applicant is known); idempotent. `photos`
 * uploads the photos that wait on the device with a request.
 */
export function startOutbox(userId: string, photos?: PhotoUploader): void {
  owner = userId;
  if (photos) uploadPhoto = photos;
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
