/**
 * The camera with a card-shaped guide frame (rear camera), or the gallery when there is no
 * camera or the applicant prefers a saved photo. The whole frame is sent: the pipeline finds
 * the card itself, the frame only helps the applicant fill the picture with it.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../app/i18n';
import type { OcrKind } from '../../../../worker/core/ocr/types';
import { O } from './ocr.strings';

const ASPECT: Record<OcrKind, number> = { id: 85.6 / 54, licence: 1.414 };

export function CameraView(p: { kind: OcrKind; onImage: (b: Blob) => void; onCancel: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const noCamera = useSignal(false);

  useEffect(() => {
    let stopped = false;
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1920 } }, audio: false })
      .then((s) => {
        if (stopped) return s.getTracks().forEach((tr) => tr.stop());
        stream.current = s;
        if (video.current) video.current.srcObject = s;
      })
      .catch(() => (noCamera.value = true));
    if (!navigator.mediaDevices) noCamera.value = true;
    return () => {
      stopped = true;
      stream.current?.getTracks().forEach((tr) => tr.stop());
    };
  }, []);

  const shoot = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const c = document.createElement('canvas');
    c.width = v.videoWidth;
    c.height = v.videoHeight;
    c.getContext('2d')?.drawImage(v, 0, 0);
    c.toBlob((b) => b && p.onImage(b), 'image/jpeg', 0.92);
  };

  return (
    <div class="ocr-camera">
      <h2>{t(p.kind === 'id' ? O.titleId : O.titleLicence)}</h2>
      {noCamera.value ? (
        <p class="ocr-note" role="status">
          {t(O.noCamera)}
        </p>
      ) : (
        <div class="ocr-viewfinder">
          <video ref={video} autoplay playsInline muted />
          <div
            class="ocr-guide"
            style={{ aspectRatio: String(ASPECT[p.kind]) }}
            aria-hidden="true"
          />
          <p class="ocr-guide-text">{t(O.guide)}</p>
        </div>
      )}
      <div class="ocr-actions">
        {!noCamera.value && (
          <button type="button" class="btn btn-primary" onClick={shoot} data-testid="ocr-shoot">
            {t(O.shoot)}
          </button>
        )}
        <label class="btn">
          {t(O.gallery)}
          <input
            type="file"
            accept="image/*"
            hidden
            data-testid="ocr-file"
            onChange={(e) => {
              const f = (e.currentTarget as HTMLInputElement).files?.[0];
              if (f) p.onImage(f);
            }}
          />
        </label>
        <button type="button" class="btn btn-ghost" onClick={p.onCancel}>
          {t(O.cancel)}
        </button>
      </div>
    </div>
  );
}
