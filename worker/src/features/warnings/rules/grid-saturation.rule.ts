/**
 * Grids that turned red or yellow: each run compares every grid's level with the one stored in
 * `grid_levels` and records a change with its day; a grid whose last change went up to yellow
 * or red is warned of until it goes down again. A grid seen for the first time only sets its
 * level (there is no "before" to compare with).
 */
import { saturationLevel, type SaturationLevel } from '../../../../core/saturation';
import { countyFilter, type Candidate, type WarningRule } from '../warnings.rules';

const RANK: Record<SaturationLevel, number> = { none: 0, green: 0, yellow: 1, red: 2 };

interface GridRow {
  id: string;
  name: string | null;
  county: string;
  count: number;
  capacity: number;
  level: SaturationLevel | null;
  previous: SaturationLevel | null;
  changedOn: string | null;
}

export const gridSaturationRule: WarningRule = {
  id: 'grid_saturation',
  onEvents: false,
  async collect({ db, today, counties }) {
    const scope = countyFilter('g.jurisdiction_code', counties);
    const rows = await db
      .prepare(
        `SELECT g.id, g.name, g.jurisdiction_code AS county, g.retailer_count AS count,
           g.capacity, l.level, l.previous_level AS previous, l.changed_on AS changedOn
         FROM grids g LEFT JOIN grid_levels l ON l.grid_id = g.id WHERE 1${scope.sql}`,
      )
      .bind(...scope.params)
      .all<GridRow>();
    const writes: D1PreparedStatement[] = [];
    const found: Candidate[] = [];
    for (const g of rows.results) {
      const now = saturationLevel(g.count, g.capacity);
      let previous = g.previous;
      let changedOn = g.changedOn ?? today;
      if (g.level === null) {
        writes.push(
          db
            .prepare(
              `INSERT INTO grid_levels (grid_id, level, previous_level, changed_on)
               VALUES (?, ?, NULL, ?)`,
            )
            .bind(g.id, now, today),
        );
        continue;
      }
      if (g.level !== now) {
        previous = g.level;
        changedOn = today;
        writes.push(
          db
            .prepare(
              'UPDATE grid_levels SET level = ?, previous_level = ?, changed_on = ? WHERE grid_id = ?',
            )
            .bind(now, g.level, today, g.id),
        );
      }
      if ((now === 'red' || now === 'yellow') && previous && RANK[previous] < RANK[now]) {
        found.push({
          key: `grid_saturation:${g.id}:${changedOn}:${now}`,
          severity: now,
          county: g.county,
          objectKind: 'grid',
          objectId: g.id,
          objectLabel: g.name ?? g.id,
          detail: { level: now, previous, retailers: g.count, capacity: g.capacity, changedOn },
          dueOn: null,
        });
      }
    }
    for (let i = 0; i < writes.length; i += 200) await db.batch(writes.slice(i, i + 200));
    return found;
  },
};
