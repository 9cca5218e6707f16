/**
 * Request bodies come with the type their route reads, declared: JSON everywhere but the photo
 * uploads (an applicant's documents, an officer's on-site photos). A form post or a `text/plain` fetch is a CORS "simple request" that another site can
 * send without asking; requiring `application/json` closes that path even where an old browser
 * leaves out the Origin header. The upload route's own types live with it (ATTACHMENT_TYPES).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Ctx } from '../app-env';
import { AppError } from '../lib/errors';
import { isJsonContentType, mediaTypeOf } from '../lib/validate';
import { ATTACHMENT_TYPES } from '../features/attachments/attachment-types';
import { TASK_PHOTO_PATH } from '../features/tasks/photos.routes';
import { evidenceTypeProblem } from '../features/evidence/evidence.body';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Photo uploads: the applicant's documents and the guide's example photos (admins).
const UPLOAD_PATHS = ['/api/my/attachments', '/api/guides/images'];

/** Whether the request carries a body at all (a bare POST such as logout may have none). */
function hasBody(c: Ctx): boolean {
  return c.req.raw.body !== null && c.req.header('content-length') !== '0';
}

/** Refuses an unsafe request whose body is not of the type its route reads. */
export const requireBodyType: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNSAFE.has(c.req.method)) {
    const declared = c.req.header('content-type');
    const evidence = evidenceTypeProblem(c.req.path, mediaTypeOf(declared));
    if (evidence !== undefined) {
      // A recording chunk, a still frame or a bundle to verify: bytes of their own types.
      if (evidence) throw new AppError(evidence);
    } else if (UPLOAD_PATHS.includes(c.req.path)) {
      const type = mediaTypeOf(declared);
      if (!type || !(ATTACHMENT_TYPES as readonly string[]).includes(type)) {
        throw new AppError('ATTACHMENT_TYPE');
      }
    } else if (TASK_PHOTO_PATH.test(c.req.path)) {
      // An on-site photo: declared an image (the bytes are checked again by the route).
      if (!PHOTO_TYPES.includes(mediaTypeOf(declared) ?? '')) throw new AppError('PHOTO_NOT_IMAGE');
    } else if (declared !== undefined || hasBody(c)) {
      if (!isJsonContentType(declared)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    }
  }
  await next();
};
