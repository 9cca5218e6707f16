/**
 * `npm run bench:evidence`: the evidence path of a remote inspection on local workerd.
 *
 * (a) Upload: a live inspection's lead uploads a recording in 256 KiB chunks (≈ 3 s of the
 *     lead's composed call each) through the worker (hash check, chain step, R2 put, D1 row),
 *     one after the other as the page does; against a plain R2 put of the same bytes into local
 *     R2 in the same run (wrangler's platform proxy). Printed as MB/s and as a ratio.
 * (b) Verify: a 30-minute inspection's bundle (600 chunks, ≈ 150 MiB, 6 stills, 2 signatures):
 *     chain and seal as the server does, zip, then the offline verifier's full check.
 * The app's database is kept between runs in bench/out/evidence-db (delete it to reseed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { applicantCookie, root, staffCookie, startApp } from '../harness.mjs';
import {
  chunkLinks,
  sealManifest,
  unzipBundle,
  zipBundle,
} from '../../worker/src/features/evidence/evidence.bundle';
import { toHex } from '../../worker/src/features/evidence/evidence.chain';
import {
  loadSealKey,
  sha256,
  webEvidenceCrypto,
} from '../../worker/src/features/evidence/evidence.crypto';
import { verifyBundle } from '../../worker/src/features/evidence/evidence.verify';

const port = process.env.BENCH_PORT || '8790';
const base = `http://127.0.0.1:${port}`;
const CHUNK = 256 * 1024;
const UPLOADS = Number(process.env.BENCH_CHUNKS || 60);
const DEV_KEY = 'MC4CAQAwBQYDK2VwBCIEIB9s/oqy3iUiSYTSdd9rzb0+HC/cS3ufDAfevo32BQPa';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mbps = (bytes: number, ms: number) => bytes / 1048576 / (ms / 1000);

async function api<T>(path: string, cookie: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      cookie,
      origin: base,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const staff = (username: string) => staffCookie(base, username);
const applicant = (phone: string) => applicantCookie(base, phone);

/** A live inspection with consent, led by `inspector`: its id and the lead's cookie. */
async function liveInspection(): Promise<{ id: string; lead: string; sockets: WebSocket[] }> {
  const clerk = await staff('clerk');
  const cases = await api<{
    items: { id: string; type: string; shopName: string; address: string }[];
  }>('/api/applications?status=inspection&county=370702&pageSize=100', clerk);
  const open = await api<{ items: { applicationId: string }[] }>(
    '/api/inspections?state=open&pageSize=100',
    clerk,
  );
  const busy = new Set(open.items.map((i) => i.applicationId));
  const kase = cases.items.find((c) => c.type === 'new' && !busy.has(c.id));
  if (!kase) throw new Error('no 潍城区 新办 in 核查 left: delete bench/out/evidence-db');
  const { phone } = await api<{ phone: string }>(
    `/api/applications/${kase.id}/reveal-phone`,
    clerk,
    {
      reason: '登记远程视频核查',
    },
  );
  const { today } = await api<{ today: string }>('/api/calendar', clerk);
  const { inspection } = await api<{ inspection: { id: string } }>('/api/inspections', clerk, {
    applicationId: kase.id,
    companyName: kase.shopName || '测试便利店',
    phone,
    contactName: '王测试',
    address: kase.address || '潍城区测试路1号',
    deadlineOn: today,
    on: today,
    at: '10:00',
    leadId: 'stf_inspector',
    observerIds: ['stf_inspector2'],
    checklistVersion: 'new-v1',
  });
  const lead = await staff('inspector');
  const who = await applicant(phone);
  const ws = (path: string, cookie: string) =>
    new Promise<WebSocket>((ok, fail) => {
      const s = new WebSocket(`ws://127.0.0.1:${port}${path}`, {
        headers: { cookie, origin: base },
      } as unknown as string[]);
      s.onopen = () => ok(s);
      s.onerror = () => fail(new Error(`socket ${path}`));
    });
  const l = await ws(`/api/inspections/${inspection.id}/room`, lead);
  const a = await ws(`/api/my/inspections/${inspection.id}/room`, who);
  a.send(JSON.stringify({ type: 'consent', agree: true }));
  await sleep(500);
  return { id: inspection.id, lead, sockets: [l, a] };
}

function bytesOf(i: number, n = CHUNK): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  let x = (i + 1) * 2654435761;
  for (let k = 0; k < n; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[k] = x >>> 24;
  }
  return b;
}

async function uploadThroughWorker(): Promise<number> {
  const { id, lead, sockets } = await liveInspection();
  const { recording } = await api<{ recording: { id: string } }>(
    `/api/inspections/${id}/recordings`,
    lead,
    {
      mimeType: 'video/webm',
    },
  );
  const chunks = Array.from({ length: UPLOADS }, (_, i) => bytesOf(i));
  const hashes = await Promise.all(chunks.map(async (c) => toHex(await sha256(c))));
  const t = performance.now();
  for (const [i, c] of chunks.entries()) {
    const res = await fetch(
      `${base}/api/inspections/${id}/recordings/${recording.id}/chunks/${i}`,
      {
        method: 'PUT',
        headers: {
          cookie: lead,
          origin: base,
          'content-type': 'video/webm',
          'x-content-sha256': hashes[i]!,
        },
        body: c,
      },
    );
    if (!res.ok) throw new Error(`chunk ${i}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  const ms = performance.now() - t;
  sockets.forEach((s) => s.close());
  return ms;
}

async function plainPut(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'xuke-r2-'));
  const proxy = await getPlatformProxy<{
    EVIDENCE: { put(key: string, value: Uint8Array): Promise<unknown> };
  }>({
    configPath: join(root, 'wrangler.toml'),
    persist: { path: dir },
  });
  try {
    const chunks = Array.from({ length: UPLOADS }, (_, i) => bytesOf(i));
    const t = performance.now();
    for (const [i, c] of chunks.entries()) await proxy.env.EVIDENCE.put(`bench/${i}`, c);
    return performance.now() - t;
  } finally {
    await proxy.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function verifyThirtyMinutes(): Promise<{
  build: number;
  verify: number;
  mib: number;
  intact: boolean;
}> {
  const key = await loadSealKey(DEV_KEY);
  const n = 600; // 30 min of 3-second chunks
  const chunks = Array.from({ length: n }, (_, i) => bytesOf(i));
  const t0 = performance.now();
  const links = await chunkLinks(
    'rec_bench',
    chunks,
    (i) => `chunks/rec_bench/${String(i).padStart(5, '0')}.webm`,
  );
  const parts = new Map<string, Uint8Array>(links.map((l, i) => [l.path, chunks[i]!]));
  const stills = await Promise.all(
    Array.from({ length: 6 }, async (_, i) => {
      const b = bytesOf(10_000 + i, 400 * 1024);
      const path = `stills/item_${i}.jpg`;
      parts.set(path, b);
      return { path, sha256: toHex(await sha256(b)), length: b.length };
    }),
  );
  const sigs = await Promise.all(
    (['lead', 'applicant'] as const).map(async (p, i) => {
      const b = bytesOf(20_000 + i, 12 * 1024);
      const path = `signatures/${p}.json`;
      parts.set(path, b);
      return { path, sha256: toHex(await sha256(b)), length: b.length };
    }),
  );
  const at = '2026-12-01T02:00:00.000Z';
  const sealed = await sealManifest(
    {
      version: 1,
      inspection: {
        id: 'rmt_bench',
        caseId: 'app_bench',
        licenceKind: 'new',
        checklist: { id: 'new-v1', version: 1 },
        startedAt: at,
        endedAt: at,
        outcome: 'pass',
      },
      parties: [
        { role: 'lead_inspector', name: '陈*' },
        { role: 'applicant', name: '王*国', phone: '138****0001' },
      ],
      consent: { at, by: 'applicant' },
      gps: [],
      results: [],
      recordings: [
        { id: 'rec_bench', side: 'composed', mimeType: 'video/webm', startedAt: at, chunks: links },
      ],
      stills,
      signatures: sigs,
    },
    key,
    at,
  );
  const zip = zipBundle(sealed, parts);
  const build = performance.now() - t0;
  const t1 = performance.now();
  const verdict = await verifyBundle(unzipBundle(zip), key.publicKey, webEvidenceCrypto);
  return {
    build,
    verify: performance.now() - t1,
    mib: zip.byteLength / 1048576,
    intact: verdict.intact,
  };
}

const { stop } = await startApp({
  port,
  // Kept between runs; delete bench/out/evidence-db to reseed.
  db: 'evidence-db',
  clearSql: 'DELETE FROM rate_limits; DELETE FROM sms_codes',
});
const bytes = UPLOADS * CHUNK;
const worker = await uploadThroughWorker();
const plain = await plainPut();
const w = mbps(bytes, worker);
const p = mbps(bytes, plain);
console.log(
  `upload through the worker: ${UPLOADS} × 256 KiB in ${(worker / 1000).toFixed(2)} s = ${w.toFixed(1)} MB/s (${(worker / UPLOADS).toFixed(0)} ms a chunk)`,
);
console.log(`plain R2 put, same bytes:  ${(plain / 1000).toFixed(2)} s = ${p.toFixed(1)} MB/s`);
stop();
const v = await verifyThirtyMinutes();
console.log(
  `30-minute bundle (${v.mib.toFixed(0)} MiB, 600 chunks): chained, sealed and zipped in ${(v.build / 1000).toFixed(2)} s; verified in ${(v.verify / 1000).toFixed(2)} s (${v.intact ? 'intact' : 'NOT intact'})`,
);
console.log(
  `summary: worker upload ${w.toFixed(1)} MB/s = ${(w / p).toFixed(2)}× plain R2 put (${p.toFixed(1)} MB/s); 30-min bundle verified in ${(v.verify / 1000).toFixed(2)} s`,
);
process.exit(v.intact ? 0 : 1);
