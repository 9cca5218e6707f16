/**
 * 地图: the county-level units on a map with no basemap, plus the same units as an HTML list
 * (the accessible view, and the legend). maplibre loads on first visit to this screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../app/api';
import { dict, t } from '../../app/i18n';
import { ErrorState, Loading, PageTitle } from '../../app/ui';
import { loadJurisdictions, type Jurisdictions } from '../staff/jurisdictions';
import type { MapHandle } from './maplibre-engine';

const S = dict({
  title: { zh: '许可地图', en: 'Licence map' },
  loadingMap: { zh: '正在加载地图组件…', en: 'Loading the map…' },
  units: { zh: '县级行政区', en: 'County-level units' },
  legend: { zh: '图例', en: 'Legend' },
  district: { zh: '市辖区', en: 'District' },
  county: { zh: '县级市 / 县', en: 'County / county-level city' },
  noBasemap: {
    zh: '底图未配置，仅显示行政区驻地位置。',
    en: 'No basemap configured: only the seats of the units are shown.',
  },
  mapFailed: {
    zh: '地图组件加载失败。请检查网络连接，或确认浏览器支持 WebGL。',
    en: 'The map could not load. Check the network, or whether the browser supports WebGL.',
  },
  mapLabel: { zh: '潍坊市县级行政区分布图', en: 'Map of the county-level units' },
});

type State =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: Jurisdictions };

export function MapView() {
  const box = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setState({ kind: 'loading' });
    Promise.all([loadJurisdictions(), import('./maplibre-engine')])
      .then(([data, engine]) => {
        if (cancelled || !box.current) return;
        handle.current = engine.createMap(box.current, data, setSelected);
        setState({ kind: 'ready', data });
      })
      .catch((err: unknown) => {
        // API failures have a message fit to show; anything else is the chunk or WebGL failing.
        if (!cancelled) {
          const message = err instanceof ApiError ? err.message : t(S.mapFailed);
          setState({ kind: 'error', message });
        }
      });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, [attempt]);

  useEffect(() => handle.current?.select(selected), [selected]);

  return (
    <section data-testid="map-view">
      <PageTitle text={S.title} />
      <p class="hint">{t(S.noBasemap)}</p>
      <div class="map-layout">
        <div class="map-frame">
          <div ref={box} class="map" role="region" aria-label={t(S.mapLabel)} data-testid="map" />
          {state.kind === 'loading' && (
            <div class="map-overlay">
              <Loading label={S.loadingMap} />
            </div>
          )}
          {state.kind === 'error' && (
            <div class="map-overlay">
              <ErrorState message={state.message} onRetry={() => setAttempt((n) => n + 1)} />
            </div>
          )}
        </div>
        {state.kind === 'ready' && (
          <aside class="panel map-side">
            <h2>{t(S.legend)}</h2>
            <ul class="legend">
              <li>
                <span class="dot dot-district" aria-hidden="true" /> {t(S.district)}
              </li>
              <li>
                <span class="dot dot-county" aria-hidden="true" /> {t(S.county)}
              </li>
            </ul>
            <h2>{t(S.units)}</h2>
            <ul class="unit-list" data-testid="unit-list">
              {state.data.units.map((u) => (
                <li key={u.code}>
                  <button
                    type="button"
                    class={selected === u.code ? 'unit unit-on' : 'unit'}
                    aria-pressed={selected === u.code}
                    onClick={() => setSelected(u.code)}
                  >
                    <span
                      class={`dot ${u.kind === 'district' ? 'dot-district' : 'dot-county'}`}
                      aria-hidden="true"
                    />
                    {u.name}
                    <span class="mono hint">{u.code}</span>
                  </button>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </section>
  );
}
