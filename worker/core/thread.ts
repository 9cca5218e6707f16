/** The thread between an applicant and the unit handling the case (留言): requests and answers. */
import { z } from 'zod';
import { longText } from './fields';

export const THREAD_MESSAGE_MAX = 1000;

/** An applicant's message (sent through the offline outbox, hence the idempotency key). */
export const applicantMessageSchema = z
  .object({
    idempotencyKey: z.uuid(),
    body: longText(1, THREAD_MESSAGE_MAX),
    /** A photo uploaded first as an attachment of kind `messagePhoto`. */
    attachmentId: z.string().min(1).max(64).optional(),
  })
  .strict();

/** A staff answer. */
export const staffMessageSchema = z.object({ body: longText(1, THREAD_MESSAGE_MAX) }).strict();

export interface ThreadMessage {
  id: string;
  from: 'applicant' | 'staff';
  /** The staff member's name, or 申请人. */
  authorName: string;
  body: string;
  attachmentId: string | null;
  createdAt: string;
  /** Read by the other side. */
  read: boolean;
}

export interface ThreadView {
  applicationId: string;
  ref: string;
  messages: ThreadMessage[];
  /** Whether the caller may write (the applicant on their case, staff of its county). */
  mayWrite: boolean;
}

/** Cases with messages the caller has not read (applicant) or not answered (staff). */
export interface ThreadUnread {
  total: number;
  cases: { applicationId: string; ref: string; shopName: string; unread: number; lastAt: string }[];
}
