import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { appToday } from '../../lib/clock';
import { acceptedNewCase, act, row, setGrid } from '../../../test/cases';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';

let admin: string;
const year = appToday(env).slice(0, 4);

const put = (code: string, body: Record<string, unknown>) =>
  call(`/api/admin/jurisdictions/${code}`, { method: 'PUT', cookie: admin, body });

beforeEach(async () => {
  await seedWorld();
  admin = await loginStaff('admin');
});

describe('jurisdiction settings', () => {
  it('lists the units with their pattern and the next number', async () => {
    const res = await call('/api/admin/jurisdictions', { cookie: admin });
    const { units } = await res.json<{ units: { code: string; nextNumber: string }[] }>();
    expect(units.map((u) => u.code)).toEqual(['370702', '370705']);
    expect(units[0]?.nextNumber).toBe(`370702${year}00001`);
  });

  it('changes the licence number pattern, audited, and the next licence follows it', async () => {
    const res = await put('370702', {
      name: '潍城区',
      h3Res: 8,
      licencePattern: 'WF-{county}-{seq:6}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ nextNumber: 'WF-370702-000001' });
    const audit = await env.DB.prepare(
      `SELECT actor_id, detail_json FROM audit_log WHERE event = 'jurisdiction_settings_changed'`,
    ).first<{ actor_id: string; detail_json: string }>();
    expect(audit?.actor_id).toBe('stf_admin');
    expect(JSON.parse(audit?.detail_json ?? '{}')).toEqual({
      licence_pattern: { from: '{county}{year}{seq:5}', to: 'WF-{county}-{seq:6}' },
    });
    // The approval issues the number under the new pattern.
    await setGrid(10, 2);
    await acceptedNewCase('c1');
    expect((await act(await loginStaff('approver'), 'c1', { action: 'approve' })).status).toBe(200);
    const licence = await env.DB.prepare('SELECT number FROM licences WHERE id = ?')
      .bind((await row('c1'))?.licence_id)
      .first<{ number: string }>();
    expect(licence?.number).toBe('WF-370702-000001');
  });

  it('refuses a pattern that could repeat numbers and changes nothing; an unchanged save is not audited', async () => {
    const audits = await count('audit_log', "event = 'jurisdiction_settings_changed'");
    const bad = await put('370702', { name: '潍城区', h3Res: 8, licencePattern: '{county}{year}' });
    expect(bad.status).toBe(422);
    expect((await bad.json<{ error: { code: string } }>()).error.code).toBe(
      'LICENCE_PATTERN_INVALID',
    );
    const same = await put('370702', {
      name: '潍城区',
      h3Res: 8,
      licencePattern: '{county}{year}{seq:5}',
    });
    expect(same.status).toBe(200);
    expect(await count('audit_log', "event = 'jurisdiction_settings_changed'")).toBe(audits);
    // The city itself has no licences of its own to number.
    expect(
      (await put('370700', { name: '潍坊市', h3Res: 8, licencePattern: '{seq:5}' })).status,
    ).toBe(404);
    const j = await env.DB.prepare(
      "SELECT licence_pattern FROM jurisdictions WHERE code = '370702'",
    ).first();
    expect(j).toEqual({ licence_pattern: '{county}{year}{seq:5}' });
  });
});
