/**
 * 核查清单: the remote checklist catalogue. Every staff member reads it (inspectors walk it,
 * clerks choose a version when they register an inspection); only admins write, and a write is
 * always a new edition based on the one the admin was looking at.
 */
import { Hono } from 'hono';
import {
  INSPECTION_KINDS,
  checklistEditionSchema,
  inspectionKindSchema,
  type CatalogueView,
} from '../../../core/checklist-catalogue';
import type { AppEnv } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, parse } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import {
  currentVersion,
  currentVersions,
  findVersion,
  insertVersion,
  listVersions,
} from './checklists.repo';

export const checklistRoutes = new Hono<AppEnv>()
  .get('/', requireStaff(), async (c) => {
    const rows = await currentVersions(c.env.DB);
    const view: CatalogueView = {
      kinds: INSPECTION_KINDS.flatMap((kind) => {
        const r = rows.find((x) => x.current.kind === kind);
        return r ? [{ kind, current: r.current, versions: r.versions }] : [];
      }),
    };
    return c.json(view);
  })
  .get('/versions/:id', requireStaff(), async (c) => {
    const id = c.req.param('id');
    const version = id.length <= 40 ? await findVersion(c.env.DB, id) : null;
    if (!version) throw new AppError('NOT_FOUND');
    return c.json({ version });
  })
  .get('/:kind', requireStaff(), async (c) => {
    const kind = parse(inspectionKindSchema, c.req.param('kind'));
    return c.json({ kind, versions: await listVersions(c.env.DB, kind) });
  })
  // A new edition: the past ones stay as they were, for the inspections that used them.
  .post('/:kind', requireStaff('admin'), json(checklistEditionSchema), async (c) => {
    const p = staffOf(c);
    const kind = parse(inspectionKindSchema, c.req.param('kind'));
    const b = c.req.valid('json');
    const current = await currentVersion(c.env.DB, kind);
    if ((current?.id ?? null) !== b.basedOn) throw new AppError('CONFLICT');
    const id = await insertVersion(c.env.DB, {
      kind,
      after: current?.number ?? 0,
      items: b.items,
      note: b.note,
      by: p.id,
      at: appNowIso(c.env),
    });
    if (!id) throw new AppError('CONFLICT');
    await audit(c, {
      event: 'checklist_version_created',
      subjectType: 'checklist_version',
      subjectId: id,
      detail: { kind, basedOn: b.basedOn, items: b.items.length },
    });
    const version = await findVersion(c.env.DB, id);
    return c.json({ version }, 201);
  });
