import type { Me } from '@core/api';
import { describe, expect, it } from 'vitest';
import { precacheRoleOf } from './roles';

const staff = (role: string) => ({ kind: 'staff', role }) as unknown as Me;

describe('precacheRoleOf', () => {
  it('keeps nothing for nobody', () => {
    expect(precacheRoleOf(null)).toBeNull();
  });
  it('maps applicants, staff roles and admins to their lists', () => {
    expect(precacheRoleOf({ kind: 'applicant' } as unknown as Me)).toBe('applicant');
    expect(precacheRoleOf(staff('clerk'))).toBe('staff');
    expect(precacheRoleOf(staff('approver'))).toBe('staff');
    expect(precacheRoleOf(staff('inspector'))).toBe('staff');
    expect(precacheRoleOf(staff('admin'))).toBe('admin');
  });
});
