/**
 * The thread of a case (留言): the applicant writes to the handling unit (text and an optional
 * photo), clerks and approvers of the case's county answer from the case page; both read it,
 * and opening it marks the other side's messages read. Unread counts feed the applicant's
 * inbox and the staff workbench.
 */
import { Hono } from 'hono';
import { countyScope, mayWriteThread } from '../../../core/access';
import { applicantMessageSchema, staffMessageSchema, type ThreadView } from '../../../core/thread';
import type { AppEnv, Ctx } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant, requireStaff, staffOf } from '../../middleware/auth';
import { scopeOf, whoOf } from '../applications/applications.access';
import { applicantCase, guardedCase, staffCase } from '../applications/applications.guard';
import type { ApplicationRow } from '../applications/applications.repo';
import { pushToApplicant } from '../push/push.repo';
import {
  applicantUnread,
  insertMessage,
  markThreadRead,
  messageByKey,
  messagesOf,
  staffUnread,
} from './thread.repo';

async function threadOf(c: Ctx, row: ApplicationRow, reader: 'applicant' | 'staff') {
  const p = c.get('principal');
  const mayWrite = p ? mayWriteThread(whoOf(p), scopeOf(row)) : false;
  // Only those who answer for the unit clear its unread marks (an admin's look does not).
  if (mayWrite) await markThreadRead(c.env.DB, row.id, reader, appNowIso(c.env));
  const view: ThreadView = {
    applicationId: row.id,
    ref: row.ref,
    messages: await messagesOf(c.env.DB, row.id),
    mayWrite,
  };
  return view;
}

const notDraft = (row: ApplicationRow) => {
  if (row.status === 'draft') throw new AppError('THREAD_NOT_OPEN');
};

export const threadApplicantRoutes = new Hono<AppEnv>()
  .get('/:id/messages', requireApplicant, applicantCase(), async (c) =>
    c.json(await threadOf(c, guardedCase(c), 'applicant')),
  )
  .post(
    '/:id/messages',
    requireApplicant,
    applicantCase(notDraft),
    json(applicantMessageSchema),
    async (c) => {
      const row = guardedCase(c);
      const p = applicantOf(c);
      const input = c.req.valid('json');
      // A retry from the outbox: answer the message it already made.
      const prior = await messageByKey(c.env.DB, input.idempotencyKey);
      if (prior) {
        if (prior.applicationId !== row.id || prior.authorId !== p.id) {
          throw new AppError('IDEMPOTENCY_KEY_REUSED');
        }
        return c.json(prior, 200);
      }
      const msg = await insertMessage(c.env.DB, {
        applicationId: row.id,
        authorKind: 'applicant',
        authorId: p.id,
        authorName: '申请人',
        body: input.body,
        attachmentId: input.attachmentId,
        idempotencyKey: input.idempotencyKey,
        at: appNowIso(c.env),
      });
      return c.json(msg, 201);
    },
  );

/** The applicant's unread answers, for the inbox and the tab bar's badge. */
export const myThreadRoutes = new Hono<AppEnv>()
  .use(requireApplicant)
  .get('/', async (c) => c.json(await applicantUnread(c.env.DB, applicantOf(c).id)));

export const threadStaffRoutes = new Hono<AppEnv>()
  .get('/:id/messages', requireStaff(), staffCase('thread'), async (c) =>
    c.json(await threadOf(c, guardedCase(c), 'staff')),
  )
  .post(
    '/:id/messages',
    requireStaff(),
    staffCase('thread_answer', (c, row) => {
      if (!mayWriteThread(whoOf(staffOf(c)), scopeOf(row))) throw new AppError('FORBIDDEN');
    }),
    json(staffMessageSchema),
    async (c) => {
      const row = guardedCase(c);
      const s = staffOf(c);
      const at = appNowIso(c.env);
      const msg = await insertMessage(c.env.DB, {
        applicationId: row.id,
        authorKind: 'staff',
        authorId: s.id,
        authorName: s.displayName,
        body: c.req.valid('json').body,
        at,
      });
      await markThreadRead(c.env.DB, row.id, 'staff', at);
      const zh = { title: '窗口回复了您的留言', body: `申请${row.ref}：${msg.body.slice(0, 80)}` };
      await c.env.DB.prepare(
        `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh, body_zh,
           title_en, body_en, created_at) VALUES (?, ?, ?, 'thread_reply', ?, ?, ?, ?, ?)`,
      )
        .bind(
          crypto.randomUUID(),
          row.applicant_id,
          row.id,
          zh.title,
          zh.body,
          'The bureau answered your message',
          `Application ${row.ref}: ${msg.body.slice(0, 80)}`,
          at,
        )
        .run();
      c.executionCtx.waitUntil(
        pushToApplicant(c.env, row.applicant_id, {
          ...zh,
          url: `/apply/${row.id}#thread`,
          tag: `thread-${row.id}`,
        }),
      );
      return c.json(msg, 201);
    },
  );

/** The workbench's count of applicants' messages waiting in the caller's counties. */
export const staffThreadRoutes = new Hono<AppEnv>()
  .use(requireStaff('clerk', 'approver'))
  .get('/', async (c) => c.json(await staffUnread(c.env.DB, countyScope(whoOf(staffOf(c))))));
