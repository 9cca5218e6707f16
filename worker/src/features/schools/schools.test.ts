import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SchoolImportReport, SchoolView } from '../../../core/api';
import { convert } from '../../../core/coords';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';
import { schoolKindOf } from './schools.import';

const [gcjLng, gcjLat] = convert(119.1, 36.72, 'WGS84', 'GCJ02');

const rows = [
  { name: '潍城区实验小学', kind: '小学', county: '潍城区', lng: gcjLng, lat: gcjLat },
  { name: '奎文中学', kind: '初级中学', county: '370705', lng: '119.13', lat: '36.71' },
  { name: '阳光幼儿园', kind: '幼儿园', county: '370705', lng: 119.14, lat: 36.7 },
  // Bad: unknown kind, swapped coordinates.
  { name: '培训中心', kind: '培训', county: '370705', lng: 36.7, lat: 119.1 },
];

describe('school import', () => {
  beforeEach(async () => {
    await seedWorld();
  });

  it('reads Chinese kinds and county names', () => {
    expect(schoolKindOf('小学')).toBe('primary');
    expect(schoolKindOf('九年一贯制学校')).toBe('primary');
    expect(schoolKindOf('高级中学')).toBe('secondary');
    expect(schoolKindOf('幼儿园')).toBe('kindergarten');
    expect(schoolKindOf('kindergarten')).toBe('kindergarten');
    expect(schoolKindOf('培训')).toBeNull();
  });

  it('a dry run reports every row and writes nothing; a commit with a bad row writes nothing', async () => {
    const admin = await loginStaff('admin');
    const dry = await call('/api/schools/import', {
      cookie: admin,
      body: { crs: 'GCJ02', dryRun: true, rows },
    });
    expect(dry.status).toBe(200);
    const r = await dry.json<SchoolImportReport>();
    expect(r.accepted.map((a) => [a.index, a.kind, a.county])).toEqual([
      [0, 'primary', '370702'],
      [1, 'secondary', '370705'],
      [2, 'kindergarten', '370705'],
    ]);
    // GCJ-02 in, WGS-84 stored (within a metre).
    expect(r.accepted[0]?.lng).toBeCloseTo(119.1, 5);
    expect(r.accepted[0]?.lat).toBeCloseTo(36.72, 5);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.index).toBe(3);
    expect(r.rejected[0]?.reasons.map((x) => x.zh).join()).toMatch(/类型.*无法识别.*坐标不在本市/);
    expect(await count('schools')).toBe(0);

    const bad = await call('/api/schools/import', {
      cookie: admin,
      body: { crs: 'GCJ02', dryRun: false, rows },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json<{ error: { code: string } }>()).error.code).toBe('IMPORT_REJECTED_ROWS');
    expect(await count('schools')).toBe(0);
  });

  it('commits the good file, lists it, refuses the same schools twice unless replacing', async () => {
    const admin = await loginStaff('admin');
    const good = rows.slice(0, 3);
    const ok = await call('/api/schools/import', {
      cookie: admin,
      body: { crs: 'GCJ02', dryRun: false, rows: good },
    });
    expect(ok.status).toBe(200);
    expect((await ok.json<SchoolImportReport>()).committed).toBe(true);
    const list = await (
      await call('/api/schools', { cookie: await loginStaff('clerk') })
    ).json<{ total: number; schools: SchoolView[] }>();
    expect(list.total).toBe(3);
    expect(list.schools.find((s) => s.kind === 'primary')?.countyName).toBe('潍城区');

    const again = await call('/api/schools/import', {
      cookie: admin,
      body: { crs: 'GCJ02', dryRun: true, rows: good },
    });
    const r = await again.json<SchoolImportReport>();
    expect(r.rejected.map((x) => x.reasons[0]?.zh)).toEqual(Array(3).fill('该学校已登记'));

    const replaced = await call('/api/schools/import', {
      cookie: admin,
      body: { crs: 'GCJ02', dryRun: false, replace: true, rows: good.slice(1) },
    });
    expect(replaced.status).toBe(200);
    // 奎文区's list replaced by its two rows; 潍城区's school untouched.
    expect(await count('schools')).toBe(3);
  });

  it('only the admin imports', async () => {
    const clerk = await loginStaff('clerk');
    const res = await call('/api/schools/import', {
      cookie: clerk,
      body: { crs: 'WGS84', rows: rows.slice(1, 2) },
    });
    expect(res.status).toBe(403);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM schools').first('n')).toBe(0);
  });
});
