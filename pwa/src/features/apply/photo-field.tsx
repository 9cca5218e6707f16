/**
 * One photo of the application (ID card, business licence, proof of premises...): taken with
 * the camera or picked from the gallery, shrunk on the device, uploaded with progress, shown
 * as a thumbnail, and retried or replaced on demand. `onPhoto` receives the compressed picture
 * first, so in-browser OCR can read it and fill the form without waiting for the upload.
 * Without network the photo waits on the device, calmly ("等待网络，联网后自动上传"), and goes
 * up by itself when the network is back; only a refusal (type, size) is an error.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import type { AttachmentKind } from '@core/attachments';
import { useEffect, useId, useRef } from 'preact/hooks';
import { ApiError, errorText, reachable } from '../../app/api';
import { fmt, t, type Text } from '../../app/i18n';
import { FlagNote, RequiredMark } from './fields';
import { F } from './form.strings';
import { compressImage } from '../../app/image';
import {
  dropPending,
  keepPending,
  pendingPhoto,
  uploadPending,
  uploadedId,
} from './pending-photos';
import { uploadAttachment } from './upload';

type Phase = 'idle' | 'working' | 'uploading' | 'waiting' | 'failed';

export interface PhotoFieldProps {
  kind: AttachmentKind;
  label: Text;
  hint?: Text;
  /** The uploaded attachment's id, or '' when there is none yet. */
  value: string;
  onChange: (attachmentId: string) => void;
  /**
   * The compressed picture once it is ready; null as soon as another is picked (until that one
   * is ready) or the photo is removed, so nothing reads a picture no longer chosen.
   */
  onPhoto?: (photo: Blob | null) => void;
  /** Where a photo waiting for upload is kept on the device (e.g. `draftId:kind`). */
  persistKey?: string;
  error?: string | undefined;
  highlight?: boolean;
  /** The form cannot be sent without it. */
  required?: boolean;
}

export function PhotoField(p: PhotoFieldProps) {
  const id = useId();
  const phase = useSignal<Phase>('idle');
  const progress = useSignal(0);
  const problem = useSignal<string | null>(null);
  const pending = useSignal<Blob | null>(null);
  const preview = useSignal<string | null>(null);
  const isPdf = useSignal(false);

  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  const backoff = useRef(5000);
  // A photo left waiting when the app was closed: show it and finish its upload. (It may also
  // have gone up with a queued submission meanwhile: then take the id it got.)
  useEffect(() => {
    const key = p.persistKey;
    if (!key) return;
    void (async () => {
      const blob = await pendingPhoto(key);
      if (blob && !pending.value) {
        isPdf.value = blob.type === 'application/pdf';
        preview.value = URL.createObjectURL(blob);
        pending.value = blob;
        void send(blob);
        return;
      }
      const id = await uploadedId(key);
      if (id && id !== p.value) p.onChange(id);
    })();
  }, [p.persistKey]);
  // Back online (another request got through, or the browser says so): send what waits.
  useSignalEffect(() => {
    if (reachable.value && phase.peek() === 'waiting' && pending.peek()) {
      void send(pending.peek() as Blob);
    }
  });
  useEffect(() => {
    const online = () => {
      if (phase.peek() === 'waiting' && pending.peek()) void send(pending.peek() as Blob);
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
  useEffect(
    () => () => {
      revoke(preview.value);
      if (retry.current) clearTimeout(retry.current);
    },
    [],
  );

  function revoke(url: string | null) {
    if (url?.startsWith('blob:')) URL.revokeObjectURL(url);
  }

  async function send(blob: Blob) {
    if (phase.peek() === 'uploading') return;
    phase.value = 'uploading';
    progress.value = 0;
    problem.value = null;
    try {
      const onProgress = (f: number) => (progress.value = f);
      const id = p.persistKey
        ? await uploadPending(p.persistKey, p.kind, onProgress)
        : (await uploadAttachment(p.kind, blob, onProgress)).id;
      if (pending.value !== blob) return; // replaced or removed meanwhile
      pending.value = null;
      phase.value = 'idle';
      backoff.current = 5000;
      p.onChange(id);
    } catch (err) {
      // No network: the photo waits on the device and goes up by itself later. A refusal
      // (type, size) is an error, and waits for another photo.
      if (err instanceof ApiError && err.code === 'NETWORK') {
        phase.value = 'waiting';
        retryLater(blob);
      } else {
        phase.value = 'failed';
        problem.value = errorText(err);
      }
    }
  }

  function retryLater(blob: Blob) {
    if (retry.current) clearTimeout(retry.current);
    retry.current = setTimeout(() => {
      retry.current = null;
      if (pending.value === blob && phase.peek() === 'waiting') void send(blob);
    }, backoff.current);
    backoff.current = Math.min(backoff.current * 2, 60_000);
  }

  async function picked(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // picking the same file again must fire change again
    if (!file) return;
    phase.value = 'working';
    problem.value = null;
    p.onPhoto?.(null);
    let blob: Blob;
    try {
      blob = await compressImage(file);
    } catch {
      phase.value = 'failed';
      problem.value = t(F.photoUnreadable);
      return;
    }
    revoke(preview.value);
    isPdf.value = blob.type === 'application/pdf';
    preview.value = URL.createObjectURL(blob);
    pending.value = blob;
    if (p.persistKey) await keepPending(p.persistKey, blob).catch(() => undefined);
    p.onPhoto?.(blob);
    await send(blob);
  }

  function remove() {
    revoke(preview.value);
    preview.value = null;
    pending.value = null;
    phase.value = 'idle';
    p.onPhoto?.(null);
    if (p.persistKey) void dropPending(p.persistKey);
    p.onChange('');
  }

  const shown =
    preview.value ?? (p.value ? `/api/attachments/${encodeURIComponent(p.value)}` : null);
  const busy = phase.value === 'working' || phase.value === 'uploading';
  const waiting = phase.value === 'waiting';
  // A photo waiting for the network is not missing: the form's "required" message would lie.
  const err = problem.value ?? (waiting ? undefined : p.error);
  return (
    <div
      class={`field photo-field${p.highlight ? ' field-flag' : ''}`}
      data-testid={`photo-${p.kind}`}
      data-uploaded={p.value && !waiting ? 'yes' : 'no'}
      data-phase={phase.value}
    >
      {p.highlight && <FlagNote />}
      <span class="label" id={`${id}-l`}>
        {t(p.label)}
        {p.required && <RequiredMark />}
      </span>
      {p.hint && <p class="hint">{t(p.hint)}</p>}
      {shown && (
        <div class="photo-thumb">
          {isPdf.value ? (
            <span class="tag">PDF</span>
          ) : (
            <img src={shown} alt={t(p.label)} loading="lazy" />
          )}
          {p.value && phase.value === 'idle' && <span class="badge ok">✓ {t(F.uploaded)}</span>}
        </div>
      )}
      {phase.value === 'working' && <p role="status">{t(F.compressing)}</p>}
      {waiting && (
        <p class="photo-waiting" role="status" data-testid={`photo-waiting-${p.kind}`}>
          <svg
            viewBox="0 0 24 24"
            width="18"
            height="18"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
          >
            <circle cx="12" cy="12" r="9" />
            <path d="M12 7v5l3 2" />
          </svg>{' '}
          {t(F.waitingNetwork)}
        </p>
      )}
      {phase.value === 'uploading' && (
        <p role="status">
          <progress max={1} value={progress.value} aria-labelledby={`${id}-l`} />{' '}
          {fmt(t(F.uploading), { n: Math.round(progress.value * 100) })}
        </p>
      )}
      {err && (
        <p class="error" role="alert">
          {err}
        </p>
      )}
      <div class="button-row">
        <label class={`btn${busy ? ' btn-disabled' : ''}`}>
          {t(p.value || shown ? F.retake : F.takePhoto)}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            class="visually-hidden"
            disabled={busy}
            onChange={picked}
          />
        </label>
        <label class={`btn btn-ghost${busy ? ' btn-disabled' : ''}`}>
          {t(F.fromGallery)}
          <input
            type="file"
            accept="image/*,application/pdf"
            class="visually-hidden"
            data-testid={`file-${p.kind}`}
            disabled={busy}
            onChange={picked}
          />
        </label>
        {phase.value === 'failed' && pending.value && (
          <button
            type="button"
            class="btn"
            onClick={() => pending.value && void send(pending.value)}
          >
            {t(F.retryUpload)}
          </button>
        )}
        {(p.value || shown) && !busy && (
          <button type="button" class="btn btn-ghost" onClick={remove}>
            {t(F.removePhoto)}
          </button>
        )}
      </div>
    </div>
  );
}
