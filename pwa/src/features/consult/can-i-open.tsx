/**
 * 能否在此开店？(consult tab): the applicant picks a spot on the map or uses the phone's location,
 * and sees the layout check the submission gate will also run. Coordinates can be typed too, so
 * the screen works without WebGL. maplibre loads only when this screen opens.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LayoutCheckResult } from '@core/api';
import { api, errorText, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { ErrorState, PageTitle } from '../../app/ui';
import { loadJurisdictions, type Unit } from '../../app/jurisdictions';
import type { PickerHandle } from '../map/picker-engine';
import { LevelBadge } from '../../app/level-badge';
import { reasonText, S } from './can-i-open.strings';
import '../map/map.css';

export function CanIOpen() {
  const box = useRef<HTMLDivElement>(null);
  const picker = useRef<PickerHandle | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [county, setCounty] = useState('');
  const [point, setPoint] = useState<{ lat: string; lng: string }>({ lat: '', lng: '' });
  const [result, setResult] = useState<LayoutCheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mapFailed, setMapFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadJurisdictions()
      .then((j) => live && (setUnits(j.units), setCounty((c) => c || j.units[0]?.code || '')))
      .catch((e: unknown) => live && setError(errorText(e)));
    Promise.all([
      read(api.map.outlines.$get()),
      read(api.map.config.$get()),
      import('../map/picker-engine'),
    ])
      .then(([o, cfg, engine]) => {
        if (!live || !box.current) return;
        picker.current = engine.createPicker(box.current, o.counties, cfg.basemap, (lat, lng) =>
          setPoint({ lat: lat.toFixed(6), lng: lng.toFixed(6) }),
        );
      })
      .catch(() => live && setMapFailed(true));
    return () => {
      live = false;
      picker.current?.destroy();
    };
  }, []);

  const nearestUnit = (lat: number, lng: number) =>
    units.reduce<Unit | null>((best, u) => {
      const d = (u.seat[0] - lng) ** 2 + (u.seat[1] - lat) ** 2;
      return !best || d < (best.seat[0] - lng) ** 2 + (best.seat[1] - lat) ** 2 ? u : best;
    }, null);

  const locate = () =>
    navigator.geolocation?.getCurrentPosition(
      (p) => {
        setPoint({ lat: p.coords.latitude.toFixed(6), lng: p.coords.longitude.toFixed(6) });
        const u = nearestUnit(p.coords.latitude, p.coords.longitude);
        if (u) setCounty(u.code);
      },
      () => setError(t(S.noGeo)),
    );

  const check = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      const lat = Number(point.lat);
      const lng = Number(point.lng);
      const r = await read(api.layout.check.$post({ json: { lat, lng, county } }));
      setResult(r);
      picker.current?.show({ lat, lng, gridId: r.grid.id, level: r.level, nearest: r.nearest });
    } catch (err) {
      setResult(null);
      setError(errorText(err));
    }
  };

  return (
    <section data-testid="can-i-open">
      <PageTitle text={S.title} />
      <p class="hint">{t(S.intro)}</p>
      <div class="map-picker">
        <div ref={box} class="map" role="application" aria-label={t(S.tapMap)} />
      </div>
      {mapFailed && <p class="hint">{t(S.mapFailed)}</p>}
      <form class="form" onSubmit={check}>
        <label>
          {t(S.county)}
          <select value={county} onChange={(e) => setCounty((e.target as HTMLSelectElement).value)}>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(S.lat)}
          <input
            inputMode="decimal"
            value={point.lat}
            onInput={(e) => setPoint({ ...point, lat: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t(S.lng)}
          <input
            inputMode="decimal"
            value={point.lng}
            onInput={(e) => setPoint({ ...point, lng: (e.target as HTMLInputElement).value })}
          />
        </label>
        <button type="button" class="btn" onClick={locate}>
          {t(S.locate)}
        </button>{' '}
        <button
          type="submit"
          class="btn btn-primary"
          disabled={!point.lat || !point.lng || !county}
        >
          {t(S.check)}
        </button>
      </form>
      {error && <ErrorState message={error} />}
      {result && (
        <div
          class="panel"
          data-testid="layout-verdict"
          data-verdict={result.verdict}
          aria-live="polite"
        >
          <h2>
            {t(result.verdict === 'ok' ? S.ok : result.verdict === 'queue' ? S.queue : S.refused)}
          </h2>
          <LevelBadge level={result.level} />
          <ul>
            {result.reasons.map((r, i) => (
              <li key={i}>{reasonText(r)}</li>
            ))}
          </ul>
          <h3>{t(S.nearest)}</h3>
          {result.nearest.length === 0 ? (
            <p class="hint">{t(S.noneNearby)}</p>
          ) : (
            <ul class="plain-list">
              {result.nearest.map((n, i) => (
                <li key={i}>
                  {n.name} · {fmt(t(S.metres), { n: Math.round(n.distanceM) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
