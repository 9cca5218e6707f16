/**
 * Drafts on the device (IndexedDB) and on the server. Every keystroke lands on the device
 * first, after a short debounce, so closing the app or losing the connection loses nothing;
 * then the server copy follows when it can be reached (POST with the draft's client-made
 * uuid the first time, so a retried create is still one draft; PUT after that).
 */
import { signal } from '@preact/signals';
import { createStore, del, get, set, values } from 'idb-keyval';
import type { LicenceView } from '@core/api';
import type { BusinessType } from '@core/business-types';
import { ApiError, api, read } from '../../app/api';
import type { FormState } from './form-state';
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
  const next = { ...d, updatedAt: new Date().toISOString() };
  await set(d.id, next, store);
  return next;
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
      // Re-read: the user may have typed on while the create was in flight.
      const latest = (await loadDraft(d.id)) ?? d;
      await set(d.id, { ...latest, onServer: true }, store);
    }
    return true;
  } catch (err) {
    // A draft already submitted elsewhere (another tab) can no longer be autosaved: fine.
    if (err instanceof ApiError && err.code === 'ILLEGAL_TRANSITION') return false;
    return false;
  }
}

let timer: ReturnType<typeof setTimeout> | null = null;
let pending: LocalDraft | null = null;

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
