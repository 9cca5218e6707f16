/** Staff accounts as colleagues see them. */
import type { StaffMember } from '../../../core/api';

/** Active inspectors covering `county`: assigned to it, or to the city above it. */
export async function inspectorsOf(d1: D1Database, county: string): Promise<StaffMember[]> {
  const res = await d1
    .prepare(
      `SELECT DISTINCT u.id, u.display_name FROM staff_users u
       JOIN staff_scopes s ON s.staff_id = u.id
       WHERE u.role = 'inspector' AND u.active = 1
         AND s.jurisdiction_code IN (?, (SELECT parent_code FROM jurisdictions WHERE code = ?))
       ORDER BY u.display_name`,
    )
    .bind(county, county)
    .all<{ id: string; display_name: string }>();
  return res.results.map((r) => ({ id: r.id, displayName: r.display_name }));
}
