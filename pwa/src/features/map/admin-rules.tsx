/**
 * 距离规则: the minimum spacing between retailers and the no-licence zone around schools and
 * kindergartens, read by the layout check (applicant consult and the approval's layout gate).
 */
import { useState } from 'preact/hooks';
import type { DistanceRules } from '@core/layout';
import { api, errorText, read } from '../../app/api';
import { fmt, t, type Text } from '../../app/i18n';
import { toast } from '../../app/toast';
import { G } from './grid-admin.strings';

/** A whole number of metres 0–1000, or null. */
export function metres(v: string): number | null {
  const s = v.trim();
  if (!/^\d{1,4}$/.test(s)) return null;
  const n = Number(s);
  return n <= 1000 ? n : null;
}

function MetresField(props: {
  id: string;
  label: Text;
  hint: Text;
  value: string;
  onInput: (v: string) => void;
  typical?: [number, number];
}) {
  const n = metres(props.value);
  const atypical =
    n !== null && n > 0 && props.typical && (n < props.typical[0] || n > props.typical[1]);
  return (
    <div class="field">
      <label for={props.id}>{t(props.label)}</label>
      <input
        id={props.id}
        inputMode="numeric"
        value={props.value}
        aria-invalid={n === null}
        aria-describedby={`${props.id}-hint`}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
      <p class="hint" id={`${props.id}-hint`}>
        {t(props.hint)}
      </p>
      {n === null && <p class="error">{t(G.intRange)}</p>}
      {atypical && <p class="hint">{fmt(t(G.atypical), { n })}</p>}
    </div>
  );
}

export function DistanceRulesForm({ initial }: { initial: DistanceRules }) {
  const [spacing, setSpacing] = useState(String(initial.minSpacingM));
  const [buffer, setBuffer] = useState(String(initial.schoolBufferM));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const a = metres(spacing);
  const b = metres(buffer);

  const save = async () => {
    if (a === null || b === null) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      // Read the settings afresh so a recompute applied meanwhile keeps its weights.
      const current = await read(api.grids.settings.$get());
      const next = await read(
        api.grids.settings.$put({
          json: { ...current, rules: { minSpacingM: a, schoolBufferM: b } },
        }),
      );
      const msg = fmt(t(G.rulesSaved), {
        a: next.rules.minSpacingM,
        b: next.rules.schoolBufferM,
      });
      setSaved(msg);
      toast(msg);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const edit = (set: (v: string) => void) => (v: string) => (set(v), setSaved(null));
  return (
    <section class="section" id="rules" aria-labelledby="rules-h">
      <h2 id="rules-h">{t(G.rules)}</h2>
      <p class="notice">{t(G.rulesUse)}</p>
      <form
        class="form"
        style={{ maxWidth: '36rem' }}
        data-testid="rules-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <MetresField
          id="min-spacing"
          label={G.minSpacing}
          hint={G.minSpacingHint}
          value={spacing}
          onInput={edit(setSpacing)}
          typical={[30, 100]}
        />
        <MetresField
          id="school-buffer"
          label={G.schoolBuffer}
          hint={G.schoolBufferHint}
          value={buffer}
          onInput={edit(setBuffer)}
        />
        <div class="button-row">
          <button
            type="submit"
            class="btn btn-primary"
            disabled={busy || a === null || b === null}
            data-testid="rules-save"
          >
            {t(busy ? G.saving : G.saveRules)}
          </button>
        </div>
        {saved && (
          <p class="notice" role="status" data-testid="rules-saved">
            ✓ {saved}
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
