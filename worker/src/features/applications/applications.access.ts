/**
 * The worker's side of core's access rule (core/access.ts): who the caller is and what a case
 * row says about its scope, so every route asks the same question the PWA asks.
 */
import type { CaseScope, Who } from '../../../core/access';
import type { Principal, StaffPrincipal } from '../../app-env';
import type { ApplicationRow } from './applications.repo';

/** The caller as the access rule sees them. */
export function whoOf(p: Principal): Who {
  return p.kind === 'applicant' ? { kind: 'applicant', id: p.id } : staffWho(p);
}

/** A staff member as the access rule sees them. */
export function staffWho(p: StaffPrincipal): Extract<Who, { kind: 'staff' }> {
  return { kind: 'staff', id: p.id, role: p.role, counties: p.counties };
}

/** What the access rule needs to know about a case row. */
export function scopeOf(
  row: Pick<ApplicationRow, 'applicant_id' | 'jurisdiction_code' | 'status' | 'inspector_ids'>,
): CaseScope {
  return {
    applicantId: row.applicant_id,
    county: row.jurisdiction_code,
    status: row.status,
    inspectorIds: (row.inspector_ids ?? '').split(',').filter(Boolean),
  };
}
