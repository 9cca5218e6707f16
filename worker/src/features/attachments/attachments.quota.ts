/**
 * Per-applicant upload quota. Uploads are free to make and land in R2, so an account (or a
 * script behind one) could otherwise fill the bucket. Two limits, both configurable:
 * - pending: uploads not yet on a submitted application, counted over the last
 *   PENDING_WINDOW_DAYS only — retaken photos and abandoned drafts then stop counting after a
 *   while instead of blocking the applicant for good (there is no delete to free them);
 * - daily bytes: everything uploaded since midnight in China.
 * The row is inserted only when both hold, in one statement, so parallel uploads cannot slip
 * past; the caller stores the bytes after the row and removes the row if that fails.
 */
import type { Env } from '../../env';
import { config } from '../../env';
import { appNow, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { AttachmentType } from './attachment-types';

export const PENDING_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export interface NewAttachment {
  id: string;
  applicantId: string;
  kind: string;
  type: AttachmentType;
  size: number;
  sha256: string;
  r2Key: string;
}

/** Midnight in China (UTC+8) of the app's today, and of the next day, as instants. */
function chinaDay(env: Env): { start: Date; end: Date } {
  const start = new Date(`${appToday(env)}T00:00:00+08:00`);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/** Records the attachment if the applicant's quota allows it, else throws the limit hit. */
export async function insertWithinQuota(env: Env, a: NewAttachment): Promise<void> {
  const cfg = config(env);
  const now = appNow(env);
  const day = chinaDay(env);
  const pendingSince = new Date(now.getTime() - PENDING_WINDOW_DAYS * DAY_MS).toISOString();
  const dayStart = day.start.toISOString();
  const pendingSql = `SELECT COUNT(*) FROM attachments WHERE applicant_id = ?
    AND application_id IS NULL AND created_at >= ?`;
  const bytesSql = `SELECT COALESCE(SUM(size), 0) FROM attachments WHERE applicant_id = ?
    AND created_at >= ?`;
  const inserted = await env.DB.prepare(
    `INSERT INTO attachments (id, applicant_id, kind, content_type, size, sha256, r2_key,
       created_at)
     SELECT ?, ?, ?, ?, ?, ?, ?, ?
     WHERE (${pendingSql}) < ? AND (${bytesSql}) + ? <= ?
     RETURNING id`,
  )
    .bind(
      a.id,
      a.applicantId,
      a.kind,
      a.type,
      a.size,
      a.sha256,
      a.r2Key,
      now.toISOString(),
      a.applicantId,
      pendingSince,
      cfg.attachmentMaxPending,
      a.applicantId,
      dayStart,
      a.size,
      cfg.attachmentDailyBytes,
    )
    .first<{ id: string }>();
  if (inserted) return;
  const pending = await env.DB.prepare(pendingSql.replace('COUNT(*)', 'COUNT(*) AS n'))
    .bind(a.applicantId, pendingSince)
    .first<{ n: number }>();
  if ((pending?.n ?? 0) >= cfg.attachmentMaxPending) throw new AppError('ATTACHMENT_PENDING_LIMIT');
  const untilMidnight = Math.ceil((day.end.getTime() - now.getTime()) / 1000);
  throw new AppError('ATTACHMENT_DAILY_LIMIT', undefined, undefined, Math.max(1, untilMidnight));
}

/** Undoes `insertWithinQuota` when the bytes could not be stored. */
export async function removeAttachmentRow(env: Env, id: string): Promise<void> {
  await env.DB.prepare('DELETE FROM attachments WHERE id = ? AND application_id IS NULL')
    .bind(id)
    .run();
}
