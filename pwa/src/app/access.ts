/**
 * The PWA asks the same access rule as the worker (core/access.ts) to decide what to offer:
 * the signed-in staff member and a case as the rule sees them.
 */
import type { CaseScope, Who } from '@core/access';
import type { ApplicationDetail, Me } from '@core/api';

/** The signed-in staff member as the access rule sees them. */
export function staffWho(me: Extract<Me, { kind: 'staff' }>): Who {
  return { kind: 'staff', id: me.id, role: me.role, counties: me.counties ?? [] };
}

/** A case as the access rule sees it (the applicant's id is not shown to staff: not needed). */
export function caseScopeOf(a: ApplicationDetail): CaseScope {
  return { applicantId: '', county: a.county.code, status: a.status, inspectorIds: a.inspectorIds };
}
