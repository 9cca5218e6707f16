/**
 * The picker's search box: an address, a road, a township or a shop's name, answered by the
 * worker's geocoder (`GET /api/geocode`: the city's own data, or Tianditu in production). Not a
 * <form>: the picker also sits inside the 新办 form, and forms do not nest.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GeocodeHit } from '@core/geocode';
import { GEOCODE_KIND_LABELS, normaliseQuery } from '@core/geocode';
import { api, errorText, opts, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { P } from './picker.strings';

/** Typing pauses this long before the search runs by itself. */
const SETTLE_MS = 500;

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'hits'; q: string; hits: GeocodeHit[] }
  | { kind: 'failed'; message: string };

export function PickerSearch({ onChoose }: { onChoose: (hit: GeocodeHit) => void }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ctl = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const run = (raw: string) => {
    const q = normaliseQuery(raw);
    if (timer.current) clearTimeout(timer.current);
    ctl.current?.abort();
    if (q.length < 2) {
      setState(q.length === 0 ? { kind: 'idle' } : { kind: 'failed', message: t(P.tooShort) });
      return;
    }
    const c = new AbortController();
    ctl.current = c;
    setState({ kind: 'searching' });
    read(api.geocode.$get({ query: { q } }, opts({ signal: c.signal })))
      .then((a) => !c.signal.aborted && setState({ kind: 'hits', q: a.q, hits: a.hits }))
      .catch((err: unknown) => {
        if (c.signal.aborted) return;
        setState({ kind: 'failed', message: errorText(err) });
      });
  };

  useEffect(
    () => () => {
      ctl.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const onInput = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    if (normaliseQuery(value).length >= 2) timer.current = setTimeout(() => run(value), SETTLE_MS);
  };

  const choose = (h: GeocodeHit) => {
    setState({ kind: 'idle' });
    setText(h.label);
    onChoose(h);
  };

  return (
    <div class="map-picker-search" data-testid="picker-search">
      <label for="picker-q">{t(P.searchLabel)}</label>
      <div class="map-picker-search-row">
        <input
          id="picker-q"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          value={text}
          placeholder={t(P.searchPlaceholder)}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault(); // inside the 新办 form: Enter searches, it does not submit
            run(text);
          }}
        />
        <button type="button" class="btn btn-primary" onClick={() => run(text)}>
          {t(P.search)}
        </button>
      </div>
      <div aria-live="polite">
        {state.kind === 'searching' && <p class="hint">{t(P.searching)}</p>}
        {state.kind === 'failed' && (
          <p class="error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === 'hits' && state.hits.length === 0 && (
          <p class="hint">{fmt(t(P.noHits), { q: state.q })}</p>
        )}
        {state.kind === 'hits' && state.hits.length > 0 && (
          <>
            <p class="hint">{t(P.hitsTitle)}</p>
            <ul class="map-picker-hits" data-testid="picker-hits">
              {state.hits.map((h, i) => (
                <li key={i}>
                  <button
                    type="button"
                    class="map-picker-hit"
                    data-testid="picker-hit"
                    data-kind={h.kind}
                    onClick={() => choose(h)}
                  >
                    <span class="map-picker-hit-name">{h.label}</span>
                    <span class="map-picker-hit-meta">
                      {t(GEOCODE_KIND_LABELS[h.kind])} · {h.county.name}
                      {h.detail && h.detail !== h.county.name ? ` · ${h.detail}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
