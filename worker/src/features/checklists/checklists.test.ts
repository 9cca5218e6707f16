import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { INSPECTION_KINDS, type CatalogueView } from '../../../core/checklist-catalogue';
import type { ChecklistVersion } from '../../../core/checklist-catalogue';
import { SEED_CATALOGUE } from '../../../core/checklist-seed';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';

let admin: string;
let clerk: string;

beforeAll(async () => {
  await seedWorld();
  admin = await loginStaff('admin');
  clerk = await loginStaff('clerk');
});

async function current(kind: string): Promise<ChecklistVersion> {
  const res = await call('/api/checklists', { cookie: clerk });
  const view = (await res.json()) as CatalogueView;
  const k = view.kinds.find((x) => x.kind === kind);
  if (!k) throw new Error(`no ${kind}`);
  return k.current;
}

describe('the checklist catalogue', () => {
  it('starts with the seeded first edition of every kind, exactly as core has it', async () => {
    const res = await call('/api/checklists', { cookie: clerk });
    expect(res.status).toBe(200);
    const view = (await res.json()) as CatalogueView;
    expect(view.kinds.map((k) => k.kind)).toEqual([...INSPECTION_KINDS]);
    const v1 = await call('/api/checklists/versions/supervision-v1', { cookie: clerk });
    const { version } = (await v1.json()) as { version: ChecklistVersion };
    expect(version.items).toEqual(SEED_CATALOGUE.supervision);
    expect(version.createdBy).toBeNull();
  });

  it('writes an edit as a new version and leaves the old one as it was', async () => {
    const before = await current('renewal');
    const items = [...before.items].reverse().slice(0, 4);
    const res = await call('/api/checklists/renewal', {
      cookie: admin,
      body: { basedOn: before.id, items, note: '精简为四项' },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const { version } = (await res.json()) as { version: ChecklistVersion };
    expect(version.id).toBe(`renewal-v${before.number + 1}`);
    expect(version.items).toEqual(items);
    expect(version.createdBy).toBe('stf_admin');
    const old = await call(`/api/checklists/versions/${before.id}`, { cookie: clerk });
    expect(((await old.json()) as { version: ChecklistVersion }).version).toEqual(before);
    const history = await call('/api/checklists/renewal', { cookie: clerk });
    const h = (await history.json()) as { versions: ChecklistVersion[] };
    expect(h.versions.map((v) => v.number)).toEqual([before.number + 1, before.number]);
    expect(await count('audit_log', "event = 'checklist_version_created'")).toBeGreaterThan(0);
  });

  it('refuses an edit based on a version that is no longer current', async () => {
    const now = await current('change');
    const first = await call('/api/checklists/change', {
      cookie: admin,
      body: { basedOn: now.id, items: now.items.slice(1), note: '删去第一项' },
    });
    expect(first.status).toBe(201);
    const n = await count('checklist_versions');
    const stale = await call('/api/checklists/change', {
      cookie: admin,
      body: { basedOn: now.id, items: now.items.slice(2), note: '删去两项' },
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');
    expect(await count('checklist_versions')).toBe(n);
  });

  it('lets only admins write, and no one change or delete a stored version', async () => {
    const now = await current('new');
    const res = await call('/api/checklists/new', {
      cookie: clerk,
      body: { basedOn: now.id, items: now.items, note: '试图修改' },
    });
    expect(res.status).toBe(403);
    await expect(
      env.DB.prepare(`UPDATE checklist_versions SET note = 'x' WHERE id = 'new-v1'`).run(),
    ).rejects.toThrow(/immutable/);
    await expect(
      env.DB.prepare(`DELETE FROM checklist_versions WHERE id = 'new-v1'`).run(),
    ).rejects.toThrow(/never deleted/);
  });

  it('answers an unknown version 404 and an unknown kind 400', async () => {
    expect((await call('/api/checklists/versions/new-v999', { cookie: clerk })).status).toBe(404);
    expect((await call('/api/checklists/onsite', { cookie: clerk })).status).toBe(400);
  });
});
