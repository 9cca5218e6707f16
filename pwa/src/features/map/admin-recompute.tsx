/**
 * 年度承载量重算: the admin's weights, a "what if" preview (which grids change colour, with a
 * picture), then one confirmed action that applies them to every grid.
 */
import { useState } from 'preact/hooks';
import type { RecomputePreviewView } from '@core/api';
import type { CapacityWeights } from '@core/capacity';
import { api, errorText, read } from '../../app/api';
import { fmt, t, type Text } from '../../app/i18n';
import { toast } from '../../app/toast';
import { G } from './grid-admin.strings';
import { PreviewView } from './admin-preview';

type Field = 'baseRate' | 'urban' | 'town' | 'rural' | 'consumption' | 'cost' | 'retailers';
const FIELDS: [Field, Text][] = [
  ['baseRate', G.baseRate],
  ['urban', G.urban],
  ['town', G.town],
  ['rural', G.rural],
  ['consumption', G.consumption],
  ['cost', G.cost],
  ['retailers', G.retailers],
];

function formOf(w: CapacityWeights): Record<Field, string> {
  return {
    baseRate: String(w.baseRate),
    urban: String(w.classWeight.urban),
    town: String(w.classWeight.town),
    rural: String(w.classWeight.rural),
    consumption: String(w.consumptionWeight),
    cost: String(w.costWeight),
    retailers: String(w.retailerWeight),
  };
}

const num = (v: string) => (/^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN);

/** The form as weights, or null while a field is not a number. */
function weightsOf(f: Record<Field, string>): CapacityWeights | null {
  const w = {
    baseRate: num(f.baseRate),
    classWeight: { urban: num(f.urban), town: num(f.town), rural: num(f.rural) },
    consumptionWeight: num(f.consumption),
    costWeight: num(f.cost),
    retailerWeight: num(f.retailers),
  };
  const all = [w.baseRate, w.consumptionWeight, w.costWeight, w.retailerWeight];
  all.push(w.classWeight.urban, w.classWeight.town, w.classWeight.rural);
  return all.every(Number.isFinite) ? w : null;
}

type Busy = 'preview' | 'apply' | null;

export function RecomputeForm({ initial }: { initial: CapacityWeights }) {
  const [form, setForm] = useState(() => formOf(initial));
  const [preview, setPreview] = useState<RecomputePreviewView | null>(null);
  /** The weights the preview was made with: applying anything else needs a new preview. */
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const weights = weightsOf(form);
  const key = JSON.stringify(weights);
  const stale = preview !== null && previewed !== key;
  const shifted = preview ? Object.values(preview.colourShifts).reduce((s, n) => s + n, 0) : 0;

  const run = async (kind: 'preview' | 'apply') => {
    if (!weights) return;
    setBusy(kind);
    setError(null);
    setConfirm(false);
    try {
      const p = await read(api.grids.recompute[kind].$post({ json: { weights } }));
      if (kind === 'apply') {
        const msg = fmt(t(G.applied), { changed: p.changed });
        setApplied(msg);
        toast(msg);
        setPreview(null);
        setPreviewed(null);
      } else {
        setApplied(null);
        setPreview(p);
        setPreviewed(key);
      }
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="section" id="recompute" aria-labelledby="recompute-h">
      <h2 id="recompute-h">{t(G.recompute)}</h2>
      <p class="hint">{t(G.recomputeUse)}</p>
      <div
        class="form"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))' }}
      >
        {FIELDS.map(([k, label]) => (
          <div class="field" key={k}>
            <label for={`w-${k}`}>{t(label)}</label>
            <input
              id={`w-${k}`}
              inputMode="decimal"
              value={form[k]}
              aria-invalid={!Number.isFinite(num(form[k]))}
              onInput={(e) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value })}
            />
            {!Number.isFinite(num(form[k])) && <p class="error">{t(G.notNumber)}</p>}
          </div>
        ))}
      </div>
      <div class="button-row" style={{ marginTop: '0.75rem' }}>
        <button
          type="button"
          class="btn"
          disabled={!weights || busy !== null}
          onClick={() => void run('preview')}
          data-testid="recompute-preview-btn"
        >
          {t(busy === 'preview' ? G.previewing : G.preview)}
        </button>
        <button
          type="button"
          class="btn btn-primary"
          disabled={!preview || stale || preview.changed === 0 || busy !== null}
          onClick={() => setConfirm(true)}
          data-testid="recompute-apply-btn"
        >
          {t(busy === 'apply' ? G.applying : G.apply)}
        </button>
      </div>
      {busy && (
        <p class="hint" role="status">
          <span class="spinner" aria-hidden="true" />{' '}
          {t(busy === 'preview' ? G.previewing : G.applying)}
        </p>
      )}
      {confirm && preview && (
        <div
          class="notice"
          role="alertdialog"
          aria-live="assertive"
          aria-labelledby="recompute-confirm-text"
        >
          <p id="recompute-confirm-text">
            {fmt(t(G.applyConfirm), { changed: preview.changed, shifted })}
          </p>
          <div class="button-row">
            <button
              type="button"
              class="btn btn-primary"
              onClick={() => void run('apply')}
              data-testid="recompute-confirm"
            >
              {t(G.apply)}
            </button>
            <button type="button" class="btn" onClick={() => setConfirm(false)}>
              {t(G.cancel)}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {applied && (
        <p class="notice" role="status" data-testid="recompute-applied">
          ✓ {applied}
        </p>
      )}
      {stale && <p class="hint">{t(G.stale)}</p>}
      {preview && <PreviewView preview={preview} />}
    </section>
  );
}
