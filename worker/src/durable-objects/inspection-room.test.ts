import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { RoomServerFrame } from '../../core/live';

async function join(
  name: string,
  role: string,
): Promise<{ ws: WebSocket; got: RoomServerFrame[] }> {
  const stub = env.INSPECTION_ROOM.get(env.INSPECTION_ROOM.idFromName(name));
  const res = await stub.fetch('http://room/', {
    headers: { upgrade: 'websocket', 'x-room-role': role },
  });
  const ws = res.webSocket;
  if (!ws) throw new Error(`no websocket: ${res.status}`);
  const got: RoomServerFrame[] = [];
  ws.addEventListener('message', (e) => {
    got.push(JSON.parse(String(e.data)) as RoomServerFrame);
  });
  ws.accept();
  return { ws, got };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('InspectionRoom', () => {
  it('relays signalling between inspector and applicant only', async () => {
    const inspector = await join('room-1', 'inspector');
    const applicant = await join('room-1', 'applicant');
    await until(() => inspector.got.some((f) => f.type === 'peer'));
    expect(inspector.got).toContainEqual({ type: 'peer', role: 'applicant', present: true });
    inspector.ws.send(JSON.stringify({ type: 'signal', payload: { sdp: 'offer' } }));
    await until(() => applicant.got.some((f) => f.type === 'signal'));
    expect(applicant.got).toContainEqual({
      type: 'signal',
      from: 'inspector',
      payload: { sdp: 'offer' },
    });
    expect(inspector.got.some((f) => f.type === 'signal')).toBe(false);
  });

  it('refuses an unknown role and answers malformed frames with an error', async () => {
    const stub = env.INSPECTION_ROOM.get(env.INSPECTION_ROOM.idFromName('room-2'));
    const res = await stub.fetch('http://room/', {
      headers: { upgrade: 'websocket', 'x-room-role': 'visitor' },
    });
    expect(res.status).toBe(400);
    const a = await join('room-2', 'applicant');
    a.ws.send('not json');
    await until(() => a.got.some((f) => f.type === 'error'));
    expect(a.got).toContainEqual({ type: 'error', code: 'BAD_FRAME' });
  });
});
