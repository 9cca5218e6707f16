import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, count, loginApplicant, loginStaff, seedWorld } from '../../../test/fixtures';
import {
  chunkBytes,
  joinCall,
  putChunk,
  registerRemote,
  sha256Hex,
  signature,
  until,
  walkToSignatures,
} from '../../../test/remote-evidence';
import { stateDigest } from '../../../test/state';
import type { ChunkAck } from '../../../core/remote-evidence';
import type { BundleVerdict } from './evidence.verify';

async function codeOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

let id: string;
const version = async () =>
  (await env.DB.prepare('SELECT version FROM remote_inspections WHERE id = ?')
    .bind(id)
    .first<{ version: number }>())!.version;

beforeEach(async () => {
  await seedWorld();
  id = await registerRemote();
});

describe('recording a remote inspection in chained chunks', () => {
  it('starts only after consent, chains chunks in order, acknowledges a replay, refuses the rest', async () => {
    const lead = await loginStaff('inspector');
    const applicant = await loginApplicant('13900000001');
    const l = await joinCall(id, lead);
    const a = await joinCall(id, applicant, true);
    const start = () =>
      call(`/api/inspections/${id}/recordings`, { cookie: lead, body: { mimeType: 'video/webm' } });
    expect(await codeOf(await start())).toBe('EVIDENCE_CONSENT_FIRST');
    a.send({ type: 'consent', agree: true });
    await until(() => Boolean(l.last()?.consentAt));
    // The observer may not record.
    const observer = await loginStaff('inspector2');
    const byObserver = await call(`/api/inspections/${id}/recordings`, {
      cookie: observer,
      body: { mimeType: 'video/webm' },
    });
    expect(byObserver.status).toBe(403);
    const res = await start();
    expect(res.status).toBe(201);
    const rid = ((await res.json()) as { recording: { id: string } }).recording.id;

    const ack0 = (
      (await (await putChunk(lead, id, rid, 0, chunkBytes(0))).json()) as {
        ack: ChunkAck;
      }
    ).ack;
    expect(ack0).toMatchObject({ index: 0, chunks: 1, bytes: 3000, duplicate: false });

    // Refusals change nothing.
    const before = await stateDigest();
    expect(await codeOf(await putChunk(lead, id, rid, 2, chunkBytes(2)))).toBe(
      'EVIDENCE_CHUNK_GAP',
    );
    expect(
      await codeOf(await putChunk(lead, id, rid, 1, chunkBytes(1), await sha256Hex(chunkBytes(9)))),
    ).toBe('EVIDENCE_CHUNK_HASH');
    expect(await codeOf(await putChunk(lead, id, rid, 0, chunkBytes(5)))).toBe(
      'EVIDENCE_CHUNK_CONFLICT',
    );
    expect(await codeOf(await putChunk(lead, id, rid, 1, new Uint8Array(0)))).toBe(
      'EVIDENCE_CHUNK_EMPTY',
    );
    expect(
      await codeOf(await putChunk(lead, id, rid, 1, new Uint8Array(4 * 1024 * 1024 + 1))),
    ).toBe('EVIDENCE_CHUNK_TOO_LARGE');
    expect((await putChunk(observer, id, rid, 1, chunkBytes(1))).status).toBe(403);
    expect(await stateDigest()).toBe(before);

    // A replay of an acknowledged chunk: the same answer, nothing written twice.
    const replay = (
      (await (await putChunk(lead, id, rid, 0, chunkBytes(0))).json()) as {
        ack: ChunkAck;
      }
    ).ack;
    expect(replay).toMatchObject({ index: 0, chain: ack0.chain, duplicate: true });
    expect(await stateDigest()).toBe(before);

    const ack1 = (
      (await (await putChunk(lead, id, rid, 1, chunkBytes(1))).json()) as {
        ack: ChunkAck;
      }
    ).ack;
    expect(ack1).toMatchObject({ index: 1, chunks: 2, bytes: 6000 });
    expect(await count('evidence_chunks')).toBe(2);
    const stored = await env.EVIDENCE.get(`evidence/${id}/chunks/${rid}/00001.webm`);
    expect(await sha256Hex(new Uint8Array(await stored!.arrayBuffer()))).toBe(
      await sha256Hex(chunkBytes(1)),
    );
    const list = await call(`/api/inspections/${id}/recordings`, { cookie: lead });
    expect(((await list.json()) as { items: { chunks: number }[] }).items[0]?.chunks).toBe(2);
    l.ws.close(1000);
    a.ws.close(1000);
  });

  it('refuses signing before the checklist is done, and stills for an unknown item', async () => {
    const lead = await loginStaff('inspector');
    const applicant = await loginApplicant('13900000001');
    const l = await joinCall(id, lead);
    const a = await joinCall(id, applicant, true);
    a.send({ type: 'consent', agree: true });
    await until(() => Boolean(l.last()?.consentAt));
    const before = await stateDigest();
    expect(
      await codeOf(
        await call(`/api/inspections/${id}/signature`, { cookie: lead, body: signature() }),
      ),
    ).toBe('EVIDENCE_CHECKLIST_UNFINISHED');
    const still = new Uint8Array(300).fill(3);
    still.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await call(
      `/api/inspections/${id}/stills?item=nope&sha256=${await sha256Hex(still)}`,
      {
        cookie: lead,
        body: still,
        headers: { 'content-type': 'image/jpeg' },
      },
    );
    expect(await codeOf(res)).toBe('EVIDENCE_UNKNOWN_ITEM');
    expect(await stateDigest()).toBe(before);
    l.ws.close(1000);
    a.ws.close(1000);
  });
});

describe('sealing, the bundle and its verification', () => {
  it('seals with both signatures, records the case, and the bundle verifies until a chunk changes', async () => {
    const { lead, l, a, recordingId } = await walkToSignatures(id, 3);
    const clerk = await loginStaff('clerk');
    // Not yet sealed: no bundle.
    expect(await codeOf(await call(`/api/inspections/${id}/evidence`, { cookie: clerk }))).toBe(
      'EVIDENCE_NOT_SEALED',
    );
    const v = await version();
    const sealed = await call(`/api/inspections/${id}/seal`, {
      cookie: lead,
      body: { version: v },
    });
    expect(sealed.status, await sealed.clone().text()).toBe(200);
    expect(
      ((await sealed.json()) as { seal: { outcome: string; caseRecorded: boolean } }).seal,
    ).toMatchObject({
      outcome: 'pass',
      caseRecorded: true,
    });
    await until(() => Boolean(l.last()?.sealedAt));
    const app = await env.DB.prepare(
      "SELECT status FROM applications WHERE id = 'app_insp'",
    ).first<{ status: string }>();
    expect(app?.status).not.toBe('inspection');
    expect(await count('notifications', "template = 'remote_inspection_sealed'")).toBe(1);

    // Nothing changes after the seal.
    const before = await stateDigest();
    expect(await codeOf(await putChunk(lead, id, recordingId, 3, chunkBytes(3)))).toBe(
      'EVIDENCE_SEALED',
    );
    expect(
      await codeOf(
        await call(`/api/inspections/${id}/seal`, { cookie: lead, body: { version: v + 1 } }),
      ),
    ).toBe('EVIDENCE_SEALED');
    expect(await stateDigest()).toBe(before);

    // The bundle: downloaded (audited) and intact.
    const zip = await call(`/api/inspections/${id}/evidence`, { cookie: clerk });
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const bytes = new Uint8Array(await zip.arrayBuffer());
    expect(await count('audit_log', "event = 'evidence_bundle_downloaded'")).toBe(1);
    const verify = async () =>
      (
        (await (
          await call('/api/evidence/verify', {
            cookie: clerk,
            body: bytes,
            headers: { 'content-type': 'application/zip' },
          })
        ).json()) as { verdict: BundleVerdict }
      ).verdict;
    expect(await verify()).toEqual({ intact: true, problems: [] });
    const stored = async () =>
      (
        (await (
          await call(`/api/inspections/${id}/evidence/verdict`, { cookie: clerk })
        ).json()) as {
          verdict: BundleVerdict;
        }
      ).verdict;
    expect(await stored()).toEqual({ intact: true, problems: [] });

    // One byte of one stored chunk changes: the stored verdict names that chunk.
    const key = `evidence/${id}/chunks/${recordingId}/00001.webm`;
    const changed = chunkBytes(1);
    changed[100] = changed[100]! ^ 1;
    await env.EVIDENCE.put(key, changed);
    expect(await stored()).toEqual({
      intact: false,
      problems: [{ part: `chunks/${recordingId}/00001.webm`, problem: 'changed' }],
    });

    // Another county's clerk does not see it; the applicant may not download.
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect((await call(`/api/inspections/${id}/evidence`, { cookie: kuiwen })).status).toBe(404);
    l.ws.close(1000);
    a.ws.close(1000);
  });

  it('refuses the seal before both signed, and a bundle that is not a ZIP', async () => {
    const lead = await loginStaff('inspector');
    const l = await joinCall(id, lead);
    const before = await stateDigest();
    expect(
      await codeOf(
        await call(`/api/inspections/${id}/seal`, {
          cookie: lead,
          body: { version: await version() },
        }),
      ),
    ).toBe('EVIDENCE_SIGNATURES_MISSING');
    const clerk = await loginStaff('clerk');
    const res = await call('/api/evidence/verify', {
      cookie: clerk,
      body: new TextEncoder().encode('not a zip'),
      headers: { 'content-type': 'application/zip' },
    });
    expect(await codeOf(res)).toBe('EVIDENCE_BUNDLE_INVALID');
    expect(await stateDigest()).toBe(before);
    l.ws.close(1000);
  });
});

describe('cancelling a scheduled inspection', () => {
  it('cancels with a reason, tells the applicant, and refuses a stale or second cancel', async () => {
    const clerk = await loginStaff('clerk');
    const v = await version();
    const res = await call(`/api/inspections/${id}/cancel`, {
      cookie: clerk,
      body: { version: v, reason: '申请人撤回申请' },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const row = await env.DB.prepare(
      'SELECT state, cancel_reason FROM remote_inspections WHERE id = ?',
    )
      .bind(id)
      .first<{ state: string; cancel_reason: string }>();
    expect(row).toEqual({ state: 'cancelled', cancel_reason: '申请人撤回申请' });
    expect(await count('notifications', "template = 'remote_inspection_cancelled'")).toBe(1);
    const again = await call(`/api/inspections/${id}/cancel`, {
      cookie: clerk,
      body: { version: v + 1, reason: '再次取消' },
    });
    expect(await codeOf(again)).toBe('ILLEGAL_TRANSITION');
    await seedWorld();
    id = await registerRemote();
    const observer = await loginStaff('inspector2');
    const byObserver = await call(`/api/inspections/${id}/cancel`, {
      cookie: observer,
      body: { version: await version(), reason: '观察员取消' },
    });
    expect(byObserver.status).toBe(403);
  });
});
