import type { ApplicationRow } from './applications.repo';
import type { StaffPrincipal } from '../../app-env';

/**
 * Whether a staff member may see a case (PRODUCT.md §9): clerks, approvers and admins within
 * their counties, inspectors only when assigned. Drafts belong to the applicant alone.
 */
export function staffMayRead(p: StaffPrincipal, row: ApplicationRow): boolean {
  if (row.status === 'draft') return false;
  if (p.role === 'inspector') return row.assigned_inspector_id === p.id;
  return p.counties.includes(row.jurisdiction_code);
}

/** Whether a staff member may act on a case: clerks and approvers of its county. */
export function staffMayAct(p: StaffPrincipal, row: ApplicationRow): boolean {
  return (
    row.status !== 'draft' &&
    (p.role === 'clerk' || p.role === 'approver') &&
    p.counties.includes(row.jurisdiction_code)
  );
}
