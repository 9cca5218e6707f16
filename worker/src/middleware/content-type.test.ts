import { beforeEach, describe, expect, it } from 'vitest';
import { call, count, loginStaff, seedWorld } from '../../test/fixtures';

const school = { name: '潍城区实验小学', kind: '小学', county: '370702', lng: 119.1, lat: 36.72 };
const schoolImport = JSON.stringify({ crs: 'WGS84', dryRun: false, rows: [school] });

beforeEach(async () => {
  await seedWorld();
});

describe('JSON bodies must be declared as JSON', () => {
  it('refuses a JSON body sent as a simple request (text/plain, form, none) and sends nothing', async () => {
    const body = JSON.stringify({ phone: '13700000001' });
    for (const type of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/jsonp',
    ]) {
      const res = await call('/api/auth/sms/request', { body, headers: { 'content-type': type } });
      expect(res.status, type).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    }
    // A body with no type at all.
    const bare = await call('/api/auth/sms/request', {
      method: 'POST',
      body: new TextEncoder().encode(body),
    });
    expect(bare.status).toBe(415);
    expect(await count('sms_outbox')).toBe(0);
  });

  it('accepts application/json with or without a UTF-8 charset', async () => {
    for (const [phone, type] of [
      ['13700000001', 'application/json'],
      ['13700000002', 'application/json; charset=utf-8'],
      ['13700000003', 'Application/JSON;charset="UTF-8"'],
    ] as const) {
      const res = await call('/api/auth/sms/request', {
        body: { phone },
        headers: { 'content-type': type },
      });
      expect(res.status, type).toBe(200);
    }
    expect(await count('sms_outbox')).toBe(3);
  });

  it('lets a bodyless POST through, but not one that declares another type', async () => {
    const cookie = await loginStaff('clerk');
    const plain = await call('/api/auth/logout', {
      method: 'POST',
      cookie,
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    expect((await call('/api/me', { cookie })).status).toBe(200);
    expect((await call('/api/auth/logout', { method: 'POST', cookie })).status).toBe(200);
    expect((await call('/api/me', { cookie })).status).toBe(401);
  });

  it('holds for the admin imports and settings too: nothing is written', async () => {
    const admin = await loginStaff('admin');
    for (const path of ['/api/schools/import', '/api/imports/retailers', '/api/grids/polygons']) {
      const res = await call(path, {
        cookie: admin,
        body: schoolImport,
        headers: { 'content-type': 'text/csv' },
      });
      expect(res.status, path).toBe(415);
    }
    const put = await call('/api/grids/settings', {
      method: 'PUT',
      cookie: admin,
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(put.status).toBe(415);
    expect(await count('schools')).toBe(0);
    // The same import, declared as JSON, goes through: the type was the only problem.
    const ok = await call('/api/schools/import', { cookie: admin, body: schoolImport });
    expect(ok.status).toBe(200);
    expect(await count('schools')).toBe(1);
  });
});
