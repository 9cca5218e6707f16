/**
 * Staff accounts as the admin manages them (人员管理), and the password policy that 等保 level 3
 * expects of an identification system: long enough, mixed, not the account's own name, not a
 * well-known password, changed at first sign-in after an admin set it, and renewed every
 * STAFF_PASSWORD_MAX_DAYS. Lock-out after repeated failures is login-throttle's.
 */
import { z } from 'zod';
import { plainText } from './fields';
import { STAFF_ROLES } from './roles';

export const STAFF_PASSWORD_MIN = 10;
/** A password older than this must be changed at the next sign-in. */
export const STAFF_PASSWORD_MAX_DAYS = 90;

export type PasswordProblem = 'short' | 'classes' | 'username' | 'common' | 'run' | 'long';

/** Every reason `password` is refused for `username`, none when it is acceptable. */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const out: PasswordProblem[] = [];
  if ([...password].length < STAFF_PASSWORD_MIN) out.push('short');
  if (password.length > 128) out.push('long');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((r) => r.test(password)).length;
  if (classes < 3) out.push('classes');
  const lower = password.toLowerCase();
  if (username.length >= 3 && lower.includes(username.toLowerCase())) out.push('username');
  const letters = lower.replace(/[^a-z0-9]/g, '');
  if (COMMON.some((w) => letters.includes(w))) out.push('common');
  if (/(.)\1{3}/.test(password) || hasSequence(lower, 4)) out.push('run');
  return out;
}

/** Stems of passwords every guessing list starts with. */
const COMMON = ['password', 'passw0rd', 'qwerty', 'admin', 'xuke', 'welcome', 'iloveyou', 'abc123'];

/** Four or more characters climbing or falling by one (1234, abcd, 4321). */
function hasSequence(s: string, n: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= n || down >= n) return true;
  }
  return false;
}

export const PASSWORD_PROBLEM_LABELS: Record<PasswordProblem, { zh: string; en: string }> = {
  short: {
    zh: `密码至少${STAFF_PASSWORD_MIN}个字符。`,
    en: `At least ${STAFF_PASSWORD_MIN} characters.`,
  },
  long: { zh: '密码最多128个字符。', en: 'At most 128 characters.' },
  classes: {
    zh: '须包含大写字母、小写字母、数字、符号中的至少三类。',
    en: 'Use at least three of: capitals, small letters, digits, symbols.',
  },
  username: { zh: '密码不能包含账号名。', en: 'The password may not contain the user name.' },
  common: { zh: '密码过于常见，容易被猜中。', en: 'Too common: easily guessed.' },
  run: {
    zh: '不能有4个以上相同或连续的字符（如 aaaa、1234）。',
    en: 'No runs of 4 or more equal or consecutive characters (aaaa, 1234).',
  },
};

const username = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => /^[a-z][a-z0-9._-]{2,31}$/.test(v), {
    message: 'user name: 3–32 small letters, digits, . _ -, starting with a letter',
    params: { zh: '账号名为3至32位小写字母、数字或 . _ -，以字母开头。' },
  });
const county = z.string().regex(/^\d{6}$/);
const password = z.string().min(1).max(256);

export const staffCreateSchema = z
  .object({
    username,
    displayName: plainText(2, 40),
    role: z.enum(STAFF_ROLES),
    /** Jurisdiction codes (a county, or the city for every county). */
    jurisdictions: z.array(county).min(1).max(20),
    /** The first password, which the person must change at first sign-in. */
    password,
  })
  .strict();

export const staffUpdateSchema = z
  .object({
    version: z.number().int().min(0),
    displayName: plainText(2, 40).optional(),
    role: z.enum(STAFF_ROLES).optional(),
    jurisdictions: z.array(county).min(1).max(20).optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const staffResetPasswordSchema = z
  .object({ version: z.number().int().min(0), password })
  .strict();

export const staffChangePasswordSchema = z
  .object({ current: z.string().min(1).max(256), next: password })
  .strict();

export interface StaffAccountView {
  id: string;
  username: string;
  displayName: string;
  role: (typeof STAFF_ROLES)[number];
  jurisdictions: string[];
  active: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: string | null;
  createdAt: string;
  version: number;
}

/** Whether the password must be changed before anything else (set by an admin, or too old). */
export function passwordChangeDue(
  account: { mustChangePassword: boolean; passwordChangedAt: string | null },
  now: Date,
): boolean {
  if (account.mustChangePassword) return true;
  if (!account.passwordChangedAt) return false;
  const age = now.getTime() - Date.parse(account.passwordChangedAt);
  return age > STAFF_PASSWORD_MAX_DAYS * 86_400_000;
}
