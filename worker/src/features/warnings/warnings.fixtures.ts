/** Crafted facts for the warning tests: licences on a test grid, follow-ups, the store. */
import { env } from 'cloudflare:workers';
import { GRID, LAT, LNG, setGrid } from '../../../test/cases';
import type { Env } from '../../env';
import { refreshWarnings, type RefreshOptions } from './warnings.job';

export const workerEnv = env as unknown as Env;

export function refresh(opts: RefreshOptions = {}) {
  return refreshWarnings(workerEnv, opts);
}

/** The stored warnings of a rule that still hold, by id. */
export async function stored(rule: string) {
  const rows = await env.DB.prepare(
    `SELECT id, severity, jurisdiction_code AS county, object_id AS objectId, due_on AS dueOn,
       detail_json AS detail, acknowledged_at AS ackAt
     FROM warnings WHERE rule = ? AND resolved_at IS NULL ORDER BY id`,
  )
    .bind(rule)
    .all<{
      id: string;
      severity: string;
      county: string;
      objectId: string;
      dueOn: string | null;
      detail: string;
      ackAt: string | null;
    }>();
  return rows.results;
}

export async function premises(county = '370702'): Promise<string> {
  await setGrid(10, 2);
  const id = `pr_${county}`;
  await env.DB.prepare(
    `INSERT OR IGNORE INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
     VALUES (?, ?, '测试路1号', ?, ?, ?, ?)`,
  )
    .bind(id, county, LAT, LNG, GRID, GRID)
    .run();
  return id;
}

export interface LicenceSpec {
  id: string;
  county?: string;
  status?: 'active' | 'suspended' | 'cancelled' | 'expired';
  expiresOn?: string;
  suspendedUntil?: string | null;
  creditCode?: string | null;
  holder?: string | null;
}

export async function licence(s: LicenceSpec): Promise<void> {
  const county = s.county ?? '370702';
  await env.DB.prepare(
    `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, credit_code,
       premises_id, jurisdiction_code, status, issued_on, expires_on, suspended_from, suspended_until)
     VALUES (?, ?, ?, '测试人', ?, ?, ?, ?, ?, '2022-01-01', ?, ?, ?)`,
  )
    .bind(
      s.id,
      `${county}2026${s.id.replace(/\W/g, '').slice(-5).padStart(5, '0')}`,
      s.holder ?? null,
      `店${s.id}`,
      s.creditCode ?? null,
      await premises(county),
      county,
      s.status ?? 'active',
      s.expiresOn ?? '2099-01-01',
      s.suspendedUntil ? '2026-01-01' : null,
      s.suspendedUntil ?? null,
    )
    .run();
}

/** A case of `type` on a licence, in `status` (filed or not). */
export async function caseOn(licenceId: string, type: string, status: string, id: string) {
  await env.DB.prepare(
    `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, licence_id,
       shop_name, submitted_on, deadline)
     VALUES (?, ?, 'apl_a', '370702', ?, ?, ?, '测试店', '2026-01-01', '2099-01-01')`,
  )
    .bind(id, `XK${id}`, type, status, licenceId)
    .run();
}
