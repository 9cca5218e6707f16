import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { TASK_PHOTO_MAX_BYTES, type TaskPhotoView } from '../../../core/task-record';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';
import { jpegBytes, photo } from '../../../test/records';
import { stateDigest } from '../../../test/state';

async function r2Photos(): Promise<number> {
  return (await env.EVIDENCE.list({ prefix: 'task-photos/' })).objects.length;
}

let inspector: string;

beforeEach(async () => {
  await seedWorld();
  for (const o of (await env.EVIDENCE.list()).objects) await env.EVIDENCE.delete(o.key);
  inspector = await loginStaff('inspector');
});

describe('on-site photos', () => {
  it('stores a photo once per device key, with its time and place, however often it is sent', async () => {
    const first = await photo(inspector, 'dev-photo-aaaa1111');
    expect(first.status).toBe(201);
    const made = await first.json<TaskPhotoView>();
    expect(made).toMatchObject({
      item: 'fixed_premises',
      takenAt: '2026-12-03T02:05:00.000Z',
      lat: 36.7301,
      lng: 119.0602,
      source: 'exif',
      size: 400,
    });
    const after = await stateDigest();
    // The answer was lost: the phone sends it again (or the other officer's phone does).
    const again = await photo(await loginStaff('inspector2'), 'dev-photo-aaaa1111');
    expect(again.status).toBe(200);
    expect((await again.json<TaskPhotoView>()).id).toBe(made.id);
    expect(await stateDigest()).toBe(after);
    expect(await count('task_photos')).toBe(1);
    expect(await r2Photos()).toBe(1);
    const img = await call(made.url, { cookie: inspector });
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await img.arrayBuffer())).toEqual(jpegBytes());
  });

  it('refuses what is not an image, too large, not on the checklist, or not the caller’s, changing nothing', async () => {
    const before = await stateDigest();
    const send = (
      body: Uint8Array,
      type = 'image/jpeg',
      q = 'key=dev-photo-bbbb2222&item=fixed_premises',
    ) =>
      call(`/api/tasks/task_insp/photos?${q}`, {
        cookie: inspector,
        body,
        headers: { 'content-type': type },
      });
    const text = new TextEncoder().encode(
      '<html>not a photo at all, just a page of text</html>'.repeat(4),
    );
    const pdf = new TextEncoder().encode(`%PDF-1.7 ${'x'.repeat(100)}`);
    for (const [body, type] of [
      [text, 'image/jpeg'],
      [pdf, 'image/jpeg'],
      [jpegBytes(), 'text/plain'],
      [jpegBytes(), 'application/pdf'],
    ] as const) {
      const res = await send(body, type);
      expect(res.status, type).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'PHOTO_NOT_IMAGE' } });
    }
    const big = await send(jpegBytes(TASK_PHOTO_MAX_BYTES + 1));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'PHOTO_TOO_LARGE' } });
    const item = await send(jpegBytes(), 'image/jpeg', 'key=dev-photo-bbbb2222&item=the_moon');
    expect(await item.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const clerk = await photo(await loginStaff('clerk'), 'dev-photo-cccc3333');
    expect(clerk.status).toBe(403);
    const kuiwen = await photo(await loginStaff('clerk.kuiwen'), 'dev-photo-cccc3333');
    expect(kuiwen.status).toBe(404);
    expect(await stateDigest()).toBe(before);
  });

  it('takes no photo for a task already recorded or another task’s key', async () => {
    expect((await photo(inspector, 'dev-photo-dddd4444')).status).toBe(201);
    await env.DB.prepare(
      `INSERT INTO task_officers (task_id, staff_id, position) VALUES ('task_kw', 'stf_inspector', 1)`,
    ).run();
    await env.DB.prepare(
      `UPDATE inspection_tasks SET jurisdiction_code = '370702' WHERE id = 'task_kw'`,
    ).run();
    const before = await stateDigest();
    const reused = await photo(inspector, 'dev-photo-dddd4444', 'fixed_premises', 'task_kw');
    expect(await reused.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    await env.DB.prepare(`UPDATE inspection_tasks SET state = 'done' WHERE id = 'task_insp'`).run();
    const late = await photo(inspector, 'dev-photo-eeee5555');
    expect(await late.json()).toMatchObject({ error: { code: 'ILLEGAL_TRANSITION' } });
    await env.DB.prepare(
      `UPDATE inspection_tasks SET state = 'assigned' WHERE id = 'task_insp'`,
    ).run();
    expect(await stateDigest()).toBe(before);
  });
});
