/**
 * Which list of chunks a device keeps offline, by who signed in on it. The build works the
 * lists out (to-cache.ts); the page tells the service worker its list (app/sw.ts).
 */
import type { Me } from '@core/api';
import type { PrecacheRole } from './to-cache';

/**
 * Admins get grid administration and its spreadsheet reader on top of the workbench.
 * @example precacheRoleOf({ kind: 'staff', role: 'clerk', … }) === 'staff'
 */
export function precacheRoleOf(user: Me | null): PrecacheRole | null {
  if (!user) return null;
  if (user.kind === 'applicant') return 'applicant';
  return user.role === 'admin' ? 'admin' : 'staff';
}
