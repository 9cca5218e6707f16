/**
 * Signing at the end of a remote inspection, on either side's screen: signature_pad keeps every
 * stroke's points with their time (the evidence) and renders a PNG beside them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import SignaturePad from 'signature_pad';
import type { RemoteSignatureInput } from '@core/remote-evidence';
import { errorText } from '../../app/api';
import { t } from '../../app/i18n';
import { E } from './evidence.strings';

export function SignPad({ onSign }: { onSign: (s: RemoteSignatureInput) => Promise<void> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = el.offsetWidth * ratio;
    el.height = el.offsetHeight * ratio;
    el.getContext('2d')?.scale(ratio, ratio);
    const p = new SignaturePad(el, { penColor: '#111', minWidth: 0.8, maxWidth: 2.6 });
    pad.current = p;
    return () => p.off();
  }, []);
  const submit = async () => {
    const p = pad.current;
    const el = canvas.current;
    if (!p || !el || p.isEmpty()) return setError(t(E.signEmpty));
    setBusy(true);
    setError(null);
    try {
      await onSign({
        width: Math.round(el.offsetWidth),
        height: Math.round(el.offsetHeight),
        strokes: p.toData().map((g) => ({
          points: g.points.map((pt) => ({
            x: Math.round(pt.x * 10) / 10,
            y: Math.round(pt.y * 10) / 10,
            time: pt.time,
            pressure: Math.min(1, Math.max(0, pt.pressure)),
          })),
        })),
        png: p.toDataURL('image/png'),
      });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="remote-sign" data-testid="remote-sign">
      <p class="hint">{t(E.signHint)}</p>
      <canvas
        ref={canvas}
        class="remote-sign-pad"
        aria-label={t(E.signPad)}
        data-testid="remote-sign-pad"
      />
      {error && <p class="error">{error}</p>}
      <div class="button-row">
        <button type="button" class="btn" onClick={() => pad.current?.clear()}>
          {t(E.signClear)}
        </button>
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy}
          data-testid="remote-sign-submit"
          onClick={() => void submit()}
        >
          {t(E.signSubmit)}
        </button>
      </div>
    </div>
  );
}
