import { Hono } from 'hono';
import {
  resubmitSchema,
  submissionSchema,
  type ApplicationDetail,
  type SubmissionAnswer,
} from '../../../core/api';
import { nextStatus } from '../../../core/application-state';
import { ACTOR_NAMES } from '../../../core/roles';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant } from '../../middleware/auth';
import { workCalendar } from '../calendar/calendar.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import { caseMessage, smsAfterCommit } from '../notifications/notify';
import { findApplication, findWithEvents } from './applications.repo';
import { applicantCase, guardedCase } from './applications.guard';
import { applyTransition, type Transition } from './applications.transition';
import { toDetail } from './applications.view';
import {
  checkSubmission,
  findByIdempotencyKey,
  loadSubmissionFacts,
  submissionColumns,
  withDraftIdentifiers,
} from './submission.service';
import { commitNewSubmission, type Committed } from './submission.commit';
import { alreadyDone, onceOnly, requestInsert } from './applicant-requests';
import { consentInsert } from '../consents/consents.repo';
import { appNowIso, appToday } from '../../lib/clock';
import { stampSopVersionStatement } from '../sop/sop.repo';

async function detail(c: Ctx, id: string): Promise<ApplicationDetail> {
  const found = await findWithEvents(c.env.DB, id);
  if (!found) throw new AppError('NOT_FOUND');
  const db = getDb(c.env.DB);
  const [cal, all] = await Promise.all([workCalendar(db), allJurisdictions(db)]);
  return toDetail(found.row, found.events, cal, appToday(c.env), all, 'applicant');
}

/** A (re)submission without every consent ticked answers CONSENT_REQUIRED, not a bare 400. */
const CONSENT_CODE = { codeFor: { consent: 'CONSENT_REQUIRED' as const } };

const audit = (c: Ctx) => ({
  event: 'application_transition' as const,
  requestId: c.get('requestId'),
  ip: c.req.header('cf-connecting-ip') ?? null,
});

export const applicationSubmitRoutes = new Hono<AppEnv>()
  .use(requireApplicant)
  // Idempotent: the same key always answers the same application, however often it is sent
  // (the PWA retries queued submissions after a lost connection).
  .post('/submissions', json(submissionSchema, CONSENT_CODE), async (c) => {
    const p = applicantOf(c);
    const input = c.req.valid('json');
    const d1 = c.env.DB;
    const facts = await loadSubmissionFacts(d1, p.id, input.licenceId, input.idempotencyKey);
    const existing = facts.existing;
    if (existing && existing.applicant_id !== p.id) throw new AppError('CONFLICT');
    if (existing && existing.status !== 'draft') {
      const replayed: SubmissionAnswer = {
        application: await detail(c, existing.id),
        replayed: true,
      };
      return c.json(replayed);
    }
    // An existing draft (named by the client, or left by an interrupted earlier try) is
    // submitted as what it is: its business type and licence, never another's.
    const draftId = existing?.id ?? input.draftId;
    const draft = draftId ? await findApplication(d1, draftId) : null;
    if (draftId && (!draft || draft.applicant_id !== p.id)) throw new AppError('NOT_FOUND');
    if (draft && draft.status !== 'draft') throw new AppError('ILLEGAL_TRANSITION');
    if (draft && (draft.type !== input.type || draft.licence_id !== (input.licenceId ?? null))) {
      throw new AppError('VALIDATION_FAILED', [
        { path: 'type', message: 'the form does not match the draft’s business type or licence' },
      ]);
    }
    const form = draft ? await withDraftIdentifiers(c.env.PII_KEY, draft, input.form) : input.form;
    const cal = await workCalendar(getDb(d1));
    const today = appToday(c.env);
    const checked = await checkSubmission(c, facts, input.type, form, cal, today);

    const cols = submissionColumns(checked, cal, today);
    const at = appNowIso(c.env);
    const transition = (id: string, ref: string, version: number): Transition => ({
      applicationId: id,
      expectedVersion: version,
      from: 'draft',
      to: 'submitted',
      action: 'submit',
      actor: { kind: 'applicant', id: p.id, name: ACTOR_NAMES.applicant },
      reason: null,
      at,
      set: { ...cols, idempotency_key: input.idempotencyKey },
      extra: [
        ...checked.extra(id),
        // The SOP in force now stays the case's (a later change applies to new cases only).
        stampSopVersionStatement(d1, id),
        // The consent it came with, in the same transaction (privacy.ts).
        consentInsert(d1, {
          applicantId: p.id,
          applicationId: id,
          purpose: 'submission',
          consent: input.consent,
          at,
          requestId: c.get('requestId'),
        }),
      ],
      notify: caseMessage(p.id, 'submitted', { ref, type: input.type, deadline: cols.deadline }),
      audit: audit(c),
    });
    const replay = async (err: unknown) => {
      // A parallel retry with the same key got there first: answer what it made.
      const done = await findByIdempotencyKey(d1, input.idempotencyKey);
      if (done && done.applicant_id === p.id && done.status !== 'draft') {
        const replayed: SubmissionAnswer = {
          application: await detail(c, done.id),
          replayed: true,
        };
        return c.json(replayed);
      }
      throw err;
    };

    if (draft) {
      const t = transition(draft.id, draft.ref, draft.version);
      try {
        await applyTransition(d1, t);
      } catch (err) {
        return replay(err);
      }
      await smsAfterCommit(c, t.notify, p.phone);
      const submitted: SubmissionAnswer = {
        application: await detail(c, draft.id),
        replayed: false,
      };
      return c.json(submitted, 201);
    }

    // The common case: create and submit in one transaction (submission.commit.ts).
    const id = crypto.randomUUID();
    let committed: Committed;
    try {
      committed = await commitNewSubmission(c.env, {
        id,
        applicantId: p.id,
        phone: p.phone,
        type: input.type,
        licenceId: input.licenceId,
        idempotencyKey: input.idempotencyKey,
        checked,
        today,
        transition: (ref) => transition(id, ref, 1),
      });
    } catch (err) {
      return replay(err);
    }
    if (!committed.smsStaged) await smsAfterCommit(c, committed.transition.notify, p.phone);
    const created = committed.created;
    if (!created) throw new AppError('NOT_FOUND');
    const db = getDb(d1);
    const [calNow, all] = await Promise.all([workCalendar(db), allJurisdictions(db)]);
    const answer: SubmissionAnswer = {
      application: toDetail(created.row, created.events, calNow, today, all, 'applicant'),
      replayed: false,
    };
    return c.json(answer, 201);
  })
  // 补正: the corrected form goes back to the window, which then has 5 working days again.
  // Once per idempotency key: the outbox resends it until it lands (applicant-requests.ts).
  .post('/:id/resubmit', applicantCase(), json(resubmitSchema, CONSENT_CODE), async (c) => {
    const p = applicantOf(c);
    const row = guardedCase(c);
    const input = c.req.valid('json');
    const d1 = c.env.DB;
    const key = input.idempotencyKey;
    const answer = async (replayed: boolean) => {
      const body: SubmissionAnswer = { application: await detail(c, row.id), replayed };
      return c.json(body);
    };
    if (await alreadyDone(d1, key, row, 'resubmit')) return answer(true);
    const next = nextStatus(row.status, 'resubmit');
    if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', undefined, next.reason);
    const cal = await workCalendar(getDb(d1));
    const today = appToday(c.env);
    const facts = await loadSubmissionFacts(d1, p.id, row.licence_id ?? undefined, null);
    const checked = await checkSubmission(c, facts, row.type, input.form, cal, today);
    const cols = submissionColumns(checked, cal, today);
    const at = appNowIso(c.env);
    const notify = caseMessage(p.id, 'resubmitted', {
      ref: row.ref,
      type: row.type,
      deadline: cols.deadline,
    });
    const replayed = await onceOnly(d1, key, row, 'resubmit', () =>
      applyTransition(d1, {
        at,
        applicationId: row.id,
        expectedVersion: input.version,
        from: row.status,
        to: next.to,
        action: 'resubmit',
        actor: { kind: 'applicant', id: p.id, name: ACTOR_NAMES.applicant },
        reason: null,
        set: cols,
        extra: [
          ...checked.extra(row.id),
          requestInsert(d1, {
            key,
            applicantId: p.id,
            applicationId: row.id,
            action: 'resubmit',
            at: appNowIso(c.env),
          }),
          consentInsert(d1, {
            applicantId: p.id,
            applicationId: row.id,
            purpose: 'resubmission',
            consent: input.consent,
            at,
            requestId: c.get('requestId'),
          }),
        ],
        notify,
        audit: audit(c),
      }),
    );
    if (!replayed) await smsAfterCommit(c, notify, p.phone);
    return answer(replayed);
  });
