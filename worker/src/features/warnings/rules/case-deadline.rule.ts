/** Case deadlines: within one working day (yellow) or missed (red), the queue's clock colours. */
import { CLOCKED_STATUSES } from '../../../../core/application-state';
import { countyFilter, type WarningRule } from '../warnings.rules';

export const caseDeadlineRule: WarningRule = {
  id: 'case_deadline',
  onEvents: true,
  async collect({ db, today, cal, counties }) {
    const horizon = cal.addWorkingDays(today, 1);
    const scope = countyFilter('jurisdiction_code', counties);
    const rows = await db
      .prepare(
        `SELECT id, ref, shop_name AS shop, jurisdiction_code AS county, deadline, status,
           assigned_inspector_id AS inspector
         FROM applications
         WHERE status IN (${CLOCKED_STATUSES.map(() => '?').join(',')})
           AND deadline IS NOT NULL AND deadline <= ?${scope.sql}`,
      )
      .bind(...CLOCKED_STATUSES, horizon, ...scope.params)
      .all<{
        id: string;
        ref: string;
        shop: string;
        county: string;
        deadline: string;
        status: string;
        inspector: string | null;
      }>();
    return rows.results.map((r) => {
      const severity = r.deadline < today ? 'red' : 'yellow';
      return {
        key: `case_deadline:${r.id}:${r.deadline}:${severity}`,
        severity,
        county: r.county,
        objectKind: 'application',
        objectId: r.id,
        objectLabel: `${r.ref} ${r.shop}`.trim(),
        assigneeId: r.inspector,
        detail: { deadline: r.deadline, status: r.status },
        dueOn: r.deadline,
      };
    });
  },
};
