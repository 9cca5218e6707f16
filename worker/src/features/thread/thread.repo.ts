/** The case thread (留言) as stored: messages, read marks, unread counts. */
import type { ThreadMessage, ThreadUnread } from '../../../core/thread';
import { assertInBatch, isAssertionFailure } from '../../lib/batch';
import { AppError } from '../../lib/errors';

interface MessageRow {
  id: string;
  author_kind: 'applicant' | 'staff';
  author_name: string;
  body: string;
  attachment_id: string | null;
  created_at: string;
  read_at: string | null;
  application_id: string;
}

const view = (r: MessageRow): ThreadMessage => ({
  id: r.id,
  from: r.author_kind,
  authorName: r.author_name,
  body: r.body,
  attachmentId: r.attachment_id,
  createdAt: r.created_at,
  read: r.read_at !== null,
});

/** The case's messages, oldest first (a case's thread stays short: at most 500 shown). */
export async function messagesOf(d1: D1Database, applicationId: string): Promise<ThreadMessage[]> {
  const res = await d1
    .prepare(
      `SELECT * FROM case_messages WHERE application_id = ? ORDER BY created_at, rowid LIMIT 500`,
    )
    .bind(applicationId)
    .all<MessageRow>();
  return res.results.map(view);
}

/** Marks the other side's messages read by `reader` (the first reading counts). */
export async function markThreadRead(
  d1: D1Database,
  applicationId: string,
  reader: 'applicant' | 'staff',
  at: string,
): Promise<void> {
  await d1
    .prepare(
      `UPDATE case_messages SET read_at = ? WHERE application_id = ? AND author_kind != ?
       AND read_at IS NULL`,
    )
    .bind(at, applicationId, reader)
    .run();
}

export interface NewMessage {
  applicationId: string;
  authorKind: 'applicant' | 'staff';
  authorId: string;
  authorName: string;
  body: string;
  attachmentId?: string | undefined;
  idempotencyKey?: string | undefined;
  at: string;
}

/**
 * Stores a message. A photo must be the author's own `messagePhoto` image, not yet on another
 * case; it joins the case (so the case's staff may read it) in the same batch.
 */
export async function insertMessage(d1: D1Database, m: NewMessage): Promise<ThreadMessage> {
  const id = crypto.randomUUID();
  const stmts = [];
  if (m.attachmentId) {
    stmts.push(
      assertInBatch(
        d1,
        'thread_photo',
        `EXISTS (SELECT 1 FROM attachments WHERE id = ? AND applicant_id = ? AND kind = 'messagePhoto'
           AND content_type IN ('image/jpeg', 'image/png', 'image/webp')
           AND (application_id IS NULL OR application_id = ?))`,
        m.attachmentId,
        m.authorId,
        m.applicationId,
      ),
      d1
        .prepare('UPDATE attachments SET application_id = ? WHERE id = ?')
        .bind(m.applicationId, m.attachmentId),
    );
  }
  stmts.push(
    d1
      .prepare(
        `INSERT INTO case_messages (id, application_id, author_kind, author_id, author_name, body,
           attachment_id, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        id,
        m.applicationId,
        m.authorKind,
        m.authorId,
        m.authorName,
        m.body,
        m.attachmentId ?? null,
        m.idempotencyKey ?? null,
        m.at,
      ),
  );
  try {
    await d1.batch(stmts);
  } catch (err) {
    if (isAssertionFailure(err)) throw new AppError('THREAD_PHOTO_INVALID');
    throw err;
  }
  return {
    id,
    from: m.authorKind,
    authorName: m.authorName,
    body: m.body,
    attachmentId: m.attachmentId ?? null,
    createdAt: m.at,
    read: false,
  };
}

/** A message already stored under the applicant's idempotency key, with its case. */
export async function messageByKey(
  d1: D1Database,
  key: string,
): Promise<(ThreadMessage & { applicationId: string; authorId: string }) | null> {
  const r = await d1
    .prepare('SELECT * FROM case_messages WHERE idempotency_key = ?')
    .bind(key)
    .first<MessageRow & { author_id: string }>();
  return r ? { ...view(r), applicationId: r.application_id, authorId: r.author_id } : null;
}

/** Staff messages the applicant has not read yet, per case. */
export async function applicantUnread(d1: D1Database, applicantId: string): Promise<ThreadUnread> {
  const res = await d1
    .prepare(
      `SELECT a.id AS applicationId, a.ref, a.shop_name AS shopName, COUNT(*) AS unread,
         MAX(m.created_at) AS lastAt
       FROM case_messages m JOIN applications a ON a.id = m.application_id
       WHERE a.applicant_id = ? AND m.author_kind = 'staff' AND m.read_at IS NULL
       GROUP BY a.id ORDER BY lastAt DESC`,
    )
    .bind(applicantId)
    .all<ThreadUnread['cases'][number]>();
  return { total: res.results.reduce((n, r) => n + r.unread, 0), cases: res.results };
}

/** Applicants' messages not yet read by the unit, in the given counties' cases. */
export async function staffUnread(
  d1: D1Database,
  counties: readonly string[],
): Promise<ThreadUnread> {
  if (counties.length === 0) return { total: 0, cases: [] };
  const res = await d1
    .prepare(
      `SELECT a.id AS applicationId, a.ref, a.shop_name AS shopName, COUNT(*) AS unread,
         MAX(m.created_at) AS lastAt
       FROM case_messages m JOIN applications a ON a.id = m.application_id
       WHERE m.author_kind = 'applicant' AND m.read_at IS NULL
         AND a.jurisdiction_code IN (SELECT value FROM json_each(?))
       GROUP BY a.id ORDER BY lastAt LIMIT 100`,
    )
    .bind(JSON.stringify(counties))
    .all<ThreadUnread['cases'][number]>();
  const total = await d1
    .prepare(
      `SELECT COUNT(*) AS n FROM case_messages m JOIN applications a ON a.id = m.application_id
       WHERE m.author_kind = 'applicant' AND m.read_at IS NULL
         AND a.jurisdiction_code IN (SELECT value FROM json_each(?))`,
    )
    .bind(JSON.stringify(counties))
    .first<{ n: number }>();
  return { total: total?.n ?? 0, cases: res.results };
}
