/** Test helpers for a remote inspection's evidence: join the call, record, sign. */
import { expect } from 'vitest';
import type { RoomServerFrame, RoomState } from '../core/room';
import { call, loginApplicant, loginStaff, todayMinus } from './fixtures';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...d].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Joins the call's room as `cookie` and keeps every state frame received. */
export async function joinCall(id: string, cookie: string, mine = false) {
  const res = await call(`/api/${mine ? 'my/' : ''}inspections/${id}/room`, {
    cookie,
    headers: { upgrade: 'websocket', origin: 'http://xuke.test' },
  });
  const ws = res.webSocket;
  if (!ws) throw new Error(`no websocket: ${res.status} ${await res.text()}`);
  const got: RoomServerFrame[] = [];
  ws.addEventListener('message', (e) => got.push(JSON.parse(String(e.data)) as RoomServerFrame));
  ws.accept();
  const last = (): RoomState | undefined =>
    [...got]
      .reverse()
      .find((f): f is Extract<RoomServerFrame, { type: 'state' }> => f.type === 'state')?.state;
  const send = (frame: unknown) => ws.send(JSON.stringify(frame));
  return { ws, got, last, send };
}

export type Call = Awaited<ReturnType<typeof joinCall>>;

export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

export function signature(seed = 1) {
  return {
    width: 300,
    height: 150,
    strokes: [
      {
        points: [
          { x: 10 + seed, y: 20, time: 1_700_000_000_000 },
          { x: 40, y: 60 + seed, time: 1_700_000_000_040 },
          { x: 90, y: 30, time: 1_700_000_000_090 },
        ],
      },
    ],
    png: 'data:image/png;base64,iVBORw0KGgo=',
  };
}

export async function putChunk(
  cookie: string,
  id: string,
  rid: string,
  index: number,
  bytes: Uint8Array,
  hash?: string,
) {
  return call(`/api/inspections/${id}/recordings/${rid}/chunks/${index}`, {
    method: 'PUT',
    cookie,
    body: bytes,
    headers: {
      'content-type': 'video/webm',
      'x-content-sha256': hash ?? (await sha256Hex(bytes)),
    },
  });
}

export function chunkBytes(i: number, size = 3000): Uint8Array {
  const b = new Uint8Array(size);
  for (let k = 0; k < size; k++) b[k] = (k * 31 + i * 7) & 0xff;
  return b;
}

/**
 * A live call of inspection `id` up to the seal: both join, consent, a recording of `chunks` chunks,
 * a still and a result for every item, both signatures. Returns the cookies and sockets.
 */
export async function walkToSignatures(
  id: string,
  chunks = 3,
  /** Extra fields of the consent frame (its position report), and what happens before stills. */
  opts: {
    consent?: Record<string, unknown>;
    beforeStills?: (l: Call, a: Call) => Promise<void>;
  } = {},
) {
  const lead = await loginStaff('inspector');
  const applicant = await loginApplicant('13900000001');
  const l = await joinCall(id, lead);
  const a = await joinCall(id, applicant, true);
  a.send({ type: 'consent', agree: true, ...opts.consent });
  await until(() => Boolean(l.last()?.consentAt));
  const started = await call(`/api/inspections/${id}/recordings`, {
    cookie: lead,
    body: { mimeType: 'video/webm;codecs=vp8,opus' },
  });
  expect(started.status, await started.clone().text()).toBe(201);
  const { recording } = (await started.json()) as { recording: { id: string } };
  for (let i = 0; i < chunks; i++) {
    const res = await putChunk(lead, id, recording.id, i, chunkBytes(i));
    expect(res.status, await res.clone().text()).toBe(200);
  }
  await opts.beforeStills?.(l, a);
  const items = l.last()!.setup.items;
  for (const [n, item] of items.entries()) {
    if (item.still) {
      const still = new Uint8Array(300).fill(n + 1);
      still.set([0xff, 0xd8, 0xff, 0xe0]);
      const res = await call(
        `/api/inspections/${id}/stills?item=${item.id}&sha256=${await sha256Hex(still)}`,
        { cookie: lead, body: still, headers: { 'content-type': 'image/jpeg' } },
      );
      expect(res.status, await res.clone().text()).toBe(201);
    }
    l.send({ type: 'result', itemId: item.id, result: 'pass', note: '' });
    await until(() => l.last()?.results[item.id]?.result === 'pass');
  }
  const s1 = await call(`/api/inspections/${id}/signature`, { cookie: lead, body: signature(1) });
  expect(s1.status, await s1.clone().text()).toBe(201);
  const s2 = await call(`/api/my/inspections/${id}/signature`, {
    cookie: applicant,
    body: signature(2),
  });
  expect(s2.status, await s2.clone().text()).toBe(201);
  return { lead, applicant, l, a, recordingId: recording.id };
}

/** A remote inspection of `app_insp` registered by its county's clerk (lead `inspector`). */
export async function registerRemote(): Promise<string> {
  const clerk = await loginStaff('clerk');
  const res = await call('/api/inspections', {
    cookie: clerk,
    body: {
      applicationId: 'app_insp',
      companyName: '建国便利店',
      phone: '13900000001',
      contactName: '王建国',
      address: '潍城区胜利西街100号',
      deadlineOn: todayMinus(-5),
      on: todayMinus(-2),
      at: '10:30',
      leadId: 'stf_inspector',
      observerIds: ['stf_inspector2'],
      checklistVersion: 'new-v1',
    },
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { inspection: { id: string } }).inspection.id;
}
