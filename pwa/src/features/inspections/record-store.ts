/**
 * The on-site record on the officer's phone: saved as it is entered, and kept until the server
 * has it. A record sent while the network is down waits here ("not yet sent") and goes when it
 * returns, with the same idempotency key, so the server takes it exactly once.
 */
import { signal } from '@preact/signals';
import type { CheckResult } from '@core/checklist';
import { ApiError, api, opts, read } from '../../app/api';

export interface RecordDraft {
  taskId: string;
  taskVersion: number;
  idempotencyKey: string;
  checklistVersion: string;
  answers: Record<string, { result: CheckResult | null; note: string }>;
  notes: string;
  /** Sent by the officer: waits for the network if it must. */
  queued: boolean;
  departedAt?: string;
}

const PREFIX = 'xuke.record.';

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

export function dropRecord(taskId: string): void {
  localStorage.removeItem(PREFIX + taskId);
  count();
}

/** Sends one record; true once the server has it (now or before), false while offline. */
export async function sendRecord(d: RecordDraft): Promise<boolean> {
  const items = Object.entries(d.answers).map(([id, a]) => ({
    id,
    result: a.result ?? 'na',
    ...(a.note.trim() ? { note: a.note.trim() } : {}),
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
            ...(d.departedAt ? { departedAt: d.departedAt } : {}),
          },
        },
        opts({}),
      ),
    );
    dropRecord(d.taskId);
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
  try {
    for (const d of all().filter((x) => x.queued)) {
      try {
        if (!(await sendRecord(d))) break;
      } catch {
        // Refused by the server (e.g. the task was reassigned): stays for the officer to see.
      }
    }
  } finally {
    flushing = false;
    count();
  }
}

if (typeof window !== 'undefined') window.addEventListener('online', () => void flushRecords());
