/** The applicant's inbox (消息), as stored: both languages of every message. */

export interface NotificationRow {
  id: string;
  application_id: string | null;
  template: string;
  title_zh: string;
  body_zh: string;
  title_en: string;
  body_en: string;
  created_at: string;
  read_at: string | null;
}

/** The applicant's latest 100 messages, newest first. */
export async function notificationsOf(
  d1: D1Database,
  applicantId: string,
): Promise<NotificationRow[]> {
  const res = await d1
    .prepare(
      `SELECT id, application_id, template, title_zh, body_zh, title_en, body_en, created_at, read_at
       FROM notifications WHERE applicant_id = ? ORDER BY created_at DESC LIMIT 100`,
    )
    .bind(applicantId)
    .all<NotificationRow>();
  return res.results;
}

/** Marks one of the applicant's messages read (the first reading counts); false if not theirs. */
export async function markRead(
  d1: D1Database,
  applicantId: string,
  id: string,
  at: string,
): Promise<boolean> {
  const res = await d1
    .prepare(
      `UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND applicant_id = ?`,
    )
    .bind(at, id, applicantId)
    .run();
  return res.meta.changes === 1;
}
