/**
 * One photo of the application (ID card, business licence, proof of premises...): taken with
 * the camera or picked from the gallery, shrunk on the device, uploaded with progress, shown
 * as a thumbnail, and retried or replaced on demand. `onPhoto` receives the compressed picture
 * first, so in-browser OCR can read it and fill the form without waiting for the upload.
 */
import { useSignal } from '@preact/signals';
import type { AttachmentKind } from '@core/attachments';
import { useEffect, useId, useRef } from 'preact/hooks';
import { ApiError, errorText } from '../../app/api';
import { fmt, t, type Text } from '../../app/i18n';
import { FlagNote } from './fields';
import { F } from './form.strings';
import { compressImage } from './image';
import { dropPending, keepPending, pendingPhoto } from './pending-photos';
import { uploadAttachment } from './upload';

type Phase = 'idle' | 'working' | 'uploading' | 'failed';

export interface PhotoFieldProps {
  kind: AttachmentKind;
  label: Text;
  hint?: Text;
  /** The uploaded attachment's id, or '' when there is none yet. */
  value: string;
  onChange: (attachmentId: string) => void;
  onPhoto?: (photo: Blob) => void;
  /** Where a photo waiting for upload is kept on the device (e.g. `draftId:kind`). */
  persistKey?: string;
  error?: string | undefined;
  highlight?: boolean;
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
  // A photo left waiting when the app was closed: show it and finish its upload.
  useEffect(() => {
    if (!p.persistKey || p.value) return;
    void pendingPhoto(p.persistKey).then((blob) => {
      if (!blob || pending.value) return;
      isPdf.value = blob.type === 'application/pdf';
      preview.value = URL.createObjectURL(blob);
      pending.value = blob;
      void send(blob);
    });
  }, [p.persistKey]);
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
    phase.value = 'uploading';
    progress.value = 0;
    problem.value = null;
    try {
      const res = await uploadAttachment(p.kind, blob, (f) => (progress.value = f));
      pending.value = null;
      if (p.persistKey) void dropPending(p.persistKey);
      phase.value = 'idle';
      p.onChange(res.id);
    } catch (err) {
      phase.value = 'failed';
      problem.value = errorText(err);
      // A dropped connection is retried by itself; a refusal (type, size) waits for a new photo.
      if (err instanceof ApiError && err.code === 'NETWORK') retryLater(blob);
    }
  }

  function retryLater(blob: Blob) {
    if (retry.current) clearTimeout(retry.current);
    retry.current = setTimeout(() => {
      retry.current = null;
      if (pending.value === blob) void send(blob);
    }, 5000);
  }

  async function picked(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // picking the same file again must fire change again
    if (!file) return;
    phase.value = 'working';
    problem.value = null;
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
    if (p.persistKey) void dropPending(p.persistKey);
    p.onChange('');
  }

  const shown =
    preview.value ?? (p.value ? `/api/attachments/${encodeURIComponent(p.value)}` : null);
  const busy = phase.value === 'working' || phase.value === 'uploading';
  const err = problem.value ?? p.error;
  return (
    <div
      class={`field photo-field${p.highlight ? ' field-flag' : ''}`}
      data-testid={`photo-${p.kind}`}
      data-uploaded={p.value ? 'yes' : 'no'}
    >
      {p.highlight && <FlagNote />}
      <span class="label" id={`${id}-l`}>
        {t(p.label)}
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
