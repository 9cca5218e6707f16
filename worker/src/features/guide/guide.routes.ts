/**
 * The service guide (办事指南) as content: anyone reads the newest version of each type (no
 * sign-in: consulting comes before signing in); admins save new versions, read older ones and
 * upload the example photos the materials show (good and bad), stored in R2 by content hash.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { mayAdminister } from '../../../core/access';
import { BUSINESS_TYPES } from '../../../core/business-types';
import { guideSaveSchema, guideTypeSchema, type GuideIndex } from '../../../core/guide';
import type { AppEnv } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { toHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { json, parse } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { ATTACHMENT_CSP } from '../../middleware/security-policy';
import { ATTACHMENT_MAX_BYTES, sniffType } from '../attachments/attachment-types';
import { auditInsert } from '../audit/audit.service';
import { whoOf } from '../applications/applications.access';
import {
  guideVersion,
  guideVersions,
  latestGuide,
  latestGuides,
  saveGuideVersion,
} from './guide.repo';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const imageKey = (id: string) => `guide-images/${id}`;
const typeOf = (raw: string | undefined) => {
  const r = guideTypeSchema.safeParse(raw);
  if (!r.success) throw new AppError('NOT_FOUND');
  return r.data;
};

const requireAdmin = requireStaff('admin');

export const guideRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const all = await latestGuides(c.env.DB, BUSINESS_TYPES);
    const index: GuideIndex = {
      guides: all.map((g) => ({
        type: g.type,
        version: g.version,
        when: g.content.when,
        faq: g.content.faq,
      })),
    };
    return c.json(index);
  })
  // Example photos: uploaded by admins, shown to anyone (no personal data in a guide).
  .post('/images', requireAdmin, async (c) => {
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > ATTACHMENT_MAX_BYTES) throw new AppError('ATTACHMENT_TOO_LARGE');
    const type = sniffType(body);
    if (!type || !IMAGE_TYPES.includes(type) || body.byteLength < 64) {
      throw new AppError('ATTACHMENT_TYPE');
    }
    const id = toHex(await crypto.subtle.digest('SHA-256', body));
    await c.env.EVIDENCE.put(imageKey(id), body, { httpMetadata: { contentType: type } });
    return c.json({ id, contentType: type }, 201);
  })
  .get('/images/:id', async (c) => {
    const id = c.req.param('id');
    const obj = /^[0-9a-f]{64}$/.test(id) ? await c.env.EVIDENCE.get(imageKey(id)) : null;
    const type = obj?.httpMetadata?.contentType ?? '';
    if (!obj || !IMAGE_TYPES.includes(type)) throw new AppError('NOT_FOUND');
    return new Response(obj.body, {
      headers: { 'content-type': type, 'content-security-policy': ATTACHMENT_CSP },
    });
  })
  .get('/:type', async (c) => c.json(await latestGuide(c.env.DB, typeOf(c.req.param('type')))))
  .get('/:type/versions', requireAdmin, async (c) =>
    c.json({ versions: await guideVersions(c.env.DB, typeOf(c.req.param('type'))) }),
  )
  .get('/:type/versions/:version', requireAdmin, async (c) => {
    const version = parse(z.coerce.number().int().min(1).max(1_000_000), c.req.param('version'));
    const g = await guideVersion(c.env.DB, typeOf(c.req.param('type')), version);
    if (!g) throw new AppError('NOT_FOUND');
    return c.json(g);
  })
  .put('/:type', requireAdmin, json(guideSaveSchema), async (c) => {
    const s = staffOf(c);
    if (!mayAdminister(whoOf(s))) throw new AppError('FORBIDDEN');
    const type = typeOf(c.req.param('type'));
    const input = c.req.valid('json');
    // Every example photo named must have been uploaded.
    const photos = input.content.materials.flatMap((m) => [m.goodPhoto, m.badPhoto]);
    for (const id of photos) {
      if (id && !(await c.env.EVIDENCE.head(imageKey(id)))) {
        throw new AppError('VALIDATION_FAILED', [
          { path: 'content.materials', message: `no image ${id}` },
        ]);
      }
    }
    const q = auditInsert(c, {
      event: 'guide_version_saved',
      subjectType: 'guide',
      subjectId: type,
      detail: { baseVersion: input.baseVersion, note: input.note },
    }).toSQL();
    const version = await saveGuideVersion(
      c.env.DB,
      { type, ...input, staffId: s.id, staffName: s.displayName, at: appNowIso(c.env) },
      c.env.DB.prepare(q.sql).bind(...q.params),
    );
    return c.json(await guideVersion(c.env.DB, type, version), 201);
  });
