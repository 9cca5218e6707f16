/** Attachment rows (the bytes live in R2 under `r2_key`). */

export interface AttachmentRow {
  id: string;
  applicant_id: string;
  application_id: string | null;
  kind: string;
  content_type: string;
  r2_key: string;
}

export async function findAttachment(d1: D1Database, id: string): Promise<AttachmentRow | null> {
  return d1
    .prepare(
      'SELECT id, applicant_id, application_id, kind, content_type, r2_key FROM attachments WHERE id = ?',
    )
    .bind(id)
    .first<AttachmentRow>();
}
