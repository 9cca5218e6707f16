/** A staff member's own password change: the current one proven, the new one under the policy. */
import type { Ctx } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { hashPassword, timingSafeEqual } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { audit } from '../audit/audit.service';
import { policyPassword } from './staff.passwords';

export async function changeStaffPassword(
  c: Ctx,
  staffId: string,
  current: string,
  next: string,
): Promise<void> {
  const row = await c.env.DB.prepare(
    `SELECT username, password_hash, password_salt, password_iterations, version
     FROM staff_users WHERE id = ? AND active = 1`,
  )
    .bind(staffId)
    .first<{
      username: string;
      password_hash: string;
      password_salt: string;
      password_iterations: number;
      version: number;
    }>();
  if (!row) throw new AppError('AUTH_REQUIRED');
  const proven = await hashPassword(current, row.password_salt, row.password_iterations);
  if (!timingSafeEqual(proven, row.password_hash)) {
    await audit(c, {
      event: 'staff_password_change_failure',
      subjectType: 'staff',
      subjectId: staffId,
    });
    throw new AppError('PASSWORD_WRONG');
  }
  if (next === current) {
    throw new AppError('PASSWORD_POLICY', [{ path: 'next', message: 'same' }], {
      zh: '新密码不能与当前密码相同。',
      en: 'The new password must differ from the current one.',
    });
  }
  const pw = await policyPassword(next, row.username);
  const [first] = await c.env.DB.batch([
    c.env.DB.prepare(
      `UPDATE staff_users SET password_hash = ?, password_salt = ?, password_iterations = ?,
         must_change_password = 0, password_changed_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    ).bind(
      pw.password_hash,
      pw.password_salt,
      pw.password_iterations,
      appNowIso(c.env),
      staffId,
      row.version,
    ),
    // Every other session of the account ends; this one goes on.
    c.env.DB.prepare(
      `DELETE FROM sessions WHERE principal_kind = 'staff' AND principal_id = ?
         AND token_hash <> ?`,
    ).bind(staffId, c.get('sessionTokenHash') ?? ''),
  ]);
  if ((first?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
  await audit(c, { event: 'staff_password_changed', subjectType: 'staff', subjectId: staffId });
}
