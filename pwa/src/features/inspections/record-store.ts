/**
 * The on-site record on the officer's phone: saved as it is entered, and kept until the server
 * has it. A record sent while the network is down waits here ("not yet sent") and goes when it
 * returns: first its photos (IndexedDB, photo-store.ts), then the record itself with the same
 * idempotency key, so the server takes each exactly once. A sent record stays on the phone a
 * while (marked sent): if the second officer sends it back, it is corrected rather than retyped.
 */
import { signal } from '@preact/signals';
import type { CheckResult } from '@core/checklist';
import type { OwnerSignatureInput } from '@core/task-record';
import { ApiError, api, opts, read } from '../../app/api';
import { dropPhoto, flushPhotos, uploadAll } from './photo-store';

/** The owner's signature as the pad left it (strokes with timing, and the PNG), or a refusal. */
export interface SignatureDraft {
  refused: boolean;
  name: string;
  reason: string;
  pad?: { width: number; height: number; strokes: unknown[]; png: string };
}

export interface RecordDraft {
  taskId: string;
  taskVersion: number;
  idempotencyKey: string;
  checklistVersion: string;
  answers: Record<string, { result: CheckResult | null; note: string; photos?: string[] }>;
  notes: string;
  signature?: SignatureDraft;
  /** Sent by the officer: waits for the network if it must. */
  queued: boolean;
  departedAt?: string;
  departure?: { lat: number; lng: number } | null;
  /** When the server took it (kept a week in case it is sent back). */
  sentAt?: string;
  /** Why the server refused it when it was sent in the background. */
  refused?: string;
}

const PREFIX = 'xuke.record.';
const KEEP_SENT_MS = 7 * 86_400_000;

export const pendingRecords = signal(0);

function all(): RecordDraft[] {
  const out: RecordDraft[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (!k?.startsWith(PREFIX)) continue;
    try {
      out.push(JSON.parse(localStorage.getItem(k) ?? '') as RecordDraft);
    } catch {
      // a broken copy is not a record
    }
  }
  return out;
}

function count(): void {
  pendingRecords.value = all().filter((d) => d.queued).length;
}

export function loadRecord(taskId: string): RecordDraft | null {
  try {
    const raw = localStorage.getItem(PREFIX + taskId);
    return raw ? (JSON.parse(raw) as RecordDraft) : null;
  } catch {
    return null;
  }
}

export function saveRecord(d: RecordDraft): void {
  localStorage.setItem(PREFIX + d.taskId, JSON.stringify(d));
  count();
}

/** The device keys of the record's photos. */
export function photoKeys(d: RecordDraft): string[] {
  return Object.values(d.answers).flatMap((a) => a.photos ?? []);
}

/** Forgets a record and its photos on this phone. */
export async function dropRecord(taskId: string): Promise<void> {
  const d = loadRecord(taskId);
  localStorage.removeItem(PREFIX + taskId);
  count();
  for (const k of d ? photoKeys(d) : []) await dropPhoto(k);
}

/** The signature as the API takes it, or null while it is incomplete. */
export function signatureInput(s: SignatureDraft | undefined): OwnerSignatureInput | null {
  if (!s) return null;
  if (s.refused) {
    if (s.reason.trim().length < 2) return null;
    return {
      kind: 'refused',
      reason: s.reason.trim(),
      ...(s.name.trim() ? { name: s.name.trim() } : {}),
    };
  }
  if (!s.pad || s.pad.strokes.length === 0 || !s.name.trim()) return null;
  return {
    kind: 'signed',
    name: s.name.trim(),
    width: Math.round(s.pad.width),
    height: Math.round(s.pad.height),
    strokes: s.pad.strokes as Extract<OwnerSignatureInput, { kind: 'signed' }>['strokes'],
    png: s.pad.png,
  };
}

/** Sends one record; true once the server has it (now or before), false while offline. */
export async function sendRecord(d: RecordDraft): Promise<boolean> {
  const signature = signatureInput(d.signature);
  if (!signature) throw new ApiError('SIGNATURE_INVALID', '', 422);
  // The photos first: the server takes a record only once every photo it names has arrived.
  if (!(await uploadAll(photoKeys(d)))) return false;
  const items = Object.entries(d.answers).map(([id, a]) => ({
    id,
    result: a.result ?? 'na',
    ...(a.note.trim() ? { note: a.note.trim() } : {}),
    ...(a.photos?.length ? { photos: a.photos } : {}),
  }));
  try {
    await read(
      api.tasks[':id'].record.$post(
        {
          param: { id: d.taskId },
          json: {
            idempotencyKey: d.idempotencyKey,
            version: d.taskVersion,
            checklistVersion: d.checklistVersion,
            items,
            notes: d.notes.trim(),
            signature,
            ...(d.departedAt ? { departedAt: d.departedAt } : {}),
            ...(d.departure ? d.departure : {}),
          },
        },
        opts({}),
      ),
    );
    saveRecord({ ...d, queued: false, sentAt: new Date().toISOString() });
    return true;
  } catch (err) {
    if (err instanceof ApiError && err.code === 'NETWORK') return false;
    throw err;
  }
}

let flushing = false;

/** Sends every record waiting on this phone (on start, and whenever the network returns). */
export async function flushRecords(): Promise<void> {
  count();
  if (flushing) return;
  flushing = true;
  let offline = false;
  try {
    for (const d of all()) {
      if (d.sentAt && !d.queued && Date.now() - Date.parse(d.sentAt) > KEEP_SENT_MS) {
        await dropRecord(d.taskId);
      }
    }
    await flushPhotos();
    for (const d of all().filter((x) => x.queued)) {
      try {
        if (!(await sendRecord(d))) {
          offline = true;
          break;
        }
      } catch (err) {
        // Refused by the server (e.g. the task was reassigned): kept on the phone, no longer
        // queued, with the reason for the officer to see when they open it.
        saveRecord({ ...d, queued: false, refused: err instanceof Error ? err.message : '' });
      }
    }
  } finally {
    flushing = false;
    count();
  }
  // The network may say "online" before it carries anything: try again shortly.
  if (offline && retry === null) {
    retry = setTimeout(() => {
      retry = null;
      void flushRecords();
    }, 5000);
  }
}

let retry: ReturnType<typeof setTimeout> | null = null;

if (typeof window !== 'undefined') window.addEventListener('online', () => void flushRecords());
