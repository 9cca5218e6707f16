import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ManifestLocation } from '../../../core/geo-fix';
import { call, loginStaff, seedWorld } from '../../../test/fixtures';
import { registerRemote, until, walkToSignatures, type Call } from '../../../test/remote-evidence';
import type { CurrentManifest } from './evidence.manifest';

let id: string;
beforeEach(async () => {
  await seedWorld();
  id = await registerRemote();
});

const AT_SHOP = {
  status: 'given',
  lat: 36.7301234567,
  lng: 119.0212345678,
  accuracy: 12.4,
  at: '2026-12-03T02:00:00.000Z',
};

async function seal(lead: string): Promise<CurrentManifest> {
  const { version } = (await env.DB.prepare('SELECT version FROM remote_inspections WHERE id = ?')
    .bind(id)
    .first<{ version: number }>())!;
  const res = await call(`/api/inspections/${id}/seal`, { cookie: lead, body: { version } });
  expect(res.status, await res.clone().text()).toBe(200);
  const stored = await env.EVIDENCE.get(`evidence/${id}/manifest.json`);
  return JSON.parse(await stored!.text()) as CurrentManifest;
}

/** Sends a frame and waits for the room's answer: an error code, or null when a state came. */
async function answer(c: Call, frame: unknown): Promise<string | null> {
  const n = c.got.length;
  c.send(frame);
  await until(() => c.got.length > n);
  const f = c.got[n]!;
  return f.type === 'error' ? f.code : null;
}

describe('positions in a remote inspection (GPS where the device gave it)', () => {
  it('keeps the consent’s and each still’s position in the sealed manifest, refusing bad reports', async () => {
    const moved = { ...AT_SHOP, lat: 36.7303, accuracy: 6, at: '2026-12-03T02:03:00.000Z' };
    const { lead, l, a } = await walkToSignatures(id, 1, {
      consent: { position: AT_SHOP },
      beforeStills: async (_l, a) => {
        const seq = a.last()!.seq;
        // Reports that fail validation change nothing: each gets BAD_FRAME.
        for (const bad of [
          { ...AT_SHOP, lat: 90.5 },
          { ...AT_SHOP, lng: -180.01 },
          { ...AT_SHOP, accuracy: -1 },
          { ...AT_SHOP, accuracy: 60_000 },
          { ...AT_SHOP, at: '昨天' },
          { ...AT_SHOP, lat: '36.7' },
          { ...AT_SHOP, altitude: 40 },
          { status: 'given', lat: 36.7, lng: 119 },
          { status: 'not_given', reason: 'lazy' },
          { status: 'maybe' },
        ])
          expect(await answer(a, { type: 'position', report: bad }), JSON.stringify(bad)).toBe(
            'BAD_FRAME',
          );
        expect(a.last()!.seq).toBe(seq);
        // The same place again is not news (nothing stored); a move is.
        a.send({ type: 'position', report: AT_SHOP });
        expect(await answer(a, { type: 'position', report: moved })).toBeNull();
        expect(a.last()!.positions.apl_a).toMatchObject({ lat: 36.7303, accuracy: 6 });
        expect(a.last()!.seq).toBe(seq + 1);
      },
    });
    const room = l.last()!;
    expect(room.consentPosition).toMatchObject({ lat: 36.730123, lng: 119.021235, accuracy: 12 });
    const m = await seal(lead);
    expect(m.version).toBe(2);
    expect(m.gps.consent).toEqual({
      status: 'given',
      lat: 36.730123,
      lng: 119.021235,
      accuracy: 12,
      at: AT_SHOP.at,
      receivedAt: room.consentPosition!.receivedAt,
    });
    expect(m.gps.parties).toEqual([
      { role: 'lead_inspector', position: { status: 'not_given', reason: 'not_reported' } },
      { role: 'observer', position: { status: 'not_given', reason: 'not_reported' } },
      { role: 'applicant', position: expect.objectContaining({ status: 'given', lat: 36.7303 }) },
    ]);
    expect(m.stills.length).toBeGreaterThan(0);
    for (const s of m.stills) {
      expect(s.gps.applicant).toMatchObject({ status: 'given', lat: 36.7303, accuracy: 6 });
      expect(s.gps.lead).toEqual({ status: 'not_given', reason: 'not_reported' });
    }
    // The verify page shows what the manifest says.
    const clerk = await loginStaff('clerk');
    const v = await call(`/api/inspections/${id}/evidence/verdict`, { cookie: clerk });
    const body = (await v.json()) as { verdict: { intact: boolean }; location: ManifestLocation };
    expect(body.verdict.intact).toBe(true);
    expect(body.location.consent.status).toBe('given');
    expect(body.location.stills.map((s) => s.path)).toEqual(m.stills.map((s) => s.path));
    l.ws.close(1000);
    a.ws.close(1000);
  });

  it('records a refused position as not given, and the lead’s phone position with each still', async () => {
    const desk = { ...AT_SHOP, lat: 36.71, lng: 119.1, accuracy: 30 };
    const { lead, l, a } = await walkToSignatures(id, 1, {
      consent: { position: { status: 'not_given', reason: 'denied' } },
      beforeStills: async (l) => {
        expect(await answer(l, { type: 'position', report: desk })).toBeNull();
      },
    });
    const m = await seal(lead);
    expect(m.gps.consent).toEqual({ status: 'not_given', reason: 'denied' });
    expect(m.gps.parties[0]?.position).toMatchObject({ status: 'given', lat: 36.71 });
    expect(m.gps.parties[2]?.position).toEqual({ status: 'not_given', reason: 'denied' });
    for (const s of m.stills) {
      expect(s.gps.applicant).toEqual({ status: 'not_given', reason: 'denied' });
      expect(s.gps.lead).toMatchObject({ status: 'given', lng: 119.1, accuracy: 30 });
    }
    l.ws.close(1000);
    a.ws.close(1000);
  });
});
