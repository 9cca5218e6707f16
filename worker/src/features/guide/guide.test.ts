import { beforeEach, describe, expect, it } from 'vitest';
import type { GuideAnswer, GuideIndex, GuideVersionMeta } from '../../../core/guide';
import { seedGuide } from '../../../core/guide-seed';
import { jpeg } from '../../../test/authz.principals';
import { call, count, loginApplicant, loginStaff, seedWorld } from '../../../test/fixtures';

beforeEach(async () => {
  await seedWorld();
});

const codeOf = async (r: Response) => [
  r.status,
  (await r.json<{ error: { code: string } }>()).error.code,
];
const save = (cookie: string, baseVersion: number, content: unknown, note = '更新材料说明') =>
  call('/api/guides/renewal', { method: 'PUT', cookie, body: { baseVersion, content, note } });

describe('the service guide as versioned content', () => {
  it('serves the shipped text as version 1 to anyone, signed in or not', async () => {
    const g = await (await call('/api/guides/new')).json<GuideAnswer>();
    expect(g.version).toBe(1);
    expect(g.content).toEqual(seedGuide('new'));
    expect(g.content.fee.zh).toBe('不收费');
    const index = await (await call('/api/guides')).json<GuideIndex>();
    expect(index.guides).toHaveLength(7);
    expect(index.guides.find((x) => x.type === 'new')?.faq.length).toBeGreaterThan(3);
    expect((await call('/api/guides/nonsense')).status).toBe(404);
  });

  it('an admin saves new versions (who, when, note); applicants see the newest; older ones stay readable by admins', async () => {
    const admin = await loginStaff('admin');
    const v1 = seedGuide('renewal');
    const edited = {
      ...v1,
      when: {
        zh: '许可证到期前请至少提前30个工作日申请延续。',
        en: 'Apply at least 30 working days before expiry.',
      },
    };
    const saved = await save(admin, 1, edited);
    expect(saved.status).toBe(201);
    const v2 = await saved.json<GuideAnswer>();
    expect(v2).toMatchObject({ version: 2, note: '更新材料说明', createdByName: '测试admin' });
    expect(v2.createdAt).not.toBeNull();
    const seen = await (
      await call('/api/guides/renewal', { cookie: await loginApplicant('13900000001') })
    ).json<GuideAnswer>();
    expect(seen.content.when.zh).toBe('许可证到期前请至少提前30个工作日申请延续。');

    // A second admin still on version 1 is told someone saved in between; nothing changes.
    expect(await codeOf(await save(admin, 1, v1))).toEqual([409, 'GUIDE_VERSION_STALE']);
    expect((await save(admin, 2, { ...edited, notes: [] }, '')).status).toBe(201);

    const versions = await (
      await call('/api/guides/renewal/versions', { cookie: admin })
    ).json<{ versions: GuideVersionMeta[] }>();
    expect(versions.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    const old = await (
      await call('/api/guides/renewal/versions/1', { cookie: admin })
    ).json<GuideAnswer>();
    expect(old.content).toEqual(v1);
    expect(await count('audit_log', "event = 'guide_version_saved'")).toBe(2);
  });

  it('only admins edit, upload photos or read old versions', async () => {
    const content = seedGuide('renewal');
    for (const who of ['clerk', 'approver', 'inspector']) {
      const s = await loginStaff(who);
      expect((await save(s, 1, content)).status, who).toBe(403);
      expect((await call('/api/guides/renewal/versions', { cookie: s })).status).toBe(403);
    }
    const a = await loginApplicant('13900000001');
    expect((await save(a, 1, content)).status).toBe(403);
    expect((await save('', 1, content)).status).toBe(401);
    expect(await count('guide_versions')).toBe(0);
  });

  it('example photos: uploaded as images by an admin, named in a material, shown to anyone', async () => {
    const admin = await loginStaff('admin');
    const up = await call('/api/guides/images', {
      cookie: admin,
      body: jpeg(),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(up.status).toBe(201);
    const { id } = await up.json<{ id: string }>();
    const content = seedGuide('renewal');
    content.materials[0] = { ...content.materials[0]!, goodPhoto: id, badPhoto: null };
    expect((await save(admin, 1, content)).status).toBe(201);
    const img = await call(`/api/guides/images/${id}`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    // A photo id never uploaded, a PDF, a bad shape: refused.
    const ghost = seedGuide('renewal');
    ghost.materials[0] = { ...ghost.materials[0]!, goodPhoto: 'f'.repeat(64) };
    expect(await codeOf(await save(admin, 2, ghost))).toEqual([400, 'VALIDATION_FAILED']);
    const pdf = new TextEncoder().encode(`%PDF-1.4${' '.repeat(100)}`);
    expect(
      await codeOf(
        await call('/api/guides/images', {
          cookie: admin,
          body: pdf,
          headers: { 'content-type': 'application/pdf' },
        }),
      ),
    ).toEqual([415, 'ATTACHMENT_TYPE']);
  });

  it('refuses bad content: a promised limit longer than the statutory one, markup, missing where-to-ask', async () => {
    const admin = await loginStaff('admin');
    const base = seedGuide('renewal');
    const bad = [
      { ...base, limits: [{ ...base.limits[0]!, promisedDays: 30 }] },
      { ...base, when: { zh: '<b>粗体</b>', en: 'x' } },
      { ...base, whereToAsk: [] },
      { ...base, extra: 1 },
    ];
    for (const content of bad)
      expect(await codeOf(await save(admin, 1, content))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await count('guide_versions')).toBe(0);
  });
});
