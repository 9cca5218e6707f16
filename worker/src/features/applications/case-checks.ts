/**
 * A case that ends before its decision (撤回 withdrawn by the applicant, 终止办理 terminated by
 * the bureau) calls off its checks still to come: nobody goes to inspect the shop, and no video
 * inspection waits for the applicant. A remote inspection already running is left to finish (its
 * recording is evidence and is never cut short by the app); what was recorded is always kept.
 */

export type CaseEnding = 'case_withdrawn' | 'case_terminated';

/** The reason kept on a called-off remote inspection, as staff read it. */
const REMOTE_REASON: Record<CaseEnding, string> = {
  case_withdrawn: '申请人已撤回申请 (the applicant withdrew the application)',
  case_terminated: '案件已终止办理 (handling of the case was terminated)',
};

/** The statements that call off `applicationId`'s open checks, to run with the transition. */
export function callOffChecks(
  d1: D1Database,
  applicationId: string,
  ending: CaseEnding,
  at: string,
): D1PreparedStatement[] {
  return [
    d1
      .prepare(
        `UPDATE inspection_tasks SET state = 'cancelled', cancel_reason = ?, version = version + 1
         WHERE application_id = ? AND state IN ('assigned', 'in_progress', 'recorded')`,
      )
      .bind(ending, applicationId),
    d1
      .prepare(
        `UPDATE remote_inspections SET state = 'cancelled', closed_at = ?, cancel_reason = ?,
           version = version + 1
         WHERE application_id = ? AND state = 'scheduled'`,
      )
      .bind(at, REMOTE_REASON[ending], applicationId),
  ];
}
