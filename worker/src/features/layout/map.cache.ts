/**
 * The staff map's download, kept serialised in the isolate while nothing changed. Building it
 * reads every licence (~40,000 rows); checking whether it changed reads two aggregates. Any
 * grant, status change, capacity edit or import moves `updated_at` or the row counts, so a
 * cached copy is never stale.
 */
import { mapData } from './map.data';

const MAX_ENTRIES = 8;
const cache = new Map<string, { version: string; json: string }>();

async function version(d1: D1Database): Promise<string> {
  const [g, l] = await d1.batch<{ n: number; at: string | null }>([
    d1.prepare('SELECT COUNT(*) AS n, MAX(updated_at) AS at FROM grids'),
    d1.prepare('SELECT COUNT(*) AS n, MAX(updated_at) AS at FROM licences'),
  ]);
  const a = g?.results[0];
  const b = l?.results[0];
  return `${a?.n}:${a?.at}:${b?.n}:${b?.at}`;
}

export async function mapDataJson(d1: D1Database, counties: string[]): Promise<string> {
  const key = [...counties].sort().join(',');
  const v = await version(d1);
  const hit = cache.get(key);
  if (hit && hit.version === v) return hit.json;
  const json = JSON.stringify(await mapData(d1, counties));
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, { version: v, json });
  return json;
}
