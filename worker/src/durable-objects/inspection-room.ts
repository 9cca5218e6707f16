import { DurableObject } from 'cloudflare:workers';
import {
  applyRoomCommand,
  newRoom,
  normaliseRoom,
  roleOf,
  roomClientFrameSchema,
  roomSetupSchema,
  type RoomCommand,
  type RoomErrorCode,
  type RoomRole,
  type RoomServerCommand,
  type RoomServerFrame,
  type RoomState,
} from '../../core/room';
import type { Env } from '../env';
import { appNowIso } from '../lib/clock';

function assertNever(x: never): never {
  throw new Error(`unhandled frame ${JSON.stringify(x)}`);
}

/** A sealed room nobody is in is cleared after a day (the sealed manifest holds it all). */
const IDLE_MS = 24 * 3600_000;
const KEY = 'room';

/**
 * One room per remote inspection (云上核查), addressed by the inspection id. The worker checks
 * who is calling and passes the person, their role and the inspection's setup in headers; the
 * room keeps its state (core/room.ts) in storage, never only in memory, so it survives
 * reconnects and a restart of the object; every frame is validated before anything happens.
 * It relays WebRTC signalling between the parties (peer-to-peer media needs nothing else).
 */
export class InspectionRoom extends DurableObject<Env> {
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('upgrade') !== 'websocket') {
      return new Response('expected a websocket', { status: 426 });
    }
    const person = request.headers.get('x-room-person') ?? '';
    const role = request.headers.get('x-room-role') as RoomRole | null;
    let setup;
    try {
      setup = roomSetupSchema.parse(
        JSON.parse(decodeURIComponent(request.headers.get('x-room-setup') ?? '')),
      );
    } catch {
      return new Response('bad setup', { status: 400 });
    }
    const state = (await this.load()) ?? newRoom(setup);
    if (!role || roleOf(state.setup, person) !== role) {
      return Response.json({ code: 'NOT_PARTICIPANT' }, { status: 403 });
    }
    // The same person again (a reload, a network switch): the new connection replaces the old.
    for (const old of this.ctx.getWebSockets(person)) {
      old.serializeAttachment({ person, replaced: true });
      old.close(4000, 'replaced by a new connection');
    }
    const joined = applyRoomCommand(state, 'server', { type: 'join', person, role }, this.now());
    if ('error' in joined) return Response.json({ code: joined.error }, { status: 403 });
    await this.save(joined.state);
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], [person]);
    pair[1].serializeAttachment({ person, replaced: false });
    this.broadcast({ type: 'state', state: joined.state });
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  /** The room's state, or null before anyone joined. */
  async snapshot(): Promise<RoomState | null> {
    return this.load();
  }

  /** What the worker records after an upload it checked (a still, a signature) or the seal. */
  async command(cmd: RoomServerCommand): Promise<{ state: RoomState } | { error: RoomErrorCode }> {
    const state = await this.load();
    if (!state) return { error: 'NOT_PARTICIPANT' };
    const r = applyRoomCommand(state, 'server', cmd, this.now());
    if ('state' in r && r.state !== state) {
      await this.save(r.state);
      this.broadcast({ type: 'state', state: r.state });
    }
    return r;
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const person = this.personOf(ws);
    let frame;
    try {
      frame = roomClientFrameSchema.parse(JSON.parse(String(message)));
    } catch {
      this.send(ws, { type: 'error', code: 'BAD_FRAME' });
      return;
    }
    const state = await this.load();
    const role = state && roleOf(state.setup, person);
    if (!state || !role) {
      this.send(ws, { type: 'error', code: 'NOT_PARTICIPANT' });
      return;
    }
    switch (frame.type) {
      case 'ping':
        this.send(ws, { type: 'pong' });
        return;
      case 'signal':
        if (!state.present[frame.to]) return;
        for (const peer of this.ctx.getWebSockets(frame.to)) {
          this.send(peer, { type: 'signal', from: person, payload: frame.payload });
        }
        return;
      case 'consent':
      case 'goto':
      case 'result':
        await this.apply(ws, state, role, frame);
        return;
      case 'position':
        // Applied for the person of this socket: a party reports only their own position.
        await this.apply(ws, state, 'server', { type: 'located', person, report: frame.report });
        return;
      default:
        return assertNever(frame);
    }
  }

  override async webSocketClose(ws: WebSocket): Promise<void> {
    await this.left(ws);
  }

  override async webSocketError(ws: WebSocket): Promise<void> {
    await this.left(ws);
  }

  override async alarm(): Promise<void> {
    const state = await this.load();
    if (this.ctx.getWebSockets().length > 0 || !state?.sealedAt) {
      if (state?.sealedAt) await this.ctx.storage.setAlarm(Date.now() + IDLE_MS);
      return;
    }
    await this.ctx.storage.deleteAll();
  }

  private async apply(
    ws: WebSocket,
    state: RoomState,
    role: RoomRole | 'server',
    cmd: RoomCommand,
  ) {
    const r = applyRoomCommand(state, role, cmd, this.now());
    if ('error' in r) {
      this.send(ws, { type: 'error', code: r.error });
      return;
    }
    if (r.state === state) return;
    await this.save(r.state);
    this.broadcast({ type: 'state', state: r.state });
  }

  /** A socket went away: the person left, unless a newer connection of theirs replaced it. */
  private async left(ws: WebSocket): Promise<void> {
    const a = ws.deserializeAttachment() as { person: string; replaced: boolean } | null;
    if (!a || a.replaced) return;
    const others = this.ctx.getWebSockets(a.person).filter((w) => w !== ws);
    if (others.length > 0) return;
    const state = await this.load();
    if (!state) return;
    const r = applyRoomCommand(state, 'server', { type: 'leave', person: a.person }, this.now());
    if ('state' in r && r.state !== state) {
      await this.save(r.state);
      this.broadcast({ type: 'state', state: r.state });
    }
  }

  private personOf(ws: WebSocket): string {
    return this.ctx.getTags(ws)[0] ?? '';
  }

  private now(): string {
    return appNowIso(this.env);
  }

  private async load(): Promise<RoomState | null> {
    const stored = await this.ctx.storage.get<RoomState>(KEY);
    return stored ? normaliseRoom(stored) : null;
  }

  private async save(state: RoomState): Promise<void> {
    await this.ctx.storage.put(KEY, state);
    if (state.sealedAt) await this.ctx.storage.setAlarm(Date.now() + IDLE_MS);
  }

  private broadcast(frame: RoomServerFrame): void {
    for (const ws of this.ctx.getWebSockets()) this.send(ws, frame);
  }

  private send(ws: WebSocket, frame: RoomServerFrame): void {
    try {
      ws.send(JSON.stringify(frame));
    } catch {
      // Closed meanwhile.
    }
  }
}
