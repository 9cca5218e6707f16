import { Hono } from 'hono';
import { realnameBindSchema, type IdNumberAnswer, type MeAnswer } from '../../../core/api';
import { validateIdNumber } from '../../../core/id-number';
import { realnameChecker } from '../../adapters/realname/realname';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { decryptPii } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { config } from '../../env';
import { hit } from '../../lib/rate-limit';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant, requireSignedIn } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { bindRealName, buildMe, encryptedIdNumber, realNameBound } from '../auth/me.service';
import { appNow, appToday } from '../../lib/clock';

const HOUR = 3600;
const DAY = 86_400;

export const meRoutes = new Hono<AppEnv>()
  .get('/', requireSignedIn, async (c) => {
    const p = c.get('principal');
    if (!p) throw new AppError('AUTH_REQUIRED');
    const answer: MeAnswer = { user: await buildMe(getDb(c.env.DB), p) };
    return c.json(answer);
  })
  // 实名认证: binds a name and ID number to the phone's applicant after the real-name check.
  .post(
    '/realname',
    requireApplicant,
    json(realnameBindSchema, { codeFor: { consent: 'CONSENT_REQUIRED' } }),
    async (c) => {
      const p = applicantOf(c);
      const { name, idNumber, consent } = c.req.valid('json');
      const db = getDb(c.env.DB);
      // Bound once: a later re-binding would put another person's name on submitted cases.
      if (await realNameBound(db, p.id)) throw new AppError('REALNAME_ALREADY_BOUND');
      const v = validateIdNumber(idNumber, appToday(c.env));
      if (!v.ok) {
        throw new AppError('ID_NUMBER_INVALID', [{ path: 'idNumber', message: v.message.en }], {
          zh: `居民身份证号码无效：${v.message.zh}`,
          en: `The resident ID number is invalid: ${v.message.en}`,
        });
      }
      // Every check is a paid call and tells whether a name goes with an ID number: few per day.
      const cfg = config(c.env);
      const now = appNow(c.env);
      if (
        (await hit(db, `realname:applicant:${p.id}`, DAY, now)) > cfg.realnameDailyLimit ||
        (await hit(db, `realname:ip:${c.req.header('cf-connecting-ip') ?? 'local'}`, HOUR, now)) >
          cfg.realnameIpHourlyLimit
      ) {
        throw new AppError('REALNAME_THROTTLED');
      }
      const check = await realnameChecker(c.env).check(name, v.value);
      if (!check.ok) {
        throw new AppError(check.reason === 'mismatch' ? 'REALNAME_MISMATCH' : 'INTERNAL');
      }
      await bindRealName(c, p.id, name, v.value, consent.noticeVersion);
      const answer: MeAnswer = { user: await buildMe(db, p) };
      return c.json(answer);
    },
  )
  // An applicant may always read their own full ID number; the read is still audited.
  .get('/id-number', requireApplicant, async (c) => {
    const p = applicantOf(c);
    const enc = await encryptedIdNumber(getDb(c.env.DB), p.id);
    if (!enc) throw new AppError('NOT_FOUND');
    await audit(c, {
      event: 'applicant_idnumber_revealed',
      subjectType: 'applicant',
      subjectId: p.id,
      detail: { reason: 'self' },
    });
    const answer: IdNumberAnswer = { idNumber: await decryptPii(c.env.PII_KEY, enc) };
    return c.json(answer);
  });
