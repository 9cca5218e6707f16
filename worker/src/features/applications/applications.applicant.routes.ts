import { Hono } from 'hono';
import {
  applicantActionSchema,
  draftCreateSchema,
  draftUpdateSchema,
  type ApplicationAnswer,
  type DraftDeletedAnswer,
  type QueueList,
  type SubmissionAnswer,
} from '../../../core/api';
import { nextStatus } from '../../../core/application-state';
import { ACTOR_NAMES } from '../../../core/roles';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant } from '../../middleware/auth';
import { workCalendar } from '../calendar/calendar.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import { findApplication, listByApplicant, type ApplicationRow } from './applications.repo';
import { applyTransition } from './applications.transition';
import { applicantCase, guardedCase, ownCase } from './applications.guard';
import {
  checkFormIdentifiers,
  createDraft,
  deleteDraft,
  saveDraftForm,
} from './applications.drafts';
import { alreadyDone, onceOnly, requestInsert } from './applicant-requests';
import { callOffChecks } from './case-checks';
import { caseDetail, toQueueItem } from './applications.view';
import { caseMessage } from '../notifications/notify';
import { appNowIso, appToday } from '../../lib/clock';

/** Only a draft autosaves (or is deleted); anything else has been sent. */
function draftOnly(row: ApplicationRow): void {
  if (row.status !== 'draft') throw new AppError('ILLEGAL_TRANSITION');
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
    const list: QueueList = { items: rows.map((r) => toQueueItem(r, cal, today, all)) };
    return c.json(list);
  })
  // Starts a draft (草稿). Types other than 新办 start from one of the applicant's licences.
  .post('/', json(draftCreateSchema, { codeFor: { type: 'UNKNOWN_BUSINESS_TYPE' } }), async (c) => {
    const p = applicantOf(c);
    const input = c.req.valid('json');
    const today = appToday(c.env);
    checkFormIdentifiers(input.form, today);
    // A draft made offline may be synced twice: the second time answers the first.
    const existing = input.id ? await findApplication(c.env.DB, input.id) : null;
    if (existing && existing.applicant_id !== p.id) throw new AppError('CONFLICT');
    if (existing) {
      const answer: ApplicationAnswer = {
        application: await caseDetail(c.env.DB, existing, today, 'applicant'),
      };
      return c.json(answer);
    }
    const id = await createDraft(c, p.id, input, today);
    const created: ApplicationAnswer = {
      application: await caseDetail(c.env.DB, await ownCase(c, id), today, 'applicant'),
    };
    return c.json(created, 201);
  })
  .get('/:id', async (c) => {
    const row = await ownCase(c, c.req.param('id'));
    const answer: ApplicationAnswer = {
      application: await caseDetail(c.env.DB, row, appToday(c.env), 'applicant'),
    };
    return c.json(answer);
  })
  // Autosave of a draft (草稿): last write wins; nothing but the form changes.
  .put('/:id', applicantCase(draftOnly), json(draftUpdateSchema), async (c) => {
    const row = guardedCase(c);
    const { form } = c.req.valid('json');
    const today = appToday(c.env);
    checkFormIdentifiers(form, today);
    await saveDraftForm(c.env, row, form);
    const answer: ApplicationAnswer = {
      application: await caseDetail(c.env.DB, await ownCase(c, row.id), today, 'applicant'),
    };
    return c.json(answer);
  })
  // 删除草稿: a draft the applicant no longer wants is gone, not withdrawn (it was never sent).
  .delete('/:id', applicantCase(draftOnly), async (c) => {
    const row = guardedCase(c);
    await deleteDraft(c, row);
    const answer: DraftDeletedAnswer = { deleted: row.id };
    return c.json(answer);
  })
  // 撤回: the applicant may withdraw any case not yet decided; once per idempotency key (the
  // outbox resends it until it lands, applicant-requests.ts).
  .post('/:id/actions', applicantCase(), json(applicantActionSchema), async (c) => {
    const p = applicantOf(c);
    const row = guardedCase(c);
    const input = c.req.valid('json');
    const d1 = c.env.DB;
    const key = input.idempotencyKey;
    const answer = async (replayed: boolean) => {
      const body: SubmissionAnswer = {
        application: await caseDetail(d1, await ownCase(c, row.id), appToday(c.env), 'applicant'),
        replayed,
      };
      return c.json(body);
    };
    if (await alreadyDone(d1, key, row, 'withdraw')) return answer(true);
    const next = nextStatus(row.status, input.action);
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', undefined, next.reason);
    const at = appNowIso(c.env);
    const replayed = await onceOnly(d1, key, row, 'withdraw', () =>
      applyTransition(d1, {
        at,
        applicationId: row.id,
        expectedVersion: input.version,
        from: row.status,
        to: next.to,
        action: input.action,
        actor: { kind: 'applicant', id: p.id, name: ACTOR_NAMES.applicant },
        reason: input.reason ?? null,
        set: { deadline: null },
        extra: [
          requestInsert(d1, {
            key,
            applicantId: p.id,
            applicationId: row.id,
            action: 'withdraw',
            at: appNowIso(c.env),
          }),
          ...callOffChecks(d1, row.id, 'case_withdrawn', at),
        ],
        notify: caseMessage(p.id, 'withdrawn', { ref: row.ref, type: row.type }),
        audit: {
          event: 'application_transition',
          requestId: c.get('requestId'),
          ip: c.req.header('cf-connecting-ip') ?? null,
        },
      }),
    );
    return answer(replayed);
  });
