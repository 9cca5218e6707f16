/**
 * 更换手机号. Self-service: codes to both phones, then both codes; the applicant's other
 * devices are signed out, this one stays. At the window (old phone lost): a clerk or approver
 * sends a code to the new phone, checks the applicant's ID against the bound real name and the
 * real-name service, records the reason; every session and push subscription of the account
 * ends (the lost phone may be in someone else's hands).
 */
import { Hono } from 'hono';
import { validateIdNumber } from '../../../core/id-number';
import {
  ASSISTED_PHONE_CHANGE_ROLES,
  assistedCodeSchema,
  assistedPhoneChangeSchema,
  phoneChangeCodesSchema,
  phoneChangeSchema,
} from '../../../core/phone-change';
import { realnameChecker } from '../../adapters/realname/realname';
import type { AppEnv } from '../../app-env';
import { appToday } from '../../lib/clock';
import { hmacHex, timingSafeEqual } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant, requireStaff, staffOf } from '../../middleware/auth';
import { consumeSmsCode, sendSmsCode } from '../auth/auth.service';
import { checkNewPhone, movePhone } from './phone.service';

const phoneCodes = { codeFor: { newPhone: 'PHONE_INVALID', oldPhone: 'PHONE_INVALID' } } as const;

/** A code failure of the phone change, said as one code (which phone is in `issues`). */
async function consume(
  c: Parameters<typeof consumeSmsCode>[0],
  phone: string,
  code: string,
  which: string,
) {
  try {
    await consumeSmsCode(c, phone, code, 'phone_change');
  } catch (err) {
    if (err instanceof AppError && err.code !== 'RATE_LIMITED') {
      throw new AppError('PHONE_CHANGE_CODE_INVALID', [{ path: which, message: err.code }]);
    }
    throw err;
  }
}

export const phoneRoutes = new Hono<AppEnv>()
  .post('/codes', requireApplicant, json(phoneChangeCodesSchema, phoneCodes), async (c) => {
    const p = applicantOf(c);
    const { newPhone } = c.req.valid('json');
    await checkNewPhone(c, p.phone, newPhone);
    await sendSmsCode(c, p.phone, 'phone_change');
    return c.json(await sendSmsCode(c, newPhone, 'phone_change'));
  })
  .post('/', requireApplicant, json(phoneChangeSchema, phoneCodes), async (c) => {
    const p = applicantOf(c);
    const { newPhone, oldCode, newCode } = c.req.valid('json');
    await checkNewPhone(c, p.phone, newPhone);
    await consume(c, p.phone, oldCode, 'oldCode');
    await consume(c, newPhone, newCode, 'newCode');
    return c.json(
      await movePhone(c, {
        applicantId: p.id,
        from: p.phone,
        to: newPhone,
        keepSession: c.get('sessionTokenHash'),
        dropPush: false,
        audit: { event: 'applicant_phone_changed', detail: { verified: 'both_phones' } },
      }),
    );
  });

export const assistedPhoneRoutes = new Hono<AppEnv>()
  .use(requireStaff(...ASSISTED_PHONE_CHANGE_ROLES))
  .post('/code', json(assistedCodeSchema, phoneCodes), async (c) => {
    const { newPhone } = c.req.valid('json');
    return c.json(await sendSmsCode(c, newPhone, 'phone_change'));
  })
  .post('/', json(assistedPhoneChangeSchema, phoneCodes), async (c) => {
    const s = staffOf(c);
    const input = c.req.valid('json');
    const a = await c.env.DB.prepare(
      'SELECT id, phone, name, real_name_verified, id_number_hash FROM applicants WHERE phone = ?',
    )
      .bind(input.oldPhone)
      .first<{
        id: string;
        phone: string;
        name: string | null;
        real_name_verified: number;
        id_number_hash: string | null;
      }>();
    if (!a) throw new AppError('NOT_FOUND');
    // Without a bound real name nobody can prove at the window that the account is theirs.
    if (!a.real_name_verified || !a.id_number_hash || !a.name)
      throw new AppError('REALNAME_REQUIRED');
    const v = validateIdNumber(input.idNumber, appToday(c.env));
    if (!v.ok) {
      throw new AppError('ID_NUMBER_INVALID', [{ path: 'idNumber', message: v.message.en }]);
    }
    const hash = await hmacHex(c.env.PII_KEY, `id:${v.value}`);
    if (a.name !== input.name || !timingSafeEqual(hash, a.id_number_hash)) {
      throw new AppError('IDENTITY_MISMATCH');
    }
    const check = await realnameChecker(c.env).check(input.name, v.value);
    if (!check.ok)
      throw new AppError(check.reason === 'mismatch' ? 'REALNAME_MISMATCH' : 'INTERNAL');
    await checkNewPhone(c, a.phone, input.newPhone);
    await consume(c, input.newPhone, input.newCode, 'newCode');
    return c.json(
      await movePhone(c, {
        applicantId: a.id,
        from: a.phone,
        to: input.newPhone,
        keepSession: null,
        dropPush: true,
        audit: {
          event: 'applicant_phone_change_assisted',
          detail: {
            staffId: s.id,
            staffName: s.displayName,
            reason: input.reason,
            realname: 'rechecked',
          },
        },
      }),
    );
  });
