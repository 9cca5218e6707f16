/**
 * 许可地图: every retailer of the staff member's counties and the market grids coloured by
 * saturation, recoloured live from the LiveFeed. maplibre and h3-js load on first visit to this
 * screen (maplibre-engine.ts); the side panel repeats colours in words (WCAG 1.4.1). Choosing a
 * county zooms to it, 全市 goes back to the whole city; the grid or retailer shown in the panel
 * is outlined on the map. On a phone the map takes the screen and the panel is a bottom sheet.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeedEvent } from '@core/live';
import { SATURATION_LEVELS } from '@core/saturation';
import { api, read } from '../../app/api';
import { ApiError, ChunkLoadError } from '../../app/api-error';
import { failureOf, type Failure } from '../../app/failure';
import { t } from '../../app/i18n';
import { ErrorState, Loading, OfflineState, PageTitle } from '../../app/ui';
import { connectFeed, type FeedStatus } from './live-feed';
import type { Basemap, MapHandle, MapSelection } from './maplibre-engine';
import { DEFAULT_STATUSES, type MapFilters } from './map-data';
import { countyBounds, gridRing, boundsOf } from './map-geometry';
import { loadMap } from './map-loader';
import type { PreparedMap } from './map-prepare';
import { MapFiltersForm } from './map-filters';
import { GridPanel, RetailerPanel } from './map-panels';
import { LiveLog, type LiveChange } from './map-live-log';
import { S } from './map.strings';
import './map.css';
import './staff-map.css';

type State =
  { kind: 'loading' } | { kind: 'error'; failure: Failure; message: string } | { kind: 'ready' };

/** `?layers=none` draws the bare map (the benchmark's baseline for the first `idle`). */
const bare = () => new URLSearchParams(location.search).get('layers') === 'none';

export function MapView() {
  const box = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | null>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [data, setData] = useState<PreparedMap | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [filters, setFilters] = useState<MapFilters>({
    counties: null,
    statuses: DEFAULT_STATUSES,
    levels: [...SATURATION_LEVELS],
  });
  const [selection, setSelection] = useState<MapSelection>(null);
  const [feed, setFeed] = useState<FeedStatus>('connecting');
  const [changes, setChanges] = useState<LiveChange[]>([]);
  const [version, setVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  // The bottom sheet on a phone: folded down to its first line, or open.
  const [sheetOpen, setSheetOpen] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let live: { close(): void } | null = null;
    let seq = 0;
    const apply = (e: FeedEvent) => {
      if (e.type !== 'grid_changed') return;
      const level = handle.current?.updateGrid(e.gridId, e.retailerCount, e.capacity);
      if (!level) return;
      const change: LiveChange = {
        seq: ++seq,
        gridId: e.gridId,
        county: e.jurisdictionCode,
        level,
        count: e.retailerCount,
        capacity: e.capacity,
        cause: e.cause ?? null,
        shopName: e.shopName ?? null,
        at: e.at ?? new Date().toISOString(),
      };
      setChanges((c) => [change, ...c].slice(0, 20));
      setVersion((v) => v + 1);
    };
    // The live feed opens once the data is in, resuming from the number the download carried.
    const listen = (since: number | null) => {
      live = connectFeed(
        { onEvent: apply, onResync: () => setAttempt((n) => n + 1), onStatus: setFeed },
        since,
      );
    };
    setState({ kind: 'loading' });
    // The data worker starts first: download, decoding and painting overlap loading maplibre.
    const source = bare() ? null : loadMap(filters);
    const engine = Promise.all([
      read(api.map.config.$get()),
      // Offline before maplibre was ever cached: say so, not "the map failed".
      import('./maplibre-engine').catch((err: unknown) => {
        throw new ChunkLoadError('map engine', err);
      }),
    ]).then(([cfg, engine]) => {
      if (cancelled || !box.current) return null;
      const h = engine.createMap(
        box.current,
        cfg.basemap,
        {
          onGrid: (id) => choose({ kind: 'grid', id }),
          onRetailer: (lat, lng) => choose({ kind: 'retailer', lat, lng }),
          onIdle: (ms) => {
            box.current?.setAttribute('data-idle-ms', String(Math.round(ms)));
          },
        },
        source !== null,
      );
      handle.current = h;
      setBasemap(cfg.basemap);
      return h;
    });
    Promise.all([engine, source?.ready ?? null])
      .then(([h, d]) => {
        if (cancelled || !h) return;
        if (d && source) {
          h.show(d.map, d.raster, (m, f) => source.draw(m, f));
          setData(d.map);
        } else h.reportIdle();
        setState({ kind: 'ready' });
        listen(d?.map.seq ?? null);
      })
      .catch((err: unknown) => {
        if (!cancelled) {
          const message = err instanceof ApiError ? err.message : t(S.mapFailed);
          setState({ kind: 'error', failure: failureOf(err), message });
        }
      });
    return () => {
      cancelled = true;
      live?.close();
      source?.close();
      handle.current?.destroy();
      handle.current = null;
    };
    // Filters are read once, for the first overview; later changes go through setFilters.
  }, [attempt]);

  useEffect(() => handle.current?.setFilters(filters), [filters, state.kind]);
  useEffect(() => handle.current?.select(selection), [selection, state.kind]);

  function choose(s: MapSelection) {
    setSelection(s);
    if (s) setSheetOpen(true);
  }

  /** A county chosen (or 全市): filter to it and show it whole. */
  function showCounty(code: string | null) {
    setFilters((f) => ({ ...f, counties: code ? [code] : null }));
    if (data) handle.current?.fitTo(countyBounds(data, code));
  }

  /** A change in the live log: select its grid and go there. */
  function goToGrid(id: string) {
    choose({ kind: 'grid', id });
    const ring = data && gridRing(data, id);
    const b = ring && boundsOf(ring);
    if (b) handle.current?.fitTo(b);
  }

  const countyName = (code: string) => data?.counties.find((c) => c.code === code)?.name ?? code;

  return (
    <section data-testid="map-view" class="map-screen">
      <PageTitle text={S.title}>
        <a class="map-phone-back" href="/queue">
          ‹ {t(S.back)}
        </a>
      </PageTitle>
      {state.kind === 'ready' && !basemap && <p class="hint map-basemap-note">{t(S.noBasemap)}</p>}
      <div class="map-layout map-layout-wide">
        <div class="map-frame map-frame-tall">
          <div ref={box} class="map" role="region" aria-label={t(S.mapLabel)} data-testid="map" />
          {state.kind === 'loading' && (
            <div class="map-overlay">
              <Loading label={S.loadingMap} />
            </div>
          )}
          {state.kind === 'error' && (
            <div class="map-overlay">
              {state.failure === 'offline' ? (
                <OfflineState onRetry={() => setAttempt((n) => n + 1)} />
              ) : (
                <ErrorState message={state.message} onRetry={() => setAttempt((n) => n + 1)} />
              )}
            </div>
          )}
        </div>
        <aside
          class={`panel map-side map-sheet ${sheetOpen ? 'map-sheet-open' : ''}`}
          aria-label={t(S.panel)}
          data-testid="map-side"
        >
          <div class="map-sheet-head">
            <p class="small map-feed" data-testid="feed-status" data-status={feed}>
              <span class={`map-feed-dot map-feed-${feed}`} aria-hidden="true" />
              {t(feed === 'live' ? S.live : feed === 'connecting' ? S.connecting : S.offline)}
            </p>
            <button
              type="button"
              class="btn btn-small btn-ghost map-sheet-toggle"
              aria-expanded={sheetOpen}
              aria-controls="map-sheet-body"
              onClick={() => setSheetOpen((o) => !o)}
              data-testid="map-sheet-toggle"
            >
              {t(sheetOpen ? S.sheetClose : S.sheetOpen)}
            </button>
          </div>
          <div id="map-sheet-body" class="map-sheet-body">
            {data && (
              <MapFiltersForm
                data={data}
                value={filters}
                onChange={setFilters}
                onCounty={showCounty}
              />
            )}
            {selection?.kind === 'grid' && (
              <GridPanel id={selection.id} version={version} countyName={countyName} />
            )}
            {selection?.kind === 'retailer' && (
              <RetailerPanel
                lat={selection.lat}
                lng={selection.lng}
                countyName={countyName}
                onGrid={goToGrid}
              />
            )}
            {!selection && state.kind === 'ready' && <p class="hint">{t(S.pick)}</p>}
            <LiveLog changes={changes} countyName={countyName} onGrid={goToGrid} />
          </div>
        </aside>
      </div>
    </section>
  );
}
