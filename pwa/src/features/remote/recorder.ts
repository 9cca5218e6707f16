/**
 * The lead inspector's recording of the call (after the applicant's consent): MediaRecorder cuts
 * it into chunks of a few seconds; each chunk is hashed and kept in IndexedDB before it is
 * uploaded, in order, and removed only once the server acknowledged it. A dropped connection
 * retries; a reloaded page first sends what it kept (the server acknowledges a replay without
 * storing it twice) and then records on into a new segment of the same inspection.
 */
import { signal } from '@preact/signals';
import { createStore, del, entries, set } from 'idb-keyval';
import type { ChunkAck, RecordingView } from '@core/remote-evidence';
import { ApiError, api, read } from '../../app/api';
import { putBytes, sha256Hex } from './upload';

/** MediaRecorder's slice: a chunk every few seconds (at most this is lost with a crash). */
const SLICE_MS = 3000;
const MAX_BACKOFF_MS = 8000;

interface KeptChunk {
  inspectionId: string;
  recordingId: string;
  index: number;
  mimeType: string;
  sha256: string;
  bytes: ArrayBuffer;
}

const store = createStore('xuke-evidence', 'chunks');
const keyOf = (c: Pick<KeptChunk, 'inspectionId' | 'recordingId' | 'index'>) =>
  `${c.inspectionId}|${c.recordingId}|${String(c.index).padStart(6, '0')}`;

/** MP4 where MediaRecorder supports it, else WebM. */
export function recordingType(): string {
  const types = [
    'video/mp4;codecs=avc1,mp4a',
    'video/mp4',
    'video/webm;codecs=vp8,opus',
    'video/webm',
  ];
  return types.find((t) => MediaRecorder.isTypeSupported(t)) ?? 'video/webm';
}

export class EvidenceRecorder {
  /** Chunks and bytes the server holds (every segment of this inspection). */
  readonly stored = signal({ chunks: 0, bytes: 0 });
  /** Chunks recorded here and not yet acknowledged. */
  readonly pending = signal(0);
  readonly recording = signal(false);
  readonly problem = signal<string | null>(null);
  private rec: MediaRecorder | null = null;
  private recordingId = '';
  private mimeType = '';
  private next = 0;
  private keeping: Promise<void> = Promise.resolve();
  private pumping: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly inspectionId: string) {}

  /** What the server already holds, and what this device kept from before (sent first). */
  async resume(): Promise<void> {
    const { items } = await read<{ items: RecordingView[] }>(
      api.inspections[':id'].recordings.$get({ param: { id: this.inspectionId } }),
    );
    this.stored.value = {
      chunks: items.reduce((n, r) => n + r.chunks, 0),
      bytes: items.reduce((n, r) => n + r.bytes, 0),
    };
    await this.recount();
    this.pump();
  }

  /** Starts a new segment recording `stream`. */
  async start(stream: MediaStream): Promise<void> {
    if (this.rec || this.closed) return;
    this.mimeType = recordingType();
    const { recording } = await read<{ recording: RecordingView }>(
      api.inspections[':id'].recordings.$post({
        param: { id: this.inspectionId },
        json: { mimeType: this.mimeType, side: 'composed' },
      }),
    );
    this.recordingId = recording.id;
    this.next = 0;
    const rec = new MediaRecorder(stream, { mimeType: this.mimeType, videoBitsPerSecond: 500_000 });
    rec.ondataavailable = (e) => {
      if (e.data.size > 0) this.keep(e.data);
    };
    rec.start(SLICE_MS);
    this.rec = rec;
    this.recording.value = true;
  }

  /** Stops recording and waits until every kept chunk is on the server. */
  async finish(): Promise<void> {
    const rec = this.rec;
    if (rec && rec.state !== 'inactive') {
      await new Promise<void>((resolve) => {
        rec.addEventListener('stop', () => resolve(), { once: true });
        rec.stop();
      });
    }
    this.rec = null;
    this.recording.value = false;
    await this.keeping;
    this.pump();
    while (this.pumping) await this.pumping;
  }

  /** The page goes away: recording stops; what is kept stays for the next visit. */
  close(): void {
    this.closed = true;
    if (this.rec && this.rec.state !== 'inactive') this.rec.stop();
    this.rec = null;
  }

  private keep(blob: Blob): void {
    const index = this.next++;
    const recordingId = this.recordingId;
    const mimeType = this.mimeType;
    // In order: chunk n is in IndexedDB before chunk n+1, so uploads never skip one.
    this.keeping = this.keeping.then(async () => {
      const bytes = await blob.arrayBuffer();
      const chunk: KeptChunk = {
        inspectionId: this.inspectionId,
        recordingId,
        index,
        mimeType,
        sha256: await sha256Hex(bytes),
        bytes,
      };
      await set(keyOf(chunk), chunk, store);
      this.pending.value++;
      this.pump();
    });
  }

  private async kept(): Promise<KeptChunk[]> {
    const all = await entries<string, KeptChunk>(store);
    return all
      .filter(([k]) => k.startsWith(`${this.inspectionId}|`))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, v]) => v);
  }

  private async recount(): Promise<void> {
    this.pending.value = (await this.kept()).length;
  }

  private pump(): void {
    this.pumping ??= this.drain().finally(() => {
      this.pumping = null;
    });
  }

  private async drain(): Promise<void> {
    let attempt = 0;
    for (;;) {
      const [chunk] = await this.kept();
      if (!chunk) return;
      try {
        const { ack } = await putBytes<{ ack: ChunkAck }>(
          'PUT',
          `/api/inspections/${encodeURIComponent(chunk.inspectionId)}/recordings/${chunk.recordingId}/chunks/${chunk.index}`,
          chunk.bytes,
          chunk.mimeType.split(';')[0] ?? 'video/webm',
          { 'x-content-sha256': chunk.sha256 },
        );
        await del(keyOf(chunk), store);
        attempt = 0;
        this.problem.value = null;
        if (!ack.duplicate) {
          const s = this.stored.value;
          this.stored.value = { chunks: s.chunks + 1, bytes: s.bytes + chunk.bytes.byteLength };
        }
        await this.recount();
      } catch (err) {
        const code = err instanceof ApiError ? err.code : 'NETWORK';
        if (
          code !== 'NETWORK' &&
          code !== 'RATE_LIMITED' &&
          !(err instanceof ApiError && err.status >= 500)
        ) {
          // Refused for good (sealed, out of order): kept on this device, never dropped.
          this.problem.value = err instanceof ApiError ? err.message : String(err);
          return;
        }
        this.problem.value = err instanceof ApiError ? err.message : String(err);
        await new Promise((r) => setTimeout(r, Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt++)));
        if (this.closed) return;
      }
    }
  }
}
