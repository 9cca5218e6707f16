import { Hono } from 'hono';
import { z } from 'zod';
import { ATTACHMENT_KINDS } from '../../../core/attachments';
import type { AppEnv } from '../../app-env';
import { toHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { applicantOf, requireApplicant, requireSignedIn } from '../../middleware/auth';
import { findApplication } from '../applications/applications.repo';
import { caseReadIsAudited, mayReadEvidence } from '../../../core/access';
import { scopeOf, whoOf } from '../applications/applications.access';
import { audit } from '../audit/audit.service';

/** Largest upload: the PWA compresses photos to ≤ 2000 px JPEG, far below this. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

const uploadQuery = z.object({ kind: z.enum(ATTACHMENT_KINDS) }).strict();

/** The real type of a file from its first bytes; the declared content type is not trusted. */
export function sniffType(bytes: Uint8Array): string | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

export const attachmentRoutes = new Hono<AppEnv>()
  .post('/my/attachments', requireApplicant, async (c) => {
    const p = applicantOf(c);
    const { kind } = query(c, uploadQuery);
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > ATTACHMENT_MAX_BYTES) throw new AppError('ATTACHMENT_TOO_LARGE');
    const type = sniffType(body);
    if (!type || body.byteLength < 64) throw new AppError('ATTACHMENT_TYPE');
    const id = crypto.randomUUID();
    const sha256 = toHex(await crypto.subtle.digest('SHA-256', body));
    const key = `attachments/${p.id}/${id}`;
    await c.env.EVIDENCE.put(key, body, {
      httpMetadata: { contentType: type },
      customMetadata: { applicantId: p.id, kind, sha256 },
    });
    await c.env.DB.prepare(
      `INSERT INTO attachments (id, applicant_id, kind, content_type, size, sha256, r2_key)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
      .bind(id, p.id, kind, type, body.byteLength, sha256, key)
      .run();
    return c.json({ id, kind, contentType: type, size: body.byteLength, sha256 }, 201);
  })
  // The applicant who uploaded it, or staff who may read the case it belongs to.
  .get('/attachments/:id', requireSignedIn, async (c) => {
    const p = c.get('principal');
    const row = await c.env.DB.prepare(
      'SELECT applicant_id, application_id, content_type, r2_key FROM attachments WHERE id = ?',
    )
      .bind(c.req.param('id'))
      .first<{
        applicant_id: string;
        application_id: string | null;
        content_type: string;
        r2_key: string;
      }>();
    if (!row || !p) throw new AppError('NOT_FOUND');
    const app =
      p.kind === 'staff' && row.application_id
        ? await findApplication(c.env.DB, row.application_id)
        : null;
    const who = whoOf(p);
    if (!mayReadEvidence(who, app && scopeOf(app), row.applicant_id)) {
      throw new AppError('NOT_FOUND');
    }
    if (caseReadIsAudited(who)) {
      await audit(c, {
        event: 'evidence_read_admin',
        subjectType: 'attachment',
        subjectId: c.req.param('id'),
        detail: { applicationId: row.application_id },
      });
    }
    const obj = await c.env.EVIDENCE.get(row.r2_key);
    if (!obj) throw new AppError('NOT_FOUND');
    return new Response(obj.body, {
      headers: { 'content-type': row.content_type, 'cache-control': 'private, no-store' },
    });
  });
