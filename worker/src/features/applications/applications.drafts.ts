/**
 * Drafts (草稿): started by the applicant (other types than 新办 from one of their licences),
 * autosaved with the last write winning. ID numbers are encrypted at rest here as everywhere.
 */
import type { z } from 'zod';
import type { draftCreateSchema } from '../../../core/api';
import { validateCreditCode } from '../../../core/credit-code';
import { validateIdNumber } from '../../../core/id-number';
import type { AuditEvent } from '../../../core/audit-events';
import { ACTOR_NAMES } from '../../../core/roles';
import type { Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { applicationEvents, applications } from '../../db/schema';
import { config, type Env } from '../../env';
import { appNowIso } from '../../lib/clock';
import { assertInBatch, isAssertionFailure } from '../../lib/batch';
import { AppError } from '../../lib/errors';
import { auditInsert } from '../audit/audit.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import type { ApplicationRow } from './applications.repo';
import { protectIdentifiers } from './submission.service';

type Form = Record<string, unknown>;

/** Checks the identifiers a form may carry, with the validator's precise reason. */
export function checkFormIdentifiers(form: Form, today: string): void {
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

/** A case reference: XK, the day, six random digits (unique; a collision is drawn again). */
export function newRef(today: string): string {
  const rand = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `XK${today.replaceAll('-', '')}${String(rand % 1_000_000).padStart(6, '0')}`;
}

/** Where a new draft belongs and what it shows before the form says more. */
async function draftPlace(
  c: Ctx,
  applicantId: string,
  input: z.output<typeof draftCreateSchema>,
): Promise<{ jurisdictionCode: string; shopName: string; address: string }> {
  const db = getDb(c.env.DB);
  let jurisdictionCode = config(c.env).cityCode;
  let shopName = typeof input.form.shopName === 'string' ? input.form.shopName.slice(0, 100) : '';
  let address = typeof input.form.address === 'string' ? input.form.address.slice(0, 200) : '';
  if (input.type !== 'new') {
    const licence = input.licenceId
      ? await db.query.licences.findFirst({
          where: (t, { and, eq }) =>
            and(eq(t.id, input.licenceId ?? ''), eq(t.holderApplicantId, applicantId)),
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
  return { jurisdictionCode, shopName, address };
}

/** Creates the applicant's draft (with its `create` event and audit record); returns its id. */
export async function createDraft(
  c: Ctx,
  applicantId: string,
  input: z.output<typeof draftCreateSchema>,
  today: string,
): Promise<string> {
  const place = await draftPlace(c, applicantId, input);
  const db = getDb(c.env.DB);
  const id = input.id ?? crypto.randomUUID();
  const at = appNowIso(c.env);
  await db.batch([
    db.insert(applications).values({
      id,
      createdAt: at,
      updatedAt: at,
      ref: newRef(today),
      applicantId,
      ...place,
      type: input.type,
      status: 'draft',
      licenceId: input.licenceId ?? null,
      // ID numbers are encrypted at rest, in drafts as everywhere else.
      formJson: JSON.stringify(await protectIdentifiers(c.env.PII_KEY, input.form)),
    }),
    db.insert(applicationEvents).values({
      id: crypto.randomUUID(),
      applicationId: id,
      actorKind: 'applicant',
      actorId: applicantId,
      actorName: ACTOR_NAMES.applicant,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      at,
    }),
    auditInsert(c, { event: 'application_created', subjectType: 'application', subjectId: id }),
  ]);
  return id;
}

/** Autosave: the draft's form (and the shop name and address it shows) replaced. */
export async function saveDraftForm(env: Env, row: ApplicationRow, form: Form): Promise<void> {
  const shopName = typeof form.shopName === 'string' ? form.shopName.slice(0, 100) : row.shop_name;
  const address = typeof form.address === 'string' ? form.address.slice(0, 200) : row.address;
  await env.DB.prepare(
    `UPDATE applications SET form_json = ?, shop_name = ?, address = ?, updated_at = ?
     WHERE id = ? AND status = 'draft'`,
  )
    .bind(
      JSON.stringify(await protectIdentifiers(env.PII_KEY, form)),
      shopName,
      address,
      appNowIso(env),
      row.id,
    )
    .run();
}

/**
 * 删除草稿: the applicant's draft and its history go, in one batch with the audit record; a
 * draft submitted meanwhile (another tab, the outbox) is not deleted (CONFLICT).
 */
export async function deleteDraft(c: Ctx, row: ApplicationRow): Promise<void> {
  const d1 = c.env.DB;
  try {
    await d1.batch([
      d1.prepare('DELETE FROM application_events WHERE application_id = ?').bind(row.id),
      d1
        .prepare(`DELETE FROM applications WHERE id = ? AND applicant_id = ? AND status = 'draft'`)
        .bind(row.id, row.applicant_id),
      assertInBatch(d1, 'draft_deleted', 'changes() = 1'),
      d1
        .prepare(
          `INSERT INTO audit_log (at, actor_kind, actor_id, event, subject_type, subject_id,
             request_id, ip, detail_json) VALUES (?, 'applicant', ?, ?, 'application', ?, ?, ?, ?)`,
        )
        .bind(
          appNowIso(c.env),
          row.applicant_id,
          'application_draft_deleted' satisfies AuditEvent,
          row.id,
          c.get('requestId'),
          c.req.header('cf-connecting-ip') ?? null,
          JSON.stringify({ ref: row.ref, type: row.type }),
        ),
    ]);
  } catch (err) {
    if (isAssertionFailure(err)) throw new AppError('CONFLICT');
    throw err;
  }
}
