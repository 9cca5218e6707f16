/**
 * Setting staff passwords under the policy (core/staff-admin.ts): the person's own change, and
 * the first or reset password an admin sets (which the person must change at first sign-in).
 */
import { PASSWORD_PROBLEM_LABELS, passwordProblems } from '../../../core/staff-admin';
import { hashPassword, PBKDF2_ITERATIONS, toBase64 } from '../../lib/crypto';
import { AppError } from '../../lib/errors';

export interface PasswordColumns {
  password_hash: string;
  password_salt: string;
  password_iterations: number;
}

/** The stored form of a password that passes the policy; PASSWORD_POLICY otherwise. */
export async function policyPassword(password: string, username: string): Promise<PasswordColumns> {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    const said = problems.map((p) => PASSWORD_PROBLEM_LABELS[p]);
    throw new AppError(
      'PASSWORD_POLICY',
      problems.map((p) => ({ path: 'password', message: p })),
      { zh: said.map((s) => s.zh).join(''), en: said.map((s) => s.en).join(' ') },
    );
  }
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(16)));
  return {
    password_hash: await hashPassword(password, salt, PBKDF2_ITERATIONS),
    password_salt: salt,
    password_iterations: PBKDF2_ITERATIONS,
  };
}
