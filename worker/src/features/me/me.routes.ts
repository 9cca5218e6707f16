import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { realnameBindSchema } from '../../../core/api';
import { validateIdNumber } from '../../../core/id-number';
import { maskIdNumber } from '../../../core/masking';
import { realnameChecker } from '../../adapters/realname/realname';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { applicants } from '../../db/schema';
import { decryptPii, encryptPii, hmacHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { jsonBody } from '../../lib/validate';
import { applicantOf, requireApplicant, requireSignedIn } from '../../middleware/auth';
import { audit, auditInsert } from '../audit/audit.service';
import { buildMe } from '../auth/me.service';
import { appToday } from '../../lib/clock';

export const meRoutes = new Hono<AppEnv>()
  .get('/', requireSignedIn, async (c) => {
    const p = c.get('principal');
    if (!p) throw new AppError('AUTH_REQUIRED');
    return c.json({ user: await buildMe(getDb(c.env.DB), p) });
  })
  // 实名认证: binds a name and ID number to the phone's applicant after the real-name check.
  .post('/realname', requireApplicant, async (c) => {
    const p = applicantOf(c);
    const { name, idNumber } = await jsonBody(c, realnameBindSchema);
    const v = validateIdNumber(idNumber, appToday(c.env));
    if (!v.ok) {
      throw new AppError('ID_NUMBER_INVALID', [{ path: 'idNumber', message: v.message.en }], {
        zh: `居民身份证号码无效：${v.message.zh}`,
        en: `The resident ID number is invalid: ${v.message.en}`,
      });
    }
    const check = await realnameChecker(c.env).check(name, v.value);
    if (!check.ok) {
      throw new AppError(check.reason === 'mismatch' ? 'REALNAME_MISMATCH' : 'INTERNAL');
    }
    const db = getDb(c.env.DB);
    await db.batch([
      db
        .update(applicants)
        .set({
          name,
          realNameVerified: true,
          idNumberEnc: await encryptPii(c.env.PII_KEY, v.value),
          idNumberHash: await hmacHex(c.env.PII_KEY, `id:${v.value}`),
          idNumberMasked: maskIdNumber(v.value),
        })
        .where(eq(applicants.id, p.id)),
      auditInsert(c, {
        event: 'applicant_realname_bound',
        subjectType: 'applicant',
        subjectId: p.id,
      }),
    ]);
    return c.json({ user: await buildMe(db, p) });
  })
  // An applicant may always read their own full ID number; the read is still audited.
  .get('/id-number', requireApplicant, async (c) => {
    const p = applicantOf(c);
    const a = await getDb(c.env.DB).query.applicants.findFirst({ where: eq(applicants.id, p.id) });
    if (!a?.idNumberEnc) throw new AppError('NOT_FOUND');
    await audit(c, {
      event: 'applicant_idnumber_revealed',
      subjectType: 'applicant',
      subjectId: p.id,
      detail: { reason: 'self' },
    });
    return c.json({ idNumber: await decryptPii(c.env.PII_KEY, a.idNumberEnc) });
  });
