import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OcrRequest, OcrResponse } from '../../workers/ocr-protocol';
import { OcrCancelledError, OcrFailedError, recognise, releaseOcr, STALL_MS } from './bridge';

/** A stand-in for the OCR worker: records what it was sent; the test answers for it. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: MessageEvent<OcrResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: OcrRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: OcrRequest) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(m: OcrResponse) {
    this.onmessage?.({ data: m } as MessageEvent<OcrResponse>);
  }
}

const photo = new Blob([new Uint8Array([1, 2, 3])]);
const outcome = { fields: {}, seconds: 1, lineThreads: 2 } as never;

/** The promise's settled state without waiting on it. */
function settled<T>(p: Promise<T>) {
  const s: { value?: T; error?: unknown } = {};
  p.then(
    (v) => (s.value = v),
    (e: unknown) => (s.error = e),
  );
  return s;
}

describe('the OCR bridge', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    releaseOcr();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gives up on a worker that goes quiet for a minute, and ends it', async () => {
    const r = settled(recognise('id', photo));
    const w = FakeWorker.last!;
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(r.error).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(r.error).toBeInstanceOf(OcrFailedError);
    expect((r.error as OcrFailedError).failure).toBe('stalled');
    expect(w.terminated).toBe(true);
  });

  it('waits on as long as work goes on: download bytes, stages, pages and lines read', async () => {
    const r = settled(recognise('licence', photo));
    const w = FakeWorker.last!;
    const id = w.sent[0]!.id;
    const signs: OcrResponse[] = [
      { type: 'progress', id, progress: { phase: 'download', progress: 0.5 } },
      { type: 'progress', id, progress: { phase: 'recognise', stage: 'read' } },
      { type: 'alive', id },
      { type: 'alive', id },
    ];
    for (const m of signs) {
      await vi.advanceTimersByTimeAsync(STALL_MS - 1000);
      w.answer(m);
    }
    expect(r.error).toBeUndefined();
    await vi.advanceTimersByTimeAsync(STALL_MS / 2);
    w.answer({ type: 'result', id, outcome });
    await vi.advanceTimersByTimeAsync(0);
    expect(r.value).toBe(outcome);
    // Answered: the watchdog is off (past the last sign's minute), and the worker stays for
    // the next photo until it has been idle a minute.
    await vi.advanceTimersByTimeAsync(STALL_MS / 2 + 1000);
    expect(w.terminated).toBe(false);
  });

  it("passes on the worker's reason for a failure, and tries again in a fresh worker", async () => {
    const r = settled(recognise('id', photo));
    const w = FakeWorker.last!;
    w.answer({ type: 'error', id: w.sent[0]!.id, message: 'Failed to fetch', failure: 'download' });
    await vi.advanceTimersByTimeAsync(0);
    expect((r.error as OcrFailedError).failure).toBe('download');
    // Its engines would keep the failed load: the next try gets a new worker.
    expect(w.terminated).toBe(true);
    const ac = new AbortController();
    void recognise('id', photo, { signal: ac.signal }).catch(() => undefined);
    expect(FakeWorker.last).not.toBe(w);
    expect(FakeWorker.last!.sent).toHaveLength(1);
    ac.abort();
  });

  it('treats a crashed worker as stuck, and a cancel as a cancel', async () => {
    const crashed = settled(recognise('id', photo));
    FakeWorker.last!.onerror?.({ message: 'boom' } as ErrorEvent);
    await vi.advanceTimersByTimeAsync(0);
    expect((crashed.error as OcrFailedError).failure).toBe('stalled');

    const ac = new AbortController();
    const cancelled = settled(recognise('id', photo, { signal: ac.signal }));
    ac.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(cancelled.error).toBeInstanceOf(OcrCancelledError);
    expect(FakeWorker.last!.terminated).toBe(true);
  });
});
