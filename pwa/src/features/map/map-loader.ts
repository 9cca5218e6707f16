/**
 * Page side of the map's data worker (map-data.worker.ts): started before maplibre is even
 * fetched, so the download, its decoding and the first overview are ready about when the engine
 * is. Later repaints (filters, live colours) go to the same worker, newest request wins. Where
 * the worker fails (no module workers, or the download was refused), the page does the same
 * work itself through the ordinary API client, which also turns errors into messages.
 */
import type { MapData } from '@core/map-data';
import { api, read } from '../../app/api';
import { locale } from '../../app/i18n';
import type { MapFilters } from './map-data';
import type { PreparedMap } from './map-prepare';
import type { Raster } from './map-raster';

export type WorkerIn =
  | { type: 'load'; body: ArrayBuffer; filters: MapFilters }
  | { type: 'draw'; id: number; filters: MapFilters; count: Int32Array; capacity: Int32Array };

export type WorkerOut =
  | { type: 'ready'; map: PreparedMap; raster: Raster }
  | { type: 'raster'; id: number; raster: Raster }
  | { type: 'failed'; status: number };

export interface MapSource {
  /** The prepared data and the first overview for the filters given to loadMap. */
  ready: Promise<{ map: PreparedMap; raster: Raster }>;
  /** Repaints the overview with the map's current counts; resolves null if overtaken. */
  draw(map: PreparedMap, filters: MapFilters): Promise<Raster | null>;
  close(): void;
}

const URL_DATA = '/api/map/data';

/**
 * The same work on the page (modules loaded on demand, so h3-js stays out of this chunk), from
 * the bytes already downloaded, or through the API client, which reports a refusal properly.
 */
async function onPage(filters: MapFilters, bytes: ArrayBuffer | null) {
  const [d, prep, raster] = await Promise.all([
    // The download is pre-serialised (and pre-compressed) by the worker, so its route has no
    // JSON type: it is core's MapData, which the worker builds it from.
    (bytes ? JSON.parse(new TextDecoder().decode(bytes)) : read(api.map.data.$get())) as MapData,
    import('./map-prepare'),
    import('./map-raster'),
  ]);
  const map = prep.prepareMap(d);
  return { map, raster: raster.drawOverview(map, filters) };
}

export function loadMap(filters: MapFilters): MapSource {
  // The download starts at once, ahead of the worker's own script and of maplibre's chunk; its
  // bytes are handed over to the worker, which does the parsing. A refusal (or no network) is
  // left to the API client on the page, which knows how to report it.
  const body = fetch(URL_DATA, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': locale.value },
  })
    .then((res) => (res.ok ? res.arrayBuffer() : null))
    .then((b) => {
      performance.mark('xuke-map-bytes');
      return b;
    })
    .catch(() => null);
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./map-data.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  let latest = 0;
  let settled = false;
  /** Pending repaints by request number; an answer to an overtaken request resolves null. */
  const resolved = new Map<number, (r: Raster | null) => void>();
  function resolveDraw(id: number, raster: Raster) {
    const done = resolved.get(id);
    resolved.delete(id);
    done?.(id === latest ? raster : null);
  }
  const ready = new Promise<{ map: PreparedMap; raster: Raster }>((resolve, reject) => {
    if (!worker) {
      body.then((b) => onPage(filters, b)).then(resolve, reject);
      return;
    }
    const fallBack = () => {
      worker?.terminate();
      worker = null;
      for (const done of resolved.values()) done(null);
      resolved.clear();
      if (settled) return;
      settled = true;
      // The bytes went to the worker (or never came): download again on the page.
      onPage(filters, null).then(resolve, reject);
    };
    worker.onmessage = (e: MessageEvent<WorkerOut>) => {
      const m = e.data;
      if (m.type === 'ready') {
        performance.mark('xuke-map-painted');
        settled = true;
        resolve(m);
      } else if (m.type === 'failed') fallBack();
      else resolveDraw(m.id, m.raster);
    };
    worker.onerror = fallBack;
    const w = worker;
    void body.then((b) => {
      if (!b) return fallBack();
      w.postMessage({ type: 'load', body: b, filters } as WorkerIn, [b]);
    });
  });
  return {
    ready,
    async draw(map, f) {
      const id = ++latest;
      if (!worker) {
        const { drawOverview } = await import('./map-raster');
        return id === latest ? drawOverview(map, f) : null;
      }
      const w = worker;
      return new Promise<Raster | null>((resolve) => {
        resolved.set(id, resolve);
        w.postMessage({
          type: 'draw',
          id,
          filters: f,
          count: map.grids.count,
          capacity: map.grids.capacity,
        } as WorkerIn);
      });
    },
    close() {
      worker?.terminate();
      worker = null;
      for (const done of resolved.values()) done(null);
      resolved.clear();
    },
  };
}
