import { describe, expect, it } from 'vitest';
import {
  applyRoomCommand,
  checklistDone,
  newRoom,
  normaliseRoom,
  roomClientFrameSchema,
  type RoomCommand,
  type RoomRole,
  type RoomState,
} from './room';

const T2 = { zh: '固定经营场所', en: 'Fixed premises' };
const setup = {
  inspectionId: 'rmt_1',
  items: [
    { id: 'fixed_premises', still: true, title: T2, look: T2 },
    { id: 'school_distance', still: false, title: T2, look: T2 },
  ],
  officerIds: ['stf_lead', 'stf_obs'],
  applicantId: 'apl_1',
};
const T = '2026-12-03T02:00:00.000Z';

/** Applies the commands in turn, failing on the first refusal. */
function run(steps: [RoomRole | 'server', RoomCommand][], from = newRoom(setup)): RoomState {
  return steps.reduce((s, [actor, cmd]) => {
    const r = applyRoomCommand(s, actor, cmd, T);
    if ('error' in r) throw new Error(`${cmd.type}: ${r.error}`);
    return r.state;
  }, from);
}

function refusal(s: RoomState, actor: RoomRole | 'server', cmd: RoomCommand): string | null {
  const r = applyRoomCommand(s, actor, cmd, T);
  return 'error' in r ? r.error : null;
}

const joined = () =>
  run([
    ['server', { type: 'join', person: 'stf_lead', role: 'lead' }],
    ['server', { type: 'join', person: 'apl_1', role: 'applicant' }],
  ]);

describe('the inspection room', () => {
  it('admits its parties in their roles only, and logs joins and leaves', () => {
    const s = joined();
    expect(s.present).toEqual({ stf_lead: 'lead', apl_1: 'applicant' });
    expect(refusal(s, 'server', { type: 'join', person: 'apl_2', role: 'applicant' })).toBe(
      'NOT_PARTICIPANT',
    );
    expect(refusal(s, 'server', { type: 'join', person: 'stf_obs', role: 'lead' })).toBe(
      'NOT_PARTICIPANT',
    );
    const left = run([['server', { type: 'leave', person: 'apl_1' }]], s);
    expect(left.present).toEqual({ stf_lead: 'lead' });
    expect(left.log.map((l) => `${l.person}:${l.event}`)).toEqual([
      'stf_lead:join',
      'apl_1:join',
      'apl_1:leave',
    ]);
  });

  it('walks only after consent, needs the still the item requires, then both sign and seal', () => {
    const s = joined();
    expect(refusal(s, 'lead', { type: 'goto', index: 1 })).toBe('CONSENT_FIRST');
    expect(refusal(s, 'lead', { type: 'consent', agree: true })).toBe('NOT_ALLOWED');
    const c = run([['applicant', { type: 'consent', agree: true }]], s);
    expect(c.consentAt).toBe(T);
    const item = { type: 'result', itemId: 'fixed_premises', result: 'pass', note: '' } as const;
    expect(refusal(c, 'lead', item)).toBe('STILL_REQUIRED');
    expect(refusal(c, 'applicant', item)).toBe('NOT_ALLOWED');
    expect(refusal(c, 'observer', { type: 'goto', index: 1 })).toBe('NOT_ALLOWED');
    expect(refusal(c, 'lead', { type: 'goto', index: 2 })).toBe('UNKNOWN_ITEM');
    const sig = { type: 'signature', party: 'lead', sha256: 'a'.repeat(64) } as const;
    expect(refusal(c, 'server', sig)).toBe('CHECKLIST_UNFINISHED');
    const walked = run(
      [
        ['server', { type: 'still', itemId: 'fixed_premises', sha256: 'b'.repeat(64) }],
        ['lead', item],
        ['lead', { type: 'goto', index: 1 }],
        [
          'lead',
          { type: 'result', itemId: 'school_distance', result: 'fail', note: '距小学约80米' },
        ],
      ],
      c,
    );
    expect(checklistDone(walked)).toBe(true);
    expect(walked.current).toBe(1);
    expect(refusal(walked, 'server', { type: 'seal' })).toBe('SIGNATURES_MISSING');
    const signed = run([['server', sig]], walked);
    expect(refusal(signed, 'server', sig)).toBe('ALREADY_SIGNED');
    expect(refusal(signed, 'lead', item)).toBe('ALREADY_SIGNED');
    const sealed = run(
      [
        ['server', { type: 'signature', party: 'applicant', sha256: 'c'.repeat(64) }],
        ['server', { type: 'seal' }],
      ],
      signed,
    );
    expect(sealed.sealedAt).toBe(T);
    expect(refusal(sealed, 'server', { type: 'seal' })).toBe('SEALED');
    expect(
      refusal(sealed, 'server', { type: 'still', itemId: 'fixed_premises', sha256: 'd' }),
    ).toBe('SEALED');
    expect(sealed.seq).toBeGreaterThan(walked.seq);
  });

  it('validates every client frame', () => {
    const ok = [
      { type: 'ping' },
      { type: 'signal', to: 'apl_1', payload: { sdp: 'v=0' } },
      { type: 'consent', agree: true },
      { type: 'goto', index: 3 },
      { type: 'result', itemId: 'x', result: 'na' },
    ];
    for (const f of ok)
      expect(roomClientFrameSchema.safeParse(f).success, JSON.stringify(f)).toBe(true);
    const bad = [
      {},
      { type: 'seal' },
      { type: 'signature', party: 'lead', sha256: 'x' },
      { type: 'join', person: 'apl_1', role: 'applicant' },
      { type: 'consent', agree: false },
      { type: 'goto', index: -1 },
      { type: 'goto', index: 1.5 },
      { type: 'result', itemId: 'x', result: 'maybe' },
      { type: 'result', itemId: 'x', result: 'pass', note: 'n'.repeat(501) },
      { type: 'signal', payload: {} },
      { type: 'ping', extra: 1 },
    ];
    for (const f of bad)
      expect(roomClientFrameSchema.safeParse(f).success, JSON.stringify(f)).toBe(false);
  });

  it('keeps each party’s latest position, the consent’s, and stamps stills with them', () => {
    const fix = { status: 'given', lat: 36.7, lng: 119.02, accuracy: 9.6, at: T } as const;
    const s = joined();
    const c = run([['applicant', { type: 'consent', agree: true, position: fix }]], s);
    expect(c.consentPosition).toEqual({ ...fix, accuracy: 10, receivedAt: T });
    expect(c.positions.apl_1).toEqual(c.consentPosition);
    // Only the server applies a report, for the person whose socket sent it.
    const located = { type: 'located', person: 'stf_lead', report: fix } as const;
    expect(refusal(c, 'lead', located)).toBe('NOT_ALLOWED');
    expect(refusal(c, 'server', { ...located, person: 'stf_obs' })).toBe('NOT_PARTICIPANT');
    const l = run([['server', located]], c);
    expect(run([['server', located]], l)).toBe(l);
    const shot = run(
      [['server', { type: 'still', itemId: 'fixed_premises', sha256: 'b'.repeat(64) }]],
      l,
    );
    expect(shot.stillPositions['b'.repeat(64)]).toEqual({
      applicant: c.consentPosition,
      lead: { ...fix, accuracy: 10, receivedAt: T },
    });
  });

  it('reads a room stored before positions and media existed', () => {
    const { positions: _p, consentPosition: _c, stillPositions: _s, media: _m, ...old } = joined();
    const s = normaliseRoom(old as RoomState);
    expect(s.positions).toEqual({});
    expect(s.media).toEqual({});
    expect(s.present).toEqual(joined().present);
  });

  it('validates position reports', () => {
    const fix = { status: 'given', lat: -33.9, lng: 151.2, accuracy: 0, at: T };
    for (const report of [fix, { status: 'not_given', reason: 'timeout' }])
      expect(roomClientFrameSchema.safeParse({ type: 'position', report }).success).toBe(true);
    for (const report of [
      { ...fix, lat: -90.1 },
      { ...fix, lng: 180.5 },
      { ...fix, accuracy: Number.NaN },
      { ...fix, at: '2026-12-03' },
      { status: 'not_given', reason: 'denied', lat: 1 },
    ])
      expect(roomClientFrameSchema.safeParse({ type: 'position', report }).success).toBe(false);
  });
});
