/**
 * A fingerprint of everything the app keeps (every table but the append-only audit log and the
 * bookkeeping of sessions and rate limits): equal before and after means a request changed
 * nothing. The R2 objects are listed too.
 */
import { env } from 'cloudflare:workers';
import { sha256Hex } from '../src/lib/crypto';

const BOOKKEEPING = new Set(['audit_log', 'sessions', 'rate_limits', 'd1_migrations']);

let tables: { name: string; withoutRowid: boolean }[] | null = null;

export async function stateDigest(): Promise<string> {
  tables ??= (
    await env.DB.prepare(
      `SELECT name, sql LIKE '%WITHOUT ROWID%' AS withoutRowid FROM sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name`,
    ).all<{ name: string; withoutRowid: number }>()
  ).results
    .filter((t) => !BOOKKEEPING.has(t.name))
    .map((t) => ({ name: t.name, withoutRowid: t.withoutRowid === 1 }));
  // A WITHOUT ROWID table (the search index) has no rowid to order by: its rows are sorted here.
  const parts = await env.DB.batch(
    tables.map((t) =>
      env.DB.prepare(`SELECT * FROM ${t.name}${t.withoutRowid ? '' : ' ORDER BY rowid'}`),
    ),
  );
  const rows = parts.map((p, i) =>
    tables?.[i]?.withoutRowid ? p.results.map((r) => JSON.stringify(r)).sort() : p.results,
  );
  const objects = await env.EVIDENCE.list();
  return sha256Hex(JSON.stringify([rows, objects.objects.map((o) => [o.key, o.etag])]));
}
