/**
 * Drafts on the device (IndexedDB) and on the server. Every keystroke lands on the device
 * first, after a short debounce, so closing the app or losing the connection loses nothing;
 * then the server copy follows when it can be reached (POST with the draft's client-made
 * uuid the first time, so a retried create is still one draft; PUT after that).
 *
 * Autosave is not an outbox item: it replaces the whole form (last write wins), so a queue of
 * snapshots would only replay stale states. A draft whose server copy is behind is marked, and
 * its newest state is sent when the network is back (syncBehind).
 */
import { signal } from '@preact/signals';
import { createStore, del, get, set, values } from 'idb-keyval';
import type { LicenceView } from '@core/api';
import type { BusinessType } from '@core/business-types';
import { ApiError, api, read } from '../../app/api';
import type { FormState } from './form-state';
import { enqueue, isTransient } from '../../app/outbox';
import { dropPendingOf } from './pending-photos';
import { toServerDraft } from './server-draft';

export interface LocalDraft {
  /** The application id: client-made for a new draft, the case's id for a correction. */
  id: string;
  ownerId: string;
  type: BusinessType;
  licenceId: string | null;
  /** The licence as it was when the draft started: the rules are checked offline too. */
  licence: LicenceView | null;
  form: FormState;
  /** Made once per draft, so every retry of its submission is the same submission. */
  idempotencyKey: string;
  /** 'correction' edits a case sent back for 补正; it has no server draft to autosave. */
  mode: 'draft' | 'correction';
  /** For a correction: the case version and the items the window listed. */
  correction: { version: number; items: string[] } | null;
  /** The server has a draft with this id. */
  onServer: boolean;
  /** The device copy changed since the server's was last brought up to date. */
  serverBehind?: boolean;
  updatedAt: string;
}

export type SaveState = 'idle' | 'saving' | 'device' | 'server' | 'error';

const store = createStore('xuke-drafts', 'drafts');

export const saveState = signal<SaveState>('idle');

export function loadDraft(id: string): Promise<LocalDraft | undefined> {
  return get<LocalDraft>(id, store);
}

export async function listDrafts(ownerId: string): Promise<LocalDraft[]> {
  const all = await values<LocalDraft>(store);
  return all
    .filter((d) => d.ownerId === ownerId && d.mode === 'draft')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function forgetDraft(id: string): Promise<void> {
  return del(id, store);
}

export async function saveLocal(d: LocalDraft): Promise<LocalDraft> {
  const next = { ...d, updatedAt: new Date().toISOString(), serverBehind: d.mode === 'draft' };
  await set(d.id, next, store);
  return next;
}

/** Marks the server copy up to date, re-reading first (the user may have typed on). */
async function markSynced(d: LocalDraft, savedAt: string): Promise<void> {
  const latest = (await loadDraft(d.id)) ?? d;
  const behind = latest.updatedAt !== savedAt;
  await set(d.id, { ...latest, onServer: true, serverBehind: behind }, store);
}

/** Brings the server copy up to date; false when it could not (offline, or refused). */
export async function syncToServer(d: LocalDraft): Promise<boolean> {
  if (d.mode !== 'draft') return false;
  const form = toServerDraft(d.type, d.form);
  try {
    if (d.onServer) {
      await read(api.my.applications[':id'].$put({ param: { id: d.id }, json: { form } }));
    } else {
      const body = {
        id: d.id,
        type: d.type,
        form,
        ...(d.licenceId ? { licenceId: d.licenceId } : {}),
      };
      await read(api.my.applications.$post({ json: body }));
    }
    await markSynced(d, d.updatedAt);
    return true;
  } catch (err) {
    // Refused (a draft submitted or deleted elsewhere): the device copy stays, and no later
    // reconnect tries again. Offline: it stays marked behind, for syncBehind.
    if (err instanceof ApiError && !isTransient(err)) {
      const latest = await loadDraft(d.id);
      if (latest) await set(d.id, { ...latest, serverBehind: false }, store);
    }
    return false;
  }
}

let timer: ReturnType<typeof setTimeout> | null = null;
/** The save waiting for its debounce. */
let pending: LocalDraft | null = null;

/** Brings every draft of `ownerId` whose server copy is behind up to date (back online). */
export async function syncBehind(ownerId: string): Promise<void> {
  for (const d of await listDrafts(ownerId)) {
    if (d.serverBehind && d.id !== pending?.id) await syncToServer(d);
  }
}

/**
 * 删除草稿: the device copy and its photos go at once; the server copy now, or through the
 * outbox when offline (a draft the server never had answers 404, which counts as done). A
 * refusal (the draft was submitted meanwhile) is thrown.
 */
export async function deleteDraft(id: string, ownerId: string): Promise<void> {
  if (pending?.id === id) {
    pending = null;
    if (timer) clearTimeout(timer);
  }
  try {
    await read(api.my.applications[':id'].$delete({ param: { id } }));
  } catch (err) {
    if (isTransient(err)) {
      await enqueue({
        key: `delete:${id}`,
        request: { kind: 'delete-draft', caseId: id },
        ownerId,
        tag: id,
      });
    } else if (!(err instanceof ApiError && err.code === 'NOT_FOUND')) {
      throw err;
    }
  }
  await forgetDraft(id);
  await dropPendingOf(id);
}

/** Debounced save: the device copy at once after typing pauses, then the server copy. */
export function scheduleSave(d: LocalDraft, ms = 500): void {
  pending = d;
  saveState.value = 'saving';
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushSave(), ms);
}

/** Writes a pending save now (before submitting, or when the page is hidden). */
export async function flushSave(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const d = pending;
  pending = null;
  if (!d) return;
  try {
    const saved = await saveLocal({ ...((await loadDraft(d.id)) ?? d), form: d.form });
    saveState.value = 'device';
    if (await syncToServer(saved)) saveState.value = 'server';
  } catch {
    saveState.value = 'error';
  }
}

if (typeof document !== 'undefined') {
  // A phone may kill a backgrounded app at any moment: save before that happens.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushSave();
  });
  window.addEventListener('pagehide', () => void flushSave());
}
