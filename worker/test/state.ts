/**
 * A fingerprint of everything the app keeps (every table but the append-only audit log and the
 * bookkeeping of sessions and rate limits): equal before and after means a request changed
 * nothing. The R2 objects are listed too.
 */
import { env } from 'cloudflare:workers';
import { sha256Hex } from '../src/lib/crypto';

const BOOKKEEPING = new Set(['audit_log', 'sessions', 'rate_limits', 'd1_migrations']);

let tables: string[] | null = null;

export async function stateDigest(): Promise<string> {
  tables ??= (
    await env.DB.prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name NOT LIKE '_cf_%' ORDER BY name`,
    ).all<{ name: string }>()
  ).results
    .map((t) => t.name)
    .filter((n) => !BOOKKEEPING.has(n));
  const parts = await env.DB.batch(
    tables.map((t) => env.DB.prepare(`SELECT * FROM ${t} ORDER BY rowid`)),
  );
  const objects = await env.EVIDENCE.list();
  return sha256Hex(
    JSON.stringify([parts.map((p) => p.results), objects.objects.map((o) => [o.key, o.etag])]),
  );
}
