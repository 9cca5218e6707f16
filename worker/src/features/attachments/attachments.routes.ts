import { Hono } from 'hono';
import { z } from 'zod';
import { ATTACHMENT_KINDS } from '../../../core/attachments';
import type { UploadedAttachment } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { toHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { applicantOf, requireApplicant, requireSignedIn } from '../../middleware/auth';
import { ATTACHMENT_CSP } from '../../middleware/security-policy';
import { findApplication } from '../applications/applications.repo';
import { caseReadIsAudited, mayReadEvidence } from '../../../core/access';
import { scopeOf, whoOf } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import {
  ATTACHMENT_MAX_BYTES,
  contentDisposition,
  isAttachmentType,
  sniffType,
} from './attachment-types';
import { findAttachment } from './attachments.repo';
import { insertWithinQuota, removeAttachmentRow } from './attachments.quota';

const uploadQuery = z.object({ kind: z.enum(ATTACHMENT_KINDS) }).strict();

export const attachmentRoutes = new Hono<AppEnv>()
  .post('/my/attachments', requireApplicant, query(uploadQuery), async (c) => {
    const p = applicantOf(c);
    const { kind } = c.req.valid('query');
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > ATTACHMENT_MAX_BYTES) throw new AppError('ATTACHMENT_TOO_LARGE');
    const type = sniffType(body);
    if (!type || body.byteLength < 64) throw new AppError('ATTACHMENT_TYPE');
    const id = crypto.randomUUID();
    const sha256 = toHex(await crypto.subtle.digest('SHA-256', body));
    const key = `attachments/${p.id}/${id}`;
    // The row first: it is where the quota is decided; refused, nothing reaches R2.
    const size = body.byteLength;
    await insertWithinQuota(c.env, { id, applicantId: p.id, kind, type, size, sha256, r2Key: key });
    try {
      await c.env.EVIDENCE.put(key, body, {
        httpMetadata: { contentType: type },
        customMetadata: { applicantId: p.id, kind, sha256 },
      });
    } catch (err) {
      await removeAttachmentRow(c.env, id);
      throw err;
    }
    const uploaded: UploadedAttachment = { id, kind, contentType: type, size, sha256 };
    return c.json(uploaded, 201);
  })
  // The applicant who uploaded it, or staff who may read the case it belongs to.
  .get('/attachments/:id', requireSignedIn, async (c) => {
    const p = c.get('principal');
    const row = await findAttachment(c.env.DB, c.req.param('id'));
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
    if (!obj || !isAttachmentType(row.content_type)) throw new AppError('NOT_FOUND');
    // The sniffed type stored at upload, never R2's metadata or the uploader's claim; opened on
    // its own, the file runs in a sandbox with nothing allowed.
    return new Response(obj.body, {
      headers: {
        'content-type': row.content_type,
        'content-disposition': contentDisposition(row.kind, row.id, row.content_type),
        'content-security-policy': ATTACHMENT_CSP,
        'cache-control': 'private, no-store',
      },
    });
  });
