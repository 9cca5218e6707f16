/**
 * 现场照片: photos an officer takes for a checklist item, compressed on the phone and uploaded
 * once per device key — a replayed upload (the answer was lost on the way) answers the photo it
 * made and stores nothing twice. Only the task's officers may upload, while the task can still be
 * recorded; whoever may read the task (its officers, staff of its county, admins) may view them.
 * The bytes must be an image (told from the bytes, not the declared type).
 */
import { Hono } from 'hono';
import { checklistOf } from '../../../core/checklist';
import { caseReadIsAudited } from '../../../core/access';
import { mayPerformOnTask, nextTaskState } from '../../../core/tasks';
import { TASK_PHOTO_MAX, TASK_PHOTO_MAX_BYTES, taskPhotoQuery } from '../../../core/task-record';
import type { AppEnv } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { toHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { ATTACHMENT_CSP } from '../../middleware/security-policy';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import { contentDisposition, isAttachmentType, sniffType } from '../attachments/attachment-types';
import { findPhotoByKey, photoView } from './record.repo';
import { readableTask } from './tasks.access';
import { taskScopeOf } from './tasks.repo';

/** The upload path, for the body-type and body-size middleware. */
export const TASK_PHOTO_PATH = /^\/api\/tasks\/[^/]+\/photos$/;

export const taskPhotoRoutes = new Hono<AppEnv>()
  .post('/:id/photos', requireStaff(), query(taskPhotoQuery), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    const row = await readableTask(c, p, c.req.param('id'));
    if (!mayPerformOnTask(staffWho(p), 'record', taskScopeOf(row))) throw new AppError('FORBIDDEN');
    const d1 = c.env.DB;
    const seen = await findPhotoByKey(d1, q.key);
    if (seen) {
      // A replay: the photo this key made, nothing stored again.
      if (seen.task_id !== row.id) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      return c.json(photoView(seen), 200);
    }
    if (!nextTaskState(row.state, 'record')) throw new AppError('ILLEGAL_TRANSITION');
    if (!checklistOf(row.checklist_version)?.items.some((i) => i.id === q.item)) {
      throw new AppError('VALIDATION_FAILED', [{ path: 'item', message: 'not on the checklist' }]);
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > TASK_PHOTO_MAX_BYTES) throw new AppError('PHOTO_TOO_LARGE');
    const type = sniffType(body);
    if (!type || !type.startsWith('image/') || body.byteLength < 64) {
      throw new AppError('PHOTO_NOT_IMAGE');
    }
    const count = await d1
      .prepare('SELECT COUNT(*) AS n FROM task_photos WHERE task_id = ?')
      .bind(row.id)
      .first<{ n: number }>();
    if ((count?.n ?? 0) >= TASK_PHOTO_MAX) throw new AppError('PHOTO_LIMIT');
    const id = crypto.randomUUID();
    const sha256 = toHex(await crypto.subtle.digest('SHA-256', body));
    // The key is the device key's: a racing replay writes the same bytes to the same place.
    const r2Key = `task-photos/${row.id}/${q.key}`;
    await c.env.EVIDENCE.put(r2Key, body, {
      httpMetadata: { contentType: type },
      customMetadata: { taskId: row.id, item: q.item, sha256, takenAt: q.takenAt ?? '' },
    });
    const inserted = await d1
      .prepare(
        `INSERT INTO task_photos (id, task_id, item_id, device_key, content_type, size, sha256,
         r2_key, taken_at, lat, lng, source, uploaded_by, uploaded_at)
         SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
         WHERE (SELECT COUNT(*) FROM task_photos WHERE task_id = ?) < ?
         ON CONFLICT (device_key) DO NOTHING RETURNING id`,
      )
      .bind(
        id,
        row.id,
        q.item,
        q.key,
        type,
        body.byteLength,
        sha256,
        r2Key,
        q.takenAt ? new Date(q.takenAt).toISOString() : null,
        q.lat ?? null,
        q.lng ?? null,
        q.source,
        p.id,
        appNowIso(c.env),
        row.id,
        TASK_PHOTO_MAX,
      )
      .first<{ id: string }>();
    if (!inserted) {
      const raced = await findPhotoByKey(d1, q.key);
      if (raced) return c.json(photoView(raced), 200);
      await c.env.EVIDENCE.delete(r2Key);
      throw new AppError('PHOTO_LIMIT');
    }
    await audit(c, {
      event: 'task_photo_uploaded',
      subjectType: 'inspection_task',
      subjectId: row.id,
      detail: { photoId: id, item: q.item, size: body.byteLength, sha256 },
    });
    const saved = await findPhotoByKey(d1, q.key);
    if (!saved) throw new AppError('NOT_FOUND');
    return c.json(photoView(saved), 201);
  })
  .get('/:id/photos/:photoId', requireStaff(), async (c) => {
    const p = staffOf(c);
    const row = await readableTask(c, p, c.req.param('id'));
    const photo = await c.env.DB.prepare('SELECT * FROM task_photos WHERE id = ? AND task_id = ?')
      .bind(c.req.param('photoId'), row.id)
      .first<{ id: string; content_type: string; r2_key: string }>();
    if (!photo || !isAttachmentType(photo.content_type)) throw new AppError('NOT_FOUND');
    if (caseReadIsAudited(staffWho(p))) {
      await audit(c, {
        event: 'evidence_read_admin',
        subjectType: 'inspection_task',
        subjectId: row.id,
        detail: { photoId: photo.id },
      });
    }
    const obj = await c.env.EVIDENCE.get(photo.r2_key);
    if (!obj) throw new AppError('NOT_FOUND');
    return new Response(obj.body, {
      headers: {
        'content-type': photo.content_type,
        'content-disposition': contentDisposition('photo', photo.id, photo.content_type),
        'content-security-policy': ATTACHMENT_CSP,
        'cache-control': 'private, no-store',
      },
    });
  });
