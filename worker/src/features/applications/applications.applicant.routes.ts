import { Hono } from 'hono';
import { applicantActionSchema, draftCreateSchema, draftUpdateSchema } from '../../../core/api';
import { nextStatus } from '../../../core/application-state';
import { validateCreditCode } from '../../../core/credit-code';
import { validateIdNumber } from '../../../core/id-number';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { applicationEvents, applications } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant } from '../../middleware/auth';
import { auditInsert } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import {
  eventsOf,
  findApplication,
  listByApplicant,
  type ApplicationRow,
} from './applications.repo';
import { applyTransition } from './applications.transition';
import { applicantCase, guardedCase, ownCase } from './applications.guard';
import { protectIdentifiers } from './submission.service';
import { toDetail, toQueueItem } from './applications.view';
import { config } from '../../env';
import { caseMessage } from '../notifications/notify';
import { appNowIso, appToday } from '../../lib/clock';

/** Checks the identifiers a form may carry, with the validator's precise reason. */
function checkFormIdentifiers(form: Record<string, unknown>, today: string): void {
  if (typeof form.idNumber === 'string' && form.idNumber !== '') {
    const v = validateIdNumber(form.idNumber, today);
    if (!v.ok) {
      throw new AppError('ID_NUMBER_INVALID', [{ path: 'form.idNumber', message: v.message.en }], {
        zh: `居民身份证号码无效：${v.message.zh}`,
        en: `The resident ID number is invalid: ${v.message.en}`,
      });
    }
  }
  if (typeof form.creditCode === 'string' && form.creditCode !== '') {
    const v = validateCreditCode(form.creditCode);
    if (!v.ok) {
      throw new AppError(
        'CREDIT_CODE_INVALID',
        [{ path: 'form.creditCode', message: v.message.en }],
        {
          zh: `统一社会信用代码无效：${v.message.zh}`,
          en: `The unified social credit code is invalid: ${v.message.en}`,
        },
      );
    }
  }
}

/** Only a draft autosaves; anything else has been sent. */
function draftOnly(row: ApplicationRow): void {
  if (row.status !== 'draft') throw new AppError('ILLEGAL_TRANSITION');
}

function newRef(today: string): string {
  const rand = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `XK${today.replaceAll('-', '')}${String(rand % 1_000_000).padStart(6, '0')}`;
}

export const applicationApplicantRoutes = new Hono<AppEnv>()
  .use(requireApplicant)
  .get('/', async (c) => {
    const p = applicantOf(c);
    const db = getDb(c.env.DB);
    const [rows, cal, all] = await Promise.all([
      listByApplicant(c.env.DB, p.id),
      workCalendar(db),
      allJurisdictions(db),
    ]);
    const today = appToday(c.env);
    return c.json({ items: rows.map((r) => toQueueItem(r, cal, today, all)) });
  })
  // Starts a draft (草稿). Types other than 新办 start from one of the applicant's licences.
  .post('/', json(draftCreateSchema, { codeFor: { type: 'UNKNOWN_BUSINESS_TYPE' } }), async (c) => {
    const p = applicantOf(c);
    const input = c.req.valid('json');
    const today = appToday(c.env);
    checkFormIdentifiers(input.form, today);
    const db = getDb(c.env.DB);
    if (input.id) {
      const existing = await findApplication(c.env.DB, input.id);
      if (existing && existing.applicant_id !== p.id) throw new AppError('CONFLICT');
      if (existing) {
        const [cal, all] = await Promise.all([workCalendar(db), allJurisdictions(db)]);
        const events = await eventsOf(c.env.DB, existing.id);
        return c.json({ application: toDetail(existing, events, cal, today, all) });
      }
    }
    let jurisdictionCode = config(c.env).cityCode;
    let shopName = typeof input.form.shopName === 'string' ? input.form.shopName.slice(0, 100) : '';
    let address = typeof input.form.address === 'string' ? input.form.address.slice(0, 200) : '';
    if (input.type !== 'new') {
      const licence = input.licenceId
        ? await db.query.licences.findFirst({
            where: (t, { and, eq }) =>
              and(eq(t.id, input.licenceId ?? ''), eq(t.holderApplicantId, p.id)),
            with: undefined,
          })
        : undefined;
      if (!licence) {
        throw new AppError('VALIDATION_FAILED', [
          { path: 'licenceId', message: 'choose one of your own licences for this business type' },
        ]);
      }
      jurisdictionCode = licence.jurisdictionCode;
      shopName ||= licence.shopName;
      const prem = await db.query.premises.findFirst({
        where: (t, { eq }) => eq(t.id, licence.premisesId),
      });
      address ||= prem?.address ?? '';
    } else if (typeof input.form.county === 'string') {
      const all = await allJurisdictions(db);
      if (all.some((j) => j.code === input.form.county && j.kind !== 'city')) {
        jurisdictionCode = input.form.county;
      }
    }
    const id = input.id ?? crypto.randomUUID();
    await db.batch([
      db.insert(applications).values({
        id,
        ref: newRef(today),
        applicantId: p.id,
        jurisdictionCode,
        type: input.type,
        status: 'draft',
        licenceId: input.licenceId ?? null,
        shopName,
        address,
        // ID numbers are encrypted at rest, in drafts as everywhere else.
        formJson: JSON.stringify(await protectIdentifiers(c.env.PII_KEY, input.form)),
      }),
      db.insert(applicationEvents).values({
        id: crypto.randomUUID(),
        applicationId: id,
        actorKind: 'applicant',
        actorId: p.id,
        actorName: '申请人',
        action: 'create',
        fromStatus: null,
        toStatus: 'draft',
      }),
      auditInsert(c, { event: 'application_created', subjectType: 'application', subjectId: id }),
    ]);
    const row = await ownCase(c, id);
    const [cal, all] = await Promise.all([workCalendar(db), allJurisdictions(db)]);
    return c.json(
      { application: toDetail(row, await eventsOf(c.env.DB, id), cal, today, all) },
      201,
    );
  })
  .get('/:id', async (c) => {
    const row = await ownCase(c, c.req.param('id'));
    const db = getDb(c.env.DB);
    const [cal, all, events] = await Promise.all([
      workCalendar(db),
      allJurisdictions(db),
      eventsOf(c.env.DB, row.id),
    ]);
    return c.json({ application: toDetail(row, events, cal, appToday(c.env), all) });
  })
  // Autosave of a draft (草稿): last write wins; nothing but the form changes.
  .put('/:id', applicantCase(draftOnly), json(draftUpdateSchema), async (c) => {
    const row = guardedCase(c);
    const { form } = c.req.valid('json');
    const today = appToday(c.env);
    checkFormIdentifiers(form, today);
    const shopName =
      typeof form.shopName === 'string' ? form.shopName.slice(0, 100) : row.shop_name;
    const address = typeof form.address === 'string' ? form.address.slice(0, 200) : row.address;
    await c.env.DB.prepare(
      `UPDATE applications SET form_json = ?, shop_name = ?, address = ?, updated_at = ?
       WHERE id = ? AND status = 'draft'`,
    )
      .bind(
        JSON.stringify(await protectIdentifiers(c.env.PII_KEY, form)),
        shopName,
        address,
        appNowIso(c.env),
        row.id,
      )
      .run();
    const updated = await ownCase(c, row.id);
    const db = getDb(c.env.DB);
    const [cal, all] = await Promise.all([workCalendar(db), allJurisdictions(db)]);
    return c.json({
      application: toDetail(updated, await eventsOf(c.env.DB, row.id), cal, today, all),
    });
  })
  // 撤回: the applicant may withdraw any case not yet decided.
  .post('/:id/actions', applicantCase(), json(applicantActionSchema), async (c) => {
    const p = applicantOf(c);
    const row = guardedCase(c);
    const input = c.req.valid('json');
    const next = nextStatus(row.status, input.action);
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', undefined, next.reason);
    await applyTransition(c.env.DB, {
      at: appNowIso(c.env),
      applicationId: row.id,
      expectedVersion: input.version,
      from: row.status,
      to: next.to,
      action: input.action,
      actor: { kind: 'applicant', id: p.id, name: '申请人' },
      reason: input.reason ?? null,
      set: { deadline: null },
      notify: caseMessage(p.id, 'withdrawn', { ref: row.ref, type: row.type }),
      audit: {
        event: 'application_transition',
        requestId: c.get('requestId'),
        ip: c.req.header('cf-connecting-ip') ?? null,
      },
    });
    const db = getDb(c.env.DB);
    const updated = await ownCase(c, row.id);
    const [cal, all] = await Promise.all([workCalendar(db), allJurisdictions(db)]);
    return c.json({
      application: toDetail(updated, await eventsOf(c.env.DB, row.id), cal, appToday(c.env), all),
    });
  });
