/**
 * Saturation counts. Every licence change moves its grid's count by the difference the one
 * core rule (`countsTowardSaturation`) gives; `recomputeCounts` rebuilds them from the register
 * for repair and must land on the same numbers.
 */
import { expiredLicencesEvent } from '../webhooks/webhooks.emit';
import { LICENCE_STATUSES, type LicenceStatus } from '../../../core/business-types';
import { countsTowardSaturation } from '../../../core/saturation';
import { assertInBatch } from '../../lib/batch';
import { bumpGrid } from './grids.service';

/** The statuses that occupy a place, as an SQL list literal (from the core rule, not retyped). */
export const COUNTING_SQL = `(${LICENCE_STATUSES.filter(countsTowardSaturation)
  .map((s) => `'${s}'`)
  .join(',')})`;

/** +1, -1 or 0: what moving a licence from one status to another does to its grid's count. */
export function saturationDelta(from: LicenceStatus, to: LicenceStatus): -1 | 0 | 1 {
  return ((countsTowardSaturation(to) ? 1 : 0) - (countsTowardSaturation(from) ? 1 : 0)) as
    -1 | 0 | 1;
}

/**
 * Statements that move one licence from `from` to `to` and its grid's count with it; the guard
 * rolls the batch back if the licence was not in `from` any more (a concurrent change).
 */
export function licenceStatusStatements(
  d1: D1Database,
  licence: { id: string; gridId: string },
  from: LicenceStatus,
  to: LicenceStatus,
  at: string,
): D1PreparedStatement[] {
  const out = [
    assertInBatch(
      d1,
      'licence_state',
      '(SELECT status FROM licences WHERE id = ?) = ?',
      licence.id,
      from,
    ),
    d1
      .prepare('UPDATE licences SET status = ?, updated_at = ? WHERE id = ?')
      .bind(to, at, licence.id),
  ];
  const delta = saturationDelta(from, to);
  if (delta !== 0) out.push(bumpGrid(d1, licence.gridId, delta, at));
  return out;
}

/** Changes one licence's status with its grid count at `at`, atomically; returns the grid. */
export async function changeLicenceStatus(
  d1: D1Database,
  licenceId: string,
  to: LicenceStatus,
  at: string,
): Promise<{ gridId: string; delta: number }> {
  const row = await d1
    .prepare(
      `SELECT l.status, p.grid_id FROM licences l JOIN premises p ON p.id = l.premises_id
       WHERE l.id = ?`,
    )
    .bind(licenceId)
    .first<{ status: LicenceStatus; grid_id: string }>();
  if (!row) throw new Error(`no licence ${licenceId}`);
  await d1.batch(
    licenceStatusStatements(d1, { id: licenceId, gridId: row.grid_id }, row.status, to, at),
  );
  return { gridId: row.grid_id, delta: saturationDelta(row.status, to) };
}

/**
 * 到期: licences whose term ended before `today` become expired and leave their grid's count.
 * The count update and the status update run in one batch over the same condition, so a grid
 * never loses a retailer it did not lose. `now` is the app's instant. Returns the grids moved.
 */
export async function expireLicences(
  d1: D1Database,
  today: string,
  now: string,
): Promise<string[]> {
  const due = `l.status IN ${COUNTING_SQL} AND l.expires_on < ?`;
  const grids = await d1
    .prepare(
      `SELECT DISTINCT p.grid_id AS id FROM licences l JOIN premises p ON p.id = l.premises_id
       WHERE ${due}`,
    )
    .bind(today)
    .all<{ id: string }>();
  if (grids.results.length === 0) return [];
  await d1.batch([
    d1
      .prepare(
        `UPDATE grids SET retailer_count = MAX(0, retailer_count - (
           SELECT COUNT(*) FROM licences l JOIN premises p ON p.id = l.premises_id
           WHERE p.grid_id = grids.id AND ${due})), updated_at = ?
         WHERE id IN (SELECT p.grid_id FROM licences l JOIN premises p ON p.id = l.premises_id
           WHERE ${due})`,
      )
      .bind(today, now, today),
    d1
      .prepare(
        `UPDATE licences SET status = 'expired', updated_at = ?
         WHERE status IN ${COUNTING_SQL} AND expires_on < ?`,
      )
      .bind(now, today),
    expiredLicencesEvent(d1, now),
  ]);
  return grids.results.map((g) => g.id);
}

/**
 * Rebuilds every grid's count from the licence register (repair), in one statement: one
 * aggregate over the register joined to the grids, writing only the grids that differ.
 * Returns the grids changed.
 */
export async function recomputeCounts(d1: D1Database, at: string): Promise<string[]> {
  const res = await d1
    .prepare(
      `UPDATE grids SET retailer_count = x.n, updated_at = ?
       FROM (SELECT g.id AS gid, COALESCE(c.n, 0) AS n FROM grids g LEFT JOIN (
               SELECT p.grid_id AS gid, COUNT(*) AS n FROM licences l
               JOIN premises p ON p.id = l.premises_id
               WHERE l.status IN ${COUNTING_SQL} GROUP BY p.grid_id) c ON c.gid = g.id) AS x
       WHERE x.gid = grids.id AND grids.retailer_count != x.n
       RETURNING grids.id AS id`,
    )
    .bind(at)
    .all<{ id: string }>();
  return res.results.map((g) => g.id).sort();
}
