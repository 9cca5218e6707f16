/**
 * The test world's API token (潍城区, every scope) with a fixed secret, and a distribution
 * record of licence A: what the token and record routes of the matrix reach.
 */
import { env } from 'cloudflare:workers';
import { sha256Hex } from '../src/lib/crypto';

export const WORLD_TOKEN_ID = '0123456789abcdef';
const SECRET = 'world-secret-0123456789abcdefghijklmnopqrstuvw';
/** The full bearer value of the world's token. */
export const WORLD_TOKEN = `xk_${WORLD_TOKEN_ID}_${SECRET}`;

export async function tokenWorld(licenceId: string): Promise<void> {
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO api_tokens (id, name, secret_hash, scopes_json, jurisdictions_json, created_by)
       VALUES (?, '测试令牌', ?, '["cases:read","imports:write","licences:read"]', '["370702"]',
         'stf_admin')`,
    ).bind(WORLD_TOKEN_ID, await sha256Hex(SECRET)),
    env.DB.prepare(
      `INSERT INTO licence_records (licence_id, source, customer_code, monthly_volume,
         last_delivery_on, status, imported_by) VALUES (?, 'distribution', 'C0001', 100, NULL,
         'normal', 'stf_admin')`,
    ).bind(licenceId),
  ]);
}
