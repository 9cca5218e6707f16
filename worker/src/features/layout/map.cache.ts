/**
 * The staff map's download, kept serialised (and gzipped once) in the isolate while nothing
 * changed. Building it reads every licence (~40,000 rows); checking whether it changed reads two
 * aggregates. Any grant, status change, capacity edit or import moves `updated_at` or the row
 * counts, so a cached copy is never stale.
 *
 * The live-feed sequence number is read first, before the version and the data: every change
 * published up to it was committed before the data was read, so a map resuming from it is only
 * ever re-sent changes it already shows. A cached copy keeps the number read when it was built
 * (still true: nothing changed since), but is rebuilt once the feed has moved on so far that a
 * resume from it would replay many events, or fall out of the feed's memory (a `resync`).
 */
import type { Env } from '../../env';
import { feedSeq } from '../live/live.feed';
import { mapData } from './map.data';

const MAX_ENTRIES = 8;
/** Well under the events a LiveFeed keeps for resuming maps (500). */
const MAX_SEQ_LAG = 100;

export interface MapDownload {
  json: string;
  gzip: Uint8Array;
}

const cache = new Map<string, { version: string; seq: number | null } & MapDownload>();

async function version(d1: D1Database): Promise<string> {
  const [g, l] = await d1.batch<{ n: number; at: string | null }>([
    d1.prepare('SELECT COUNT(*) AS n, MAX(updated_at) AS at FROM grids'),
    d1.prepare('SELECT COUNT(*) AS n, MAX(updated_at) AS at FROM licences'),
  ]);
  const a = g?.results[0];
  const b = l?.results[0];
  return `${a?.n}:${a?.at}:${b?.n}:${b?.at}`;
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function mapDownload(env: Env, counties: string[]): Promise<MapDownload> {
  const key = [...counties].sort().join(',');
  // The sequence number is read before anything the download contains (the version is not
  // content: a copy stored under an older version than its data is only rebuilt once more).
  const [seq, v] = await Promise.all([feedSeq(env), version(env.DB)]);
  const hit = cache.get(key);
  // A copy built while the feed did not answer carries no number: rebuilt once it answers.
  const fresh =
    hit?.seq == null
      ? seq === null
      : seq === null || (seq >= hit.seq && seq - hit.seq <= MAX_SEQ_LAG);
  if (hit && hit.version === v && fresh) return hit;
  const json = JSON.stringify(await mapData(env.DB, counties, seq));
  const entry = { version: v, seq, json, gzip: await gzip(json) };
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, entry);
  return entry;
}
