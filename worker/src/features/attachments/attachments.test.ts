import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../core/errors';
import { call, count, loginApplicant, loginStaff, seedWorld } from '../../../test/fixtures';
import { ATTACHMENT_CSP } from '../../middleware/security-policy';
import { PENDING_WINDOW_DAYS } from './attachments.quota';

const MAX_PENDING = Number(env.ATTACHMENT_MAX_PENDING);
const DAILY_BYTES = Number(env.ATTACHMENT_DAILY_BYTES);

function jpeg(size = 200): Uint8Array {
  const bytes = new Uint8Array(size).fill(7);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

function png(): Uint8Array {
  const bytes = new Uint8Array(200).fill(1);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

function upload(cookie: string, body: Uint8Array, type = 'image/jpeg'): Promise<Response> {
  return call('/api/my/attachments?kind=idCardFront', {
    cookie,
    body,
    headers: { 'content-type': type },
  });
}

/** Earlier uploads of applicant A, written as the upload route writes them. */
async function stored(n: number, opts: { size?: number; ageDays?: number; linked?: boolean } = {}) {
  const at = new Date(Date.now() - (opts.ageDays ?? 0) * 86_400_000).toISOString();
  for (let i = 0; i < n; i++) {
    await env.DB.prepare(
      `INSERT INTO attachments (id, applicant_id, application_id, kind, content_type, size,
       sha256, r2_key, created_at) VALUES (?, 'apl_a', ?, 'supporting', 'image/jpeg', ?, 'x', ?, ?)`,
    )
      .bind(
        crypto.randomUUID(),
        opts.linked ? 'app_a' : null,
        opts.size ?? 1000,
        `attachments/apl_a/seed-${i}`,
        at,
      )
      .run();
  }
}

async function r2Objects(): Promise<number> {
  return (await env.EVIDENCE.list({ prefix: 'attachments/' })).objects.length;
}

let a: string;

beforeEach(async () => {
  await seedWorld();
  for (const o of (await env.EVIDENCE.list()).objects) await env.EVIDENCE.delete(o.key);
  a = await loginApplicant('13900000001');
});

describe('upload quota', () => {
  it('refuses an upload past the pending limit, stores nothing, and says what to do', async () => {
    await stored(MAX_PENDING - 1);
    expect((await upload(a, jpeg())).status).toBe(201);
    const before = await count('attachments');
    const over = await upload(a, jpeg());
    expect(over.status).toBe(429);
    const err = ((await over.json()) as ErrorBody).error;
    expect(err.code).toBe('ATTACHMENT_PENDING_LIMIT');
    expect(err.message).toContain('请先提交正在填写的申请');
    expect(await count('attachments')).toBe(before);
    expect(await r2Objects()).toBe(1);
  });

  it('counts neither uploads already on a submitted case nor old abandoned ones as pending', async () => {
    await stored(MAX_PENDING, { linked: true });
    await stored(MAX_PENDING, { ageDays: PENDING_WINDOW_DAYS + 1 });
    expect((await upload(a, jpeg())).status).toBe(201);
  });

  it("refuses an upload past the day's bytes until midnight in China", async () => {
    await stored(1, { size: DAILY_BYTES - 300, linked: true });
    expect((await upload(a, jpeg(200))).status).toBe(201);
    const over = await upload(a, jpeg(200));
    expect(over.status).toBe(429);
    const err = ((await over.json()) as ErrorBody).error;
    expect(err.code).toBe('ATTACHMENT_DAILY_LIMIT');
    expect(err.message).toContain('明天');
    expect(err.retryAfterSeconds).toBeGreaterThan(0);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(86_400);
    expect(over.headers.get('retry-after')).toBe(String(err.retryAfterSeconds));
    expect(await r2Objects()).toBe(1);
    // Yesterday's uploads do not count against today.
    await env.DB.prepare(`UPDATE attachments SET created_at = ?`)
      .bind(new Date(Date.now() - 86_400_000 * 2).toISOString())
      .run();
    expect((await upload(a, jpeg(200))).status).toBe(201);
  });

  it('keeps the quota per applicant', async () => {
    await stored(MAX_PENDING);
    expect((await upload(a, jpeg())).status).toBe(429);
    const b = await loginApplicant('13900000002');
    expect((await upload(b, jpeg())).status).toBe(201);
  });

  it('takes only image and PDF types, whatever the bytes', async () => {
    for (const type of ['text/plain', 'application/octet-stream', 'text/html', '']) {
      const res = await upload(a, jpeg(), type);
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'ATTACHMENT_TYPE' } });
    }
    expect(await count('attachments')).toBe(0);
    expect(await r2Objects()).toBe(0);
  });
});

describe('serving an attachment', () => {
  it('answers the sniffed type, a safe inline name and a sandbox CSP', async () => {
    // Declared as JPEG, really a PNG: stored and served as what the bytes are.
    const up = await upload(a, png(), 'image/jpeg');
    expect(up.status).toBe(201);
    const { id } = await up.json<{ id: string }>();
    const res = await call(`/api/attachments/${id}`, { cookie: a });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-security-policy')).toBe(ATTACHMENT_CSP);
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="idCardFront-${id.slice(0, 8)}.png"`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png());
    // Staff outside the case's scope see nothing of it (not linked to a case yet).
    const clerk = await loginStaff('clerk');
    expect((await call(`/api/attachments/${id}`, { cookie: clerk })).status).toBe(404);
  });
});
