/**
 * The staff map's data worker: parses the download of GET /api/map/data (fetched by the page,
 * bytes handed over), decodes it and paints the overview (map-raster.ts), all off the page's
 * thread while the page loads maplibre. Keeps the data to repaint the overview when filters or
 * colours change; pixels travel back as transferred buffers. Protocol: map-loader.ts.
 */
/// <reference lib="webworker" />
import type { MapData } from '@core/map-data';
import type { WorkerIn, WorkerOut } from './map-loader';
import { prepareMap, type PreparedMap } from './map-prepare';
import { drawOverview } from './map-raster';

declare const self: DedicatedWorkerGlobalScope;

let map: PreparedMap | null = null;

const post = (m: WorkerOut, transfer: Transferable[] = []) => self.postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<WorkerIn>) => {
  const m = e.data;
  if (m.type === 'load') {
    try {
      map = prepareMap(JSON.parse(new TextDecoder().decode(m.body)) as MapData);
      const raster = drawOverview(map, m.filters);
      post({ type: 'ready', map, raster }, [raster.pixels.buffer]);
    } catch {
      post({ type: 'failed', status: 0 });
    }
  } else if (m.type === 'draw' && map) {
    map.grids.count.set(m.count);
    map.grids.capacity.set(m.capacity);
    const raster = drawOverview(map, m.filters);
    post({ type: 'raster', id: m.id, raster }, [raster.pixels.buffer]);
  }
};
