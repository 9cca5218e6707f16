/**
 * The room of a remote inspection (云上核查), as a pure state machine: who is in it, the
 * applicant's consent to recording (with its time), the checklist item on screen, each item's
 * result, the stills and signatures received, and the seal. The InspectionRoom Durable Object
 * keeps this state in storage and applies every frame through `applyRoomCommand`; the PWA
 * renders the same state. Frames are validated with the schemas below on both ends.
 */
import { z } from 'zod';
import { CHECK_RESULTS, type CheckResult } from './checklist';
import { geoReportSchema, sameReport, tidyReport, type GeoEntry, type GeoReport } from './geo-fix';
import { roomMediaSchema, type RoomMedia } from './room-media';

export const ROOM_ROLES = ['lead', 'observer', 'applicant'] as const;
export type RoomRole = (typeof ROOM_ROLES)[number];

/** What the worker tells the room about its inspection (from D1) when someone joins. */
export const roomSetupSchema = z
  .object({
    inspectionId: z.string().min(1).max(64),
    /** The checklist in order: item id and whether a still frame is required. */
    items: z
      .array(
        z
          .object({
            id: z.string().min(1).max(40),
            still: z.boolean(),
            /** What both screens show for the item. */
            title: z.object({ zh: z.string().max(60), en: z.string().max(60) }).strict(),
            look: z.object({ zh: z.string().max(300), en: z.string().max(300) }).strict(),
          })
          .strict(),
      )
      .min(1)
      .max(30),
    /** Lead first, then the observers. */
    officerIds: z.array(z.string().min(1).max(64)).min(2).max(6),
    applicantId: z.string().min(1).max(64),
  })
  .strict();
export type RoomSetup = z.infer<typeof roomSetupSchema>;

export interface ItemResult {
  result: CheckResult;
  note: string;
  at: string;
}

export interface RoomState {
  setup: RoomSetup;
  /** Everyone present now, by person id, with their role. */
  present: Record<string, RoomRole>;
  /** Every join and leave, in order (for the manifest: who was in the call, when). */
  log: { at: string; person: string; role: RoomRole; event: 'join' | 'leave' }[];
  /** The applicant's consent to recording, with its time; recording starts only after it. */
  consentAt: string | null;
  /** Index of the item on both screens. */
  current: number;
  results: Record<string, ItemResult>;
  /** SHA-256 (hex) of each still frame taken, by item, in order. */
  stills: Record<string, string[]>;
  /** Each party's latest position report (GPS where the device gave it), by person. */
  positions: Record<string, GeoEntry>;
  /** The applicant's position report sent with the consent (null: none came with it). */
  consentPosition: GeoEntry | null;
  /** Where the applicant and the lead were (their latest reports) when a still was taken. */
  stillPositions: Record<string, { applicant?: GeoEntry; lead?: GeoEntry }>;
  /** SFU media: each party's session and published track names (empty for peer-to-peer). */
  media: Record<string, RoomMedia>;
  /** Signatures received (SHA-256 hex of the signature file), by party. */
  signatures: Partial<Record<'lead' | 'applicant', { at: string; sha256: string }>>;
  sealedAt: string | null;
  /** Bumped by every change: clients drop a state older than the one they have. */
  seq: number;
}

/** Client → room frames. Every frame is parsed with this before anything else happens. */
export const roomClientFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }).strict(),
  z
    .object({
      type: z.literal('signal'),
      /** The person the signal is for (peer-to-peer: each pair negotiates on its own). */
      to: z.string().min(1).max(64),
      /** SDP offer/answer or ICE candidate, opaque to the server. */
      payload: z.record(z.string(), z.unknown()),
    })
    .strict(),
  z
    .object({
      type: z.literal('consent'),
      agree: z.literal(true),
      /** Where the applicant's device was when they agreed, or why it gave no position. */
      position: geoReportSchema.optional(),
    })
    .strict(),
  /** A party's device reports its position (on a change; never required). */
  z.object({ type: z.literal('position'), report: geoReportSchema }).strict(),
  z.object({ type: z.literal('goto'), index: z.number().int().min(0).max(29) }).strict(),
  z
    .object({
      type: z.literal('result'),
      itemId: z.string().min(1).max(40),
      result: z.enum(CHECK_RESULTS),
      note: z.string().max(500).default(''),
    })
    .strict(),
]);
export type RoomClientFrame = z.infer<typeof roomClientFrameSchema>;

/** What the server itself records in the room (after an upload it checked). */
export type RoomServerCommand =
  | { type: 'join'; person: string; role: RoomRole }
  | { type: 'leave'; person: string }
  | { type: 'still'; itemId: string; sha256: string }
  | { type: 'signature'; party: 'lead' | 'applicant'; sha256: string }
  | { type: 'media'; person: string; media: RoomMedia }
  /** A party's `position` frame, applied for the person who sent it. */
  | { type: 'located'; person: string; report: GeoReport }
  | { type: 'seal' };

export type RoomCommand =
  Exclude<RoomClientFrame, { type: 'ping' | 'signal' | 'position' }> | RoomServerCommand;

export type RoomServerFrame =
  | { type: 'state'; state: RoomState }
  | { type: 'signal'; from: string; payload: Record<string, unknown> }
  | { type: 'pong' }
  | { type: 'error'; code: RoomErrorCode };

export const ROOM_ERROR_CODES = [
  'BAD_FRAME',
  'NOT_PARTICIPANT',
  'NOT_ALLOWED',
  'CONSENT_FIRST',
  'UNKNOWN_ITEM',
  'STILL_REQUIRED',
  'CHECKLIST_UNFINISHED',
  'ALREADY_SIGNED',
  'SIGNATURES_MISSING',
  'SEALED',
] as const;
export type RoomErrorCode = (typeof ROOM_ERROR_CODES)[number];

/** A fresh room for an inspection. */
export function newRoom(setup: RoomSetup): RoomState {
  return {
    setup,
    present: {},
    log: [],
    consentAt: null,
    current: 0,
    results: {},
    stills: {},
    positions: {},
    consentPosition: null,
    stillPositions: {},
    media: {},
    signatures: {},
    sealedAt: null,
    seq: 0,
  };
}

/** A state stored before a field existed, with that field's empty value (storage outlives code). */
export function normaliseRoom(s: RoomState): RoomState {
  return { ...newRoom(s.setup), ...s };
}

/** The role a person has in this room, or null when they are not one of its parties. */
export function roleOf(setup: RoomSetup, person: string): RoomRole | null {
  if (person === setup.applicantId) return 'applicant';
  const i = setup.officerIds.indexOf(person);
  return i < 0 ? null : i === 0 ? 'lead' : 'observer';
}

/** Whether every item has a result and every still the checklist requires. */
export function checklistDone(s: RoomState): boolean {
  return s.setup.items.every((i) => {
    const r = s.results[i.id];
    return r !== undefined && (!i.still || r.result === 'na' || (s.stills[i.id]?.length ?? 0) > 0);
  });
}

/** Who may send which command (server commands come from the worker, never from a socket). */
const ACTORS: Record<RoomCommand['type'], readonly (RoomRole | 'server')[]> = {
  consent: ['applicant'],
  goto: ['lead'],
  result: ['lead'],
  join: ['server'],
  leave: ['server'],
  still: ['server'],
  signature: ['server'],
  media: ['server'],
  located: ['server'],
  seal: ['server'],
};

/**
 * Applies one command for `actor` at `now`; the new state, or the code of the refusal (the
 * state is then unchanged). Example: applyRoomCommand(s, 'applicant', {type:'consent', agree:true}, t).
 */
export function applyRoomCommand(
  s: RoomState,
  actor: RoomRole | 'server',
  cmd: RoomCommand,
  now: string,
): { state: RoomState } | { error: RoomErrorCode } {
  if (!ACTORS[cmd.type].includes(actor)) return { error: 'NOT_ALLOWED' };
  if (s.sealedAt && cmd.type !== 'join' && cmd.type !== 'leave') return { error: 'SEALED' };
  const next = (patch: Partial<RoomState>): { state: RoomState } => ({
    state: { ...s, ...patch, seq: s.seq + 1 },
  });
  switch (cmd.type) {
    case 'join': {
      const role = roleOf(s.setup, cmd.person);
      if (!role || role !== cmd.role) return { error: 'NOT_PARTICIPANT' };
      return next({
        present: { ...s.present, [cmd.person]: role },
        log: [...s.log, { at: now, person: cmd.person, role, event: 'join' }],
      });
    }
    case 'leave': {
      const role = s.present[cmd.person];
      if (!role) return { state: s };
      const present = { ...s.present };
      delete present[cmd.person];
      return next({
        present,
        log: [...s.log, { at: now, person: cmd.person, role, event: 'leave' }],
      });
    }
    case 'consent': {
      // Consent is given once; repeating it keeps the first time.
      if (s.consentAt) return { state: s };
      const entry = cmd.position ? { ...tidyReport(cmd.position), receivedAt: now } : null;
      const applicant = s.setup.applicantId;
      return next({
        consentAt: now,
        consentPosition: entry,
        ...(entry ? { positions: { ...s.positions, [applicant]: entry } } : {}),
      });
    }
    case 'located': {
      // A report that says nothing new is not stored again (no write every few seconds).
      if (!s.present[cmd.person]) return { error: 'NOT_PARTICIPANT' };
      const report = tidyReport(cmd.report);
      if (sameReport(s.positions[cmd.person], report)) return { state: s };
      return next({ positions: { ...s.positions, [cmd.person]: { ...report, receivedAt: now } } });
    }
    case 'goto':
      if (!s.consentAt) return { error: 'CONSENT_FIRST' };
      if (cmd.index >= s.setup.items.length) return { error: 'UNKNOWN_ITEM' };
      return next({ current: cmd.index });
    case 'result': {
      if (!s.consentAt) return { error: 'CONSENT_FIRST' };
      if (Object.keys(s.signatures).length > 0) return { error: 'ALREADY_SIGNED' };
      const item = s.setup.items.find((i) => i.id === cmd.itemId);
      if (!item) return { error: 'UNKNOWN_ITEM' };
      const stills = s.stills[item.id] ?? [];
      if (item.still && cmd.result !== 'na' && stills.length === 0)
        return { error: 'STILL_REQUIRED' };
      return next({
        results: { ...s.results, [item.id]: { result: cmd.result, note: cmd.note, at: now } },
      });
    }
    case 'still': {
      if (!s.consentAt) return { error: 'CONSENT_FIRST' };
      const item = s.setup.items.find((i) => i.id === cmd.itemId);
      if (!item) return { error: 'UNKNOWN_ITEM' };
      if (Object.keys(s.signatures).length > 0) return { error: 'ALREADY_SIGNED' };
      const stills = [...(s.stills[item.id] ?? []), cmd.sha256];
      const applicant = s.positions[s.setup.applicantId];
      const lead = s.positions[s.setup.officerIds[0] ?? ''];
      return next({
        stills: { ...s.stills, [item.id]: stills },
        stillPositions: {
          ...s.stillPositions,
          [cmd.sha256]: { ...(applicant ? { applicant } : {}), ...(lead ? { lead } : {}) },
        },
      });
    }
    case 'signature':
      if (!checklistDone(s)) return { error: 'CHECKLIST_UNFINISHED' };
      if (s.signatures[cmd.party]) return { error: 'ALREADY_SIGNED' };
      return next({
        signatures: { ...s.signatures, [cmd.party]: { at: now, sha256: cmd.sha256 } },
      });
    case 'media': {
      if (!s.present[cmd.person]) return { error: 'NOT_PARTICIPANT' };
      const parsed = roomMediaSchema.safeParse(cmd.media);
      if (!parsed.success) return { error: 'BAD_FRAME' };
      return next({ media: { ...s.media, [cmd.person]: parsed.data } });
    }
    case 'seal':
      if (!s.signatures.lead || !s.signatures.applicant) return { error: 'SIGNATURES_MISSING' };
      return next({ sealedAt: now });
  }
}

/** What a party's browser needs to connect its media (never a secret). */
export interface MediaConfig {
  provider: 'p2p' | 'cloudflare';
  role: RoomRole;
  /** The caller's own id in the room (signals are addressed by person). */
  person: string;
  iceServers: { urls: string[]; username?: string; credential?: string }[];
}
