import { env } from 'cloudflare:workers';
import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { RoomServerFrame, RoomSetup, RoomState } from '../../core/room';
import { InspectionRoom } from './inspection-room';

const T2 = { zh: '固定经营场所', en: 'Fixed premises' };
const SETUP: RoomSetup = {
  inspectionId: 'rmt_t',
  items: [
    { id: 'fixed_premises', still: true, title: T2, look: T2 },
    { id: 'school_distance', still: false, title: T2, look: T2 },
  ],
  officerIds: ['stf_lead', 'stf_obs'],
  applicantId: 'apl_1',
};

const stubOf = (name: string) => env.INSPECTION_ROOM.get(env.INSPECTION_ROOM.idFromName(name));

async function connect(name: string, person: string, role: string): Promise<Response> {
  return stubOf(name).fetch('http://room/', {
    headers: {
      upgrade: 'websocket',
      'x-room-person': person,
      'x-room-role': role,
      'x-room-setup': encodeURIComponent(JSON.stringify(SETUP)),
    },
  });
}

async function join(name: string, person: string, role: string) {
  const res = await connect(name, person, role);
  const ws = res.webSocket;
  if (!ws) throw new Error(`no websocket: ${res.status}`);
  const got: RoomServerFrame[] = [];
  ws.addEventListener('message', (e) => got.push(JSON.parse(String(e.data)) as RoomServerFrame));
  ws.accept();
  const last = () =>
    [...got]
      .reverse()
      .find((f): f is Extract<RoomServerFrame, { type: 'state' }> => f.type === 'state')?.state;
  return { ws, got, last };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('InspectionRoom', () => {
  it('admits the lead, the observer and the applicant of its case, and nobody else', async () => {
    const lead = await join('room-a', 'stf_lead', 'lead');
    const applicant = await join('room-a', 'apl_1', 'applicant');
    await until(() => Object.keys(lead.last()?.present ?? {}).length === 2);
    for (const [person, role] of [
      ['apl_2', 'applicant'],
      ['stf_other', 'observer'],
      ['stf_obs', 'lead'],
    ]) {
      const res = await connect('room-a', person as string, role as string);
      expect(res.status, `${person} as ${role}`).toBe(403);
      expect(await res.json()).toEqual({ code: 'NOT_PARTICIPANT' });
    }
    const observer = await join('room-a', 'stf_obs', 'observer');
    await until(() => Object.keys(observer.last()?.present ?? {}).length === 3);
    // Signalling goes to the one person it is for.
    lead.ws.send(JSON.stringify({ type: 'signal', to: 'apl_1', payload: { sdp: 'offer' } }));
    await until(() => applicant.got.some((f) => f.type === 'signal'));
    expect(applicant.got).toContainEqual({
      type: 'signal',
      from: 'stf_lead',
      payload: { sdp: 'offer' },
    });
    expect(observer.got.some((f) => f.type === 'signal')).toBe(false);
  });

  it('validates every frame and refuses what a role may not do, changing nothing', async () => {
    const lead = await join('room-b', 'stf_lead', 'lead');
    const applicant = await join('room-b', 'apl_1', 'applicant');
    await until(() => lead.last()?.seq === 2);
    for (const bad of ['not json', '{}', '{"type":"seal"}', '{"type":"goto","index":"1"}']) {
      lead.ws.send(bad);
    }
    await until(() => lead.got.filter((f) => f.type === 'error').length === 4);
    expect(lead.got.filter((f) => f.type === 'error')).toEqual(
      Array(4).fill({ type: 'error', code: 'BAD_FRAME' }),
    );
    lead.ws.send(JSON.stringify({ type: 'goto', index: 1 }));
    applicant.ws.send(JSON.stringify({ type: 'goto', index: 1 }));
    await until(() => applicant.got.some((f) => f.type === 'error'));
    expect(lead.got).toContainEqual({ type: 'error', code: 'CONSENT_FIRST' });
    expect(applicant.got).toContainEqual({ type: 'error', code: 'NOT_ALLOWED' });
    const state = await stubOf('room-b').snapshot();
    expect(state?.seq).toBe(2);
  });

  it('keeps consent, the current item, results and stills across a reconnect and a restart', async () => {
    const lead = await join('room-c', 'stf_lead', 'lead');
    const applicant = await join('room-c', 'apl_1', 'applicant');
    applicant.ws.send(JSON.stringify({ type: 'consent', agree: true }));
    await until(() => lead.last()?.consentAt !== null && lead.last()?.consentAt !== undefined);
    const still = await stubOf('room-c').command({
      type: 'still',
      itemId: 'fixed_premises',
      sha256: 'b'.repeat(64),
    });
    expect('state' in still).toBe(true);
    lead.ws.send(JSON.stringify({ type: 'result', itemId: 'fixed_premises', result: 'pass' }));
    lead.ws.send(JSON.stringify({ type: 'goto', index: 1 }));
    await until(() => applicant.last()?.current === 1);
    // The applicant's network drops and comes back: same state, one more join in the log.
    applicant.ws.close(1000);
    await until(() => lead.last()?.present.apl_1 === undefined);
    const back = await join('room-c', 'apl_1', 'applicant');
    await until(() => back.last()?.present.apl_1 === 'applicant');
    const before = back.last() as RoomState;
    expect(before.current).toBe(1);
    expect(before.results.fixed_premises?.result).toBe('pass');

    // The object restarts: a new instance reads the same state from storage.
    await runInDurableObject(stubOf('room-c'), async (_instance: InspectionRoom, ctx) => {
      const fresh = new InspectionRoom(ctx, env);
      const after = await fresh.snapshot();
      expect(after).toEqual(before);
      expect(after?.stills.fixed_premises).toEqual(['b'.repeat(64)]);
    });
    // Signing before the list is finished is refused; after it, both sign and the room seals.
    const early = await stubOf('room-c').command({
      type: 'signature',
      party: 'lead',
      sha256: 'c'.repeat(64),
    });
    expect(early).toEqual({ error: 'CHECKLIST_UNFINISHED' });
    lead.ws.send(JSON.stringify({ type: 'result', itemId: 'school_distance', result: 'pass' }));
    await until(() => back.last()?.results.school_distance !== undefined);
    for (const party of ['lead', 'applicant'] as const) {
      const r = await stubOf('room-c').command({
        type: 'signature',
        party,
        sha256: 'd'.repeat(64),
      });
      expect('state' in r).toBe(true);
    }
    const sealed = await stubOf('room-c').command({ type: 'seal' });
    expect('state' in sealed && sealed.state.sealedAt).toBeTruthy();
    expect(await stubOf('room-c').command({ type: 'seal' })).toEqual({ error: 'SEALED' });
  });
});
