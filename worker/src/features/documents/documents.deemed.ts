/**
 * 视为受理 issues its 受理通知书 too: the clerk missed the 5-working-day window to ask for a
 * correction, so the law deems the case accepted from the day its materials arrived (行政许可法
 * §32 (四)), and the applicant is owed the notice all the same. The clock job is the signer; the
 * statements join the deeming transition's batch, so the number is drawn with it, gap-free.
 */
import { ACTOR_NAMES } from '../../../core/roles';
import type { ApplicationRow } from '../applications/applications.repo';
import { buildContent } from './documents.content';
import { addresseeOf } from './documents.decisions';
import { bureauOf, issueStatements } from './documents.issue';

/** Who signs what the clock decides (official_documents.signer_id). */
export const SYSTEM_SIGNER = { id: 'system', name: ACTOR_NAMES.system } as const;

export async function deemedAcceptanceStatements(
  d1: D1Database,
  row: ApplicationRow,
  on: { today: string; at: string; deadline: string },
): Promise<D1PreparedStatement[]> {
  const bureau = await bureauOf(d1, row.jurisdiction_code);
  const { statements } = await issueStatements(d1, {
    applicationId: row.id,
    bureau,
    kind: 'acceptance',
    issuedOn: on.today,
    issuedAt: on.at,
    signer: SYSTEM_SIGNER,
    content: buildContent({
      kind: 'acceptance',
      bureau: bureau.name,
      reconsideredBy: bureau.reconsideredBy,
      addressee: addresseeOf(row),
      ref: row.ref,
      type: row.type,
      shopName: row.shop_name,
      address: row.address,
      submittedOn: row.submitted_on,
      acceptedOn: row.submitted_on,
      deadline: on.deadline,
      items: [],
      reason: null,
      withLicence: false,
      deemed: true,
    }),
  });
  return statements;
}
