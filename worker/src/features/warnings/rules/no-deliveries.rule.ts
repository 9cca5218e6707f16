/**
 * 有证无订货: an active licence that the sales / distribution / internal systems know but that
 * had no delivery for QUIET_MONTHS months (issued before that, so a new shop is not warned of).
 * Fed by imported records, so it runs on the cron and right after an import commits.
 */
import { monthsBefore, QUIET_MONTHS } from '../../../../core/deliveries';
import { licencesWithoutDeliverySince } from '../../deliveries/records.repo';
import type { WarningRule } from '../warnings.rules';

export const noDeliveriesRule: WarningRule = {
  id: 'no_deliveries',
  onEvents: false,
  async collect({ db, today, counties }) {
    const quiet = await licencesWithoutDeliverySince(
      db,
      monthsBefore(today, QUIET_MONTHS),
      counties ?? undefined,
    );
    return quiet.map((q) => ({
      key: `no_deliveries:${q.licenceId}`,
      severity: 'yellow' as const,
      county: q.county,
      objectKind: 'licence' as const,
      objectId: q.licenceId,
      objectLabel: `${q.number} ${q.shopName}`.trim(),
      detail: { lastDeliveryOn: q.lastDeliveryOn ?? '' },
      dueOn: null,
    }));
  },
};
