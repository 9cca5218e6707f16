/**
 * Licences about to lapse with nothing filed: expiring within 60 working days with no renewal
 * (延续) filed, and suspensions (停业) ending with no resume (恢复营业) filed.
 */
import { CLOCKED_STATUSES } from '../../../../core/application-state';
import { addCalendarDays } from '../../../../core/dates';
import { countyFilter, type RuleContext, type WarningRule } from '../warnings.rules';

/** Renewals are to be filed 30 days before expiry (烟草专卖许可证管理办法): past that, red. */
const RENEWAL_FILING_DAYS = 30;
const EXPIRY_HORIZON_WORKING_DAYS = 60;
const SUSPENSION_HORIZON_WORKING_DAYS = 10;
const SUSPENSION_RED_WORKING_DAYS = 3;

interface LicenceRow {
  id: string;
  number: string;
  shop: string;
  county: string;
  day: string;
}

/** Licences with a case of `type` filed and not finished (filed = submitted … approved). */
async function filed(ctx: RuleContext, type: 'renewal' | 'resume'): Promise<Set<string>> {
  const scope = countyFilter('jurisdiction_code', ctx.counties);
  const rows = await ctx.db
    .prepare(
      `SELECT DISTINCT licence_id AS id FROM applications
       WHERE type = ? AND licence_id IS NOT NULL
         AND status IN (${CLOCKED_STATUSES.map(() => '?').join(',')})${scope.sql}`,
    )
    .bind(type, ...CLOCKED_STATUSES, ...scope.params)
    .all<{ id: string }>();
  return new Set(rows.results.map((r) => r.id));
}

async function licencesDue(
  ctx: RuleContext,
  status: 'active' | 'suspended',
  column: 'expires_on' | 'suspended_until',
  horizon: string,
): Promise<LicenceRow[]> {
  const scope = countyFilter('jurisdiction_code', ctx.counties);
  const rows = await ctx.db
    .prepare(
      `SELECT id, number, shop_name AS shop, jurisdiction_code AS county, ${column} AS day
       FROM licences WHERE status = ? AND ${column} IS NOT NULL AND ${column} BETWEEN ? AND ?${scope.sql}`,
    )
    .bind(status, ctx.today, horizon, ...scope.params)
    .all<LicenceRow>();
  return rows.results;
}

export const licenceExpiryRule: WarningRule = {
  id: 'licence_expiry',
  onEvents: true,
  async collect(ctx) {
    const horizon = ctx.cal.addWorkingDays(ctx.today, EXPIRY_HORIZON_WORKING_DAYS);
    const [due, renewing] = await Promise.all([
      licencesDue(ctx, 'active', 'expires_on', horizon),
      filed(ctx, 'renewal'),
    ]);
    const lastFiling = addCalendarDays(ctx.today, RENEWAL_FILING_DAYS);
    return due
      .filter((l) => !renewing.has(l.id))
      .map((l) => {
        const severity = l.day <= lastFiling ? 'red' : 'yellow';
        return {
          key: `licence_expiry:${l.id}:${l.day}:${severity}`,
          severity,
          county: l.county,
          objectKind: 'licence',
          objectId: l.id,
          objectLabel: `${l.number} ${l.shop}`.trim(),
          detail: {
            expiresOn: l.day,
            workingDaysLeft: ctx.cal.workingDaysBetween(ctx.today, l.day),
          },
          dueOn: l.day,
        };
      });
  },
};

export const suspensionEndingRule: WarningRule = {
  id: 'suspension_ending',
  onEvents: true,
  async collect(ctx) {
    const horizon = ctx.cal.addWorkingDays(ctx.today, SUSPENSION_HORIZON_WORKING_DAYS);
    const red = ctx.cal.addWorkingDays(ctx.today, SUSPENSION_RED_WORKING_DAYS);
    const [due, resuming] = await Promise.all([
      licencesDue(ctx, 'suspended', 'suspended_until', horizon),
      filed(ctx, 'resume'),
    ]);
    return due
      .filter((l) => !resuming.has(l.id))
      .map((l) => {
        const severity = l.day <= red ? 'red' : 'yellow';
        return {
          key: `suspension_ending:${l.id}:${l.day}:${severity}`,
          severity,
          county: l.county,
          objectKind: 'licence',
          objectId: l.id,
          objectLabel: `${l.number} ${l.shop}`.trim(),
          detail: { suspendedUntil: l.day },
          dueOn: l.day,
        };
      });
  },
};
