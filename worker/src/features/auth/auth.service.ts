import { and, eq, lt, sql } from 'drizzle-orm';
import type { SmsCodeSent } from '../../../core/api';
import type { Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { applicants, smsCodes, staffUsers } from '../../db/schema';
import { config } from '../../env';
import { smsSender } from '../../adapters/sms/sms';
import { hashPassword, hmacHex, randomDigits, timingSafeEqual } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { hit } from '../../lib/rate-limit';
import { audit } from '../audit/audit.service';
import { clientIp, enterLogin, usernameDigest } from './login-throttle';
import { startSession } from './session';
import { appNow, appNowIso } from '../../lib/clock';

const HOUR = 3600;

/** What a code is for: it is bound to its purpose, so a phone-change code never signs in. */
export type SmsCodePurpose = 'login' | 'phone_change';

function codeHash(c: Ctx, phone: string, code: string, purpose: SmsCodePurpose): Promise<string> {
  // Sign-in codes keep their original message form (codes in flight stay valid).
  const label = purpose === 'login' ? 'sms' : `sms-${purpose}`;
  return hmacHex(c.env.SESSION_SECRET, `${label}:${phone}:${code}`);
}

const CODE_TEXT: Record<SmsCodePurpose, (code: string, minutes: number) => string> = {
  login: (code, minutes) =>
    `【许可微厅】您的登录验证码为${code}，${minutes}分钟内有效。如非本人操作，请忽略本短信。`,
  phone_change: (code, minutes) =>
    `【许可微厅】您正在更换许可微厅绑定的手机号，验证码为${code}，${minutes}分钟内有效。如非本人操作，请勿告知他人。`,
};

/**
 * Sends a 6-digit code for `purpose`, enforcing the resend interval and per-phone / per-IP
 * limits (one budget for every purpose: a phone is not texted more because codes differ).
 */
export async function sendSmsCode(
  c: Ctx,
  phone: string,
  purpose: SmsCodePurpose,
): Promise<SmsCodeSent> {
  const cfg = config(c.env);
  const db = getDb(c.env.DB);
  const now = appNow(c.env);
  const existing = await db.query.smsCodes.findFirst({ where: eq(smsCodes.phone, phone) });
  if (existing && now.getTime() - Date.parse(existing.sentAt) < cfg.smsResendSeconds * 1000) {
    throw new AppError('SMS_RESEND_TOO_SOON');
  }
  if ((await hit(db, `sms:ip:${clientIp(c)}`, HOUR, now)) > cfg.smsIpHourlyLimit) {
    throw new AppError('RATE_LIMITED');
  }
  if ((await hit(db, `sms:phone:${phone}`, HOUR, now)) > cfg.smsPhoneHourlyLimit) {
    throw new AppError('RATE_LIMITED');
  }
  const code = randomDigits(6);
  const row = {
    phone,
    codeHash: await codeHash(c, phone, code, purpose),
    sentAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + cfg.smsCodeTtlSeconds * 1000).toISOString(),
    attempts: 0,
  };
  await db.insert(smsCodes).values(row).onConflictDoUpdate({ target: smsCodes.phone, set: row });
  const minutes = Math.round(cfg.smsCodeTtlSeconds / 60);
  await smsSender(c.env).send(phone, CODE_TEXT[purpose](code, minutes));
  await audit(c, {
    event: 'auth_sms_requested',
    subjectType: 'phone',
    subjectId: phone,
    ...(purpose === 'login' ? {} : { detail: { purpose } }),
  });
  return {
    sent: true,
    resendAfterSeconds: cfg.smsResendSeconds,
    expiresInSeconds: cfg.smsCodeTtlSeconds,
  };
}

/** Sends a 6-digit sign-in code. */
export function requestSmsCode(c: Ctx, phone: string): Promise<SmsCodeSent> {
  return sendSmsCode(c, phone, 'login');
}

/**
 * Checks a code for `purpose` (each try counted first, atomically, against SMS_MAX_ATTEMPTS)
 * and consumes it; throws the sign-in flow's error codes, audited as verify failures.
 */
export async function consumeSmsCode(
  c: Ctx,
  phone: string,
  code: string,
  purpose: SmsCodePurpose,
): Promise<void> {
  const cfg = config(c.env);
  const db = getDb(c.env.DB);
  const now = appNow(c.env);
  if ((await hit(db, `verify:ip:${clientIp(c)}`, HOUR, now)) > cfg.smsIpHourlyLimit * 5) {
    throw new AppError('RATE_LIMITED');
  }
  const fail = async (why: string) => {
    await audit(c, {
      event: 'auth_sms_verify_failure',
      subjectType: 'phone',
      subjectId: phone,
      detail: purpose === 'login' ? { why } : { why, purpose },
      ...(c.get('principal') ? {} : { actor: { kind: 'anonymous', id: null } }),
    });
  };
  // Count the attempt first, atomically, so parallel guesses cannot exceed the limit.
  const counted = await db
    .update(smsCodes)
    .set({ attempts: sql`${smsCodes.attempts} + 1` })
    .where(and(eq(smsCodes.phone, phone), lt(smsCodes.attempts, cfg.smsMaxAttempts)))
    .returning();
  const row = counted[0];
  if (!row) {
    const exists = await db.query.smsCodes.findFirst({ where: eq(smsCodes.phone, phone) });
    await fail(exists ? 'too_many_attempts' : 'no_code');
    throw new AppError(exists ? 'SMS_TOO_MANY_ATTEMPTS' : 'SMS_CODE_EXPIRED');
  }
  if (Date.parse(row.expiresAt) <= now.getTime()) {
    await fail('expired');
    throw new AppError('SMS_CODE_EXPIRED');
  }
  if (!timingSafeEqual(row.codeHash, await codeHash(c, phone, code, purpose))) {
    await fail('wrong_code');
    throw new AppError('SMS_CODE_INVALID');
  }
  await db.delete(smsCodes).where(eq(smsCodes.phone, phone));
}

/** Checks a sign-in code; on success finds or creates the applicant and starts a session. */
export async function verifySmsCode(c: Ctx, phone: string, code: string): Promise<string> {
  const db = getDb(c.env.DB);
  await consumeSmsCode(c, phone, code, 'login');
  await db
    .insert(applicants)
    .values({ id: crypto.randomUUID(), phone, createdAt: appNowIso(c.env) })
    .onConflictDoNothing();
  const applicant = await db.query.applicants.findFirst({ where: eq(applicants.phone, phone) });
  if (!applicant) throw new Error('applicant upsert failed');
  await startSession(c, 'applicant', applicant.id);
  await audit(c, {
    event: 'auth_sms_verify_success',
    subjectType: 'applicant',
    subjectId: applicant.id,
    actor: { kind: 'applicant', id: applicant.id },
  });
  return applicant.id;
}

// Hash compared against when the username is unknown, so timing does not reveal accounts.
const DUMMY_SALT = 'AAAAAAAAAAAAAAAAAAAAAA==';

/** Staff sign-in with PBKDF2 passwords, throttled per account + source (login-throttle.ts). */
export async function staffLogin(c: Ctx, username: string, password: string): Promise<string> {
  // Returns the new session's token hash.
  const db = getDb(c.env.DB);
  const name = username.toLowerCase();
  const digest = await usernameDigest(c, name);
  const attempt = await enterLogin(c, digest);
  const user = await db.query.staffUsers.findFirst({ where: eq(staffUsers.username, name) });
  const hash = await hashPassword(
    password,
    user?.passwordSalt ?? DUMMY_SALT,
    user?.passwordIterations,
  );
  if (!user || !user.active || !timingSafeEqual(hash, user.passwordHash)) {
    await audit(c, {
      event: 'auth_staff_login_failure',
      subjectType: 'staff',
      // A name that is no account is kept only as its digest: mistyped names are often a
      // password typed into the wrong field.
      subjectId: user?.id ?? `unknown:${digest}`,
      detail: { reason: !user ? 'unknown_user' : !user.active ? 'inactive' : 'wrong_password' },
      actor: { kind: 'anonymous', id: null },
    });
    const wait = await attempt.failed();
    throw new AppError('LOGIN_FAILED', undefined, undefined, wait > 0 ? wait : undefined);
  }
  await attempt.succeeded();
  const tokenHash = await startSession(c, 'staff', user.id);
  await audit(c, {
    event: 'auth_staff_login_success',
    subjectType: 'staff',
    subjectId: user.id,
    actor: { kind: 'staff', id: user.id },
  });
  return tokenHash;
}
