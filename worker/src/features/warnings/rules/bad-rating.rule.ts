/** Bad ratings (差评) whose follow-up has no reply yet: yellow until the reply is due, then red. */
import { countyFilter, type WarningRule } from '../warnings.rules';

export const badRatingRule: WarningRule = {
  id: 'bad_rating',
  onEvents: true,
  async collect({ db, today, counties }) {
    const scope = countyFilter('f.jurisdiction_code', counties);
    const rows = await db
      .prepare(
        `SELECT f.rating_id AS ratingId, f.application_id AS appId, f.jurisdiction_code AS county,
           f.due_on AS dueOn, a.ref, a.shop_name AS shop, r.overall
         FROM rating_follow_ups f JOIN applications a ON a.id = f.application_id
           JOIN ratings r ON r.id = f.rating_id
         WHERE f.replied_on IS NULL${scope.sql}`,
      )
      .bind(...scope.params)
      .all<{
        ratingId: string;
        appId: string;
        county: string;
        dueOn: string;
        ref: string;
        shop: string;
        overall: string;
      }>();
    return rows.results.map((r) => {
      const severity = r.dueOn < today ? 'red' : 'yellow';
      return {
        key: `bad_rating:${r.ratingId}:${severity}`,
        severity,
        county: r.county,
        objectKind: 'application',
        objectId: r.appId,
        objectLabel: `${r.ref} ${r.shop}`.trim(),
        detail: { overall: r.overall, replyDue: r.dueOn },
        dueOn: r.dueOn,
      };
    });
  },
};
