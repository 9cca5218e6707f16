import { AppError } from '../../lib/errors';
import { staffChangePasswordSchema } from '../../../core/staff-admin';
import { changeStaffPassword } from '../staff/staff.password-change';
import { Hono } from 'hono';
import { smsRequestSchema, smsVerifySchema, staffLoginSchema } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { json } from '../../lib/validate';
import { audit } from '../audit/audit.service';
import { requestSmsCode, staffLogin, verifySmsCode } from './auth.service';
import { buildMe } from './me.service';
import { endSession, findSessionPrincipal } from './session';
import { appNow } from '../../lib/clock';

/** Phone numbers get their own error code: it is the one mistake every applicant can make. */
const phoneCode = { codeFor: { phone: 'PHONE_INVALID' } } as const;

export const authRoutes = new Hono<AppEnv>()
  .post('/sms/request', json(smsRequestSchema, phoneCode), async (c) => {
    const { phone } = c.req.valid('json');
    return c.json(await requestSmsCode(c, phone));
  })
  .post('/sms/verify', json(smsVerifySchema, phoneCode), async (c) => {
    const { phone, code } = c.req.valid('json');
    const id = await verifySmsCode(c, phone, code);
    return c.json({ user: await buildMe(getDb(c.env.DB), { kind: 'applicant', id, phone }) });
  })
  .post('/staff/login', json(staffLoginSchema), async (c) => {
    const { username, password } = c.req.valid('json');
    const tokenHash = await staffLogin(c, username, password);
    // Read back through the session path so scope expansion has exactly one implementation.
    const p = await findSessionPrincipal(c.env.DB, tokenHash, appNow(c.env));
    if (!p) throw new Error('session not found after login');
    return c.json({ user: await buildMe(getDb(c.env.DB), p) });
  })
  // The person's own new password (the only thing a staff member whose password is due may do,
  // besides reading who they are and signing out). Other sessions of the account end.
  .post('/staff/password', json(staffChangePasswordSchema), async (c) => {
    const p = c.get('principal');
    if (!p) throw new AppError('AUTH_REQUIRED');
    if (p.kind !== 'staff') throw new AppError('FORBIDDEN');
    const { current, next } = c.req.valid('json');
    await changeStaffPassword(c, p.id, current, next);
    return c.json({ user: await buildMe(getDb(c.env.DB), { ...p, passwordChangeDue: false }) });
  })
  .post('/logout', async (c) => {
    const p = c.get('principal');
    if (p) await audit(c, { event: 'auth_logout', subjectType: p.kind, subjectId: p.id });
    await endSession(c);
    return c.json({ ok: true });
  });
