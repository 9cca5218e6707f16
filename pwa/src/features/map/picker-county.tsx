/**
 * The county a chosen spot lies in, by core's county rule as the worker applies it
 * (`GET /api/layout/county`): shown, not asked — a choice only where the spot is near a border
 * (between the rule's candidates), or where the worker cannot be asked (offline: every county).
 * A spot outside the city says so in words, in place.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CountyAnswer } from '@core/api';
import { api, ApiError, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { loadJurisdictions, type Unit } from '../../app/jurisdictions';
import { P } from './picker.strings';

export type CountyState =
  | { kind: 'none' }
  | { kind: 'resolving'; key: string }
  | { kind: 'found'; key: string; answer: CountyAnswer }
  | { kind: 'outside'; key: string; message: string }
  | { kind: 'unknown'; key: string };

const SETTLE_MS = 250;

/** The county state of a point (given as its `lat,lng` key, '' for none). */
export function useCountyOf(point: { lat: number; lng: number } | null): CountyState {
  const key = point ? `${point.lat},${point.lng}` : '';
  const [state, setState] = useState<CountyState>({ kind: 'none' });
  useEffect(() => {
    if (!point) {
      setState({ kind: 'none' });
      return;
    }
    setState({ kind: 'resolving', key });
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      read(api.layout.county.$get({ query: point }, opts({ signal: ctl.signal })))
        .then((answer) => setState({ kind: 'found', key, answer }))
        .catch((err: unknown) => {
          if (ctl.signal.aborted) return;
          if (err instanceof ApiError && err.code === 'LOCATION_OUTSIDE_CITY') {
            setState({ kind: 'outside', key, message: err.message });
          } else setState({ kind: 'unknown', key });
        });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [key]);
  return state.kind !== 'none' && state.key !== key ? { kind: 'resolving', key } : state;
}

export function PickerCounty(p: {
  state: CountyState;
  county: string;
  onCounty: (code: string) => void;
  error?: string | undefined;
}) {
  const [units, setUnits] = useState<Unit[]>([]);
  const s = p.state;
  useEffect(() => {
    if (s.kind !== 'unknown' || units.length) return;
    loadJurisdictions()
      .then((j) => setUnits(j.units))
      .catch(() => undefined); // offline with no copy kept: the submission names the problem
  }, [s.kind]);
  if (s.kind === 'outside') {
    return (
      <p class="map-picker-outside error" role="alert" data-testid="picker-outside">
        {s.message}
      </p>
    );
  }
  const found = s.kind === 'found' ? s.answer : null;
  const choices =
    found && found.candidates.length > 1
      ? found.candidates
      : s.kind === 'unknown'
        ? units.map((u) => ({ code: u.code, name: u.name }))
        : [];
  const name = found?.candidates.find((c) => c.code === p.county)?.name ?? found?.county.name ?? '';
  return (
    <div
      class="map-picker-county"
      data-testid="picker-county"
      data-county={found && !choices.length ? p.county : ''}
    >
      {choices.length > 0 ? (
        <label>
          {t(found ? P.countyAmbiguous : P.countyOffline)}
          <select
            id="f-county"
            value={p.county}
            onChange={(e) => p.onCounty((e.target as HTMLSelectElement).value)}
          >
            {!choices.some((c) => c.code === p.county) && (
              <option value="">{t(P.countyChoose)}</option>
            )}
            {choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>
          <span class="map-picker-county-label">{t(P.countyLabel)}：</span>
          {found ? (
            <>
              <strong>{name}</strong> <span class="hint">{t(P.countyAuto)}</span>
            </>
          ) : (
            <span class="hint">
              {t(s.kind === 'resolving' ? P.countyResolving : P.countyPending)}
            </span>
          )}
        </p>
      )}
      {p.error && (
        <p class="error" role="alert">
          {p.error}
        </p>
      )}
    </div>
  );
}
