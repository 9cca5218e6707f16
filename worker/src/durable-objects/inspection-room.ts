import { DurableObject } from 'cloudflare:workers';
import { roomClientFrameSchema, type RoomServerFrame } from '../../core/live';
import type { Env } from '../env';

type Role = 'inspector' | 'applicant';
const ROLES: Role[] = ['inspector', 'applicant'];
/** A room with nobody in it is cleared after a day. */
const IDLE_MS = 24 * 3600_000;

/**
 * One room per remote inspection (云上核查), addressed by the inspection id. It admits at most
 * one inspector and one applicant (the worker has already checked who they are and passes the
 * role in a header) and relays WebRTC signalling between them.
 */
export class InspectionRoom extends DurableObject<Env> {
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('upgrade') !== 'websocket') {
      return new Response('expected a websocket', { status: 426 });
    }
    const role = request.headers.get('x-room-role') as Role | null;
    if (!role || !ROLES.includes(role)) return new Response('bad role', { status: 400 });
    for (const old of this.ctx.getWebSockets(role)) old.close(4000, 'replaced by a new connection');
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], [role]);
    const peers = ROLES.filter((r) => r === role || this.ctx.getWebSockets(r).length > 0);
    this.send(pair[1], { type: 'joined', role, peers });
    this.broadcast(role, { type: 'peer', role, present: true });
    await this.ctx.storage.setAlarm(Date.now() + IDLE_MS);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  /** Who is connected now. */
  presence(): Role[] {
    return ROLES.filter((r) => this.ctx.getWebSockets(r).length > 0);
  }

  override webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    const role = this.ctx.getTags(ws)[0] as Role;
    let frame;
    try {
      frame = roomClientFrameSchema.parse(JSON.parse(String(message)));
    } catch {
      this.send(ws, { type: 'error', code: 'BAD_FRAME' });
      return;
    }
    switch (frame.type) {
      case 'ping':
        this.send(ws, { type: 'pong' });
        break;
      case 'signal':
        this.broadcast(role, { type: 'signal', from: role, payload: frame.payload });
        break;
    }
  }

  override webSocketClose(ws: WebSocket): void {
    const role = this.ctx.getTags(ws)[0] as Role;
    this.broadcast(role, { type: 'peer', role, present: false });
  }

  override async alarm(): Promise<void> {
    if (this.ctx.getWebSockets().length > 0) {
      await this.ctx.storage.setAlarm(Date.now() + IDLE_MS);
      return;
    }
    await this.ctx.storage.deleteAll();
  }

  /** Sends to everyone except the `from` role. */
  private broadcast(from: Role, frame: RoomServerFrame): void {
    for (const r of ROLES) {
      if (r === from) continue;
      for (const ws of this.ctx.getWebSockets(r)) this.send(ws, frame);
    }
  }

  private send(ws: WebSocket, frame: RoomServerFrame): void {
    try {
      ws.send(JSON.stringify(frame));
    } catch {
      // Closed meanwhile.
    }
  }
}
