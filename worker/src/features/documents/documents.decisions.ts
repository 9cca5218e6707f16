/**
 * The document each decision on a case issues (受理, 补正告知, 准予 / 不予许可, 延长期限), built
 * from the case as it stands and signed by the staff member who decided. Its statements join
 * the decision's own batch (case-actions.ts), so the decision and its document commit together.
 */
import { DOCUMENT_OF_ACTION } from '../../../core/documents';
import type { StaffActionInput } from '../../../core/api';
import type { Ctx, StaffPrincipal } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import type { ApplicationRow } from '../applications/applications.repo';
import { buildContent, type DocumentFacts } from './documents.content';
import { bureauOf, issueStatements } from './documents.issue';

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** The operator the application names (经营者), else the applicant's verified name. */
export function addresseeOf(row: Pick<ApplicationRow, 'form_json' | 'applicant_name'>): string {
  let form: Record<string, unknown> = {};
  try {
    form = JSON.parse(row.form_json) as Record<string, unknown>;
  } catch {
    // An unreadable form names nobody: the verified name stands.
  }
  return str(form.operatorName) || row.applicant_name || '申请人';
}

export interface DecisionFacts {
  deadline?: string | null;
  items?: string[];
  reason?: string | null;
  /** An approval: the licence issued or reprinted in the same batch. */
  licenceId?: string | null;
}

/**
 * The statements issuing the document of `action` on `row`, or none when the action issues no
 * document (an inspection, a delivery).
 */
export async function decisionDocumentStatements(
  c: Ctx,
  p: StaffPrincipal,
  row: ApplicationRow,
  action: StaffActionInput['action'],
  today: string,
  f: DecisionFacts,
): Promise<D1PreparedStatement[]> {
  const kind = DOCUMENT_OF_ACTION[action];
  if (!kind) return [];
  const bureau = await bureauOf(c.env.DB, row.jurisdiction_code);
  const facts: DocumentFacts = {
    kind,
    bureau: bureau.name,
    reconsideredBy: bureau.reconsideredBy,
    addressee: addresseeOf(row),
    ref: row.ref,
    type: row.type,
    shopName: row.shop_name,
    address: row.address,
    submittedOn: row.submitted_on,
    acceptedOn: row.accepted_on ?? (kind === 'acceptance' ? today : null),
    deadline: f.deadline ?? null,
    items: f.items ?? [],
    reason: f.reason ?? null,
    withLicence: kind === 'approval' && row.type !== 'closure' && !!f.licenceId,
  };
  const { statements } = await issueStatements(c.env.DB, {
    applicationId: row.id,
    bureau,
    kind,
    issuedOn: today,
    issuedAt: appNowIso(c.env),
    signer: { id: p.id, name: p.displayName },
    content: buildContent(facts),
    licenceId: kind === 'approval' ? (f.licenceId ?? null) : null,
  });
  return statements;
}
