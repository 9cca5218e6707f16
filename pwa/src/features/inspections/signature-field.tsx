/**
 * 店主签字: the shop owner signs on the inspector's phone. signature_pad keeps every stroke's
 * points with their time (kept as the evidence, with the PNG it renders), the owner's name is
 * typed beside it; or the inspector ticks "refused to sign" and writes why, as the record
 * forms in use do.
 */
import { useEffect, useRef } from 'preact/hooks';
import SignaturePad from 'signature_pad';
import { t } from '../../app/i18n';
import type { SignatureDraft } from './record-store';
import { R } from './record.strings';
import './record.css';

const EMPTY: SignatureDraft = { refused: false, name: '', reason: '' };

export function SignatureField(props: {
  value: SignatureDraft | undefined;
  onChange: (s: SignatureDraft) => void;
}) {
  const value = props.value ?? EMPTY;
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    const el = canvas.current;
    if (!el || value.refused) return;
    // Sharp on a high-density screen: the bitmap in device pixels, the strokes in CSS pixels.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    el.width = el.offsetWidth * ratio;
    el.height = el.offsetHeight * ratio;
    el.getContext('2d')?.scale(ratio, ratio);
    const p = new SignaturePad(el, { penColor: '#111', minWidth: 0.8, maxWidth: 2.6 });
    if (value.pad?.strokes.length) p.fromData(value.pad.strokes as never);
    p.addEventListener('endStroke', () => {
      props.onChange({
        ...latest.current,
        pad: {
          width: el.offsetWidth,
          height: el.offsetHeight,
          strokes: p.toData(),
          png: p.toDataURL('image/png'),
        },
      });
    });
    pad.current = p;
    return () => {
      p.off();
      pad.current = null;
    };
  }, [value.refused]);

  const set = (patch: Partial<SignatureDraft>) => props.onChange({ ...value, ...patch });
  return (
    <fieldset class="inspections-sign" data-testid="signature">
      <legend>{t(R.signTitle)}</legend>
      {!value.refused && (
        <>
          <p class="hint">{t(R.signHint)}</p>
          <canvas
            ref={canvas}
            class="inspections-sign-pad"
            aria-label={t(R.signPad)}
            data-testid="signature-pad"
          />
          <button
            type="button"
            class="btn btn-small inspections-sign-clear"
            onClick={() => {
              pad.current?.clear();
              props.onChange({ refused: value.refused, name: value.name, reason: value.reason });
            }}
          >
            {t(R.signClear)}
          </button>
        </>
      )}
      <div class="field">
        <label for="signer-name">{t(R.signerName)}</label>
        <input
          id="signer-name"
          type="text"
          maxLength={40}
          autoComplete="off"
          value={value.name}
          onInput={(e) => set({ name: (e.target as HTMLInputElement).value })}
        />
      </div>
      <label class="choice">
        <input
          type="checkbox"
          checked={value.refused}
          data-testid="signature-refused"
          onChange={(e) => set({ refused: (e.target as HTMLInputElement).checked })}
        />
        <span>{t(R.signRefused)}</span>
      </label>
      {value.refused && (
        <div class="field">
          <label for="sign-reason">{t(R.signReason)}</label>
          <textarea
            id="sign-reason"
            rows={2}
            maxLength={500}
            value={value.reason}
            onInput={(e) => set({ reason: (e.target as HTMLTextAreaElement).value })}
          />
        </div>
      )}
    </fieldset>
  );
}
