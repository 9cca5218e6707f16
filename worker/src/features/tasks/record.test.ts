import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TaskRecordView } from '../../../core/task-record';
import type { TaskView } from '../../../core/tasks-api';
import { call, count, loginApplicant, loginStaff, seedWorld } from '../../../test/fixtures';
import { SIGNED, jpegBytes, photo, recordBody, taskVersion } from '../../../test/records';
import { stateDigest } from '../../../test/state';

let inspector: string;
let inspector2: string;

beforeEach(async () => {
  await seedWorld();
  for (const o of (await env.EVIDENCE.list()).objects) await env.EVIDENCE.delete(o.key);
  inspector = await loginStaff('inspector');
  inspector2 = await loginStaff('inspector2');
});

const send = (cookie: string, body: unknown) =>
  call('/api/tasks/task_insp/record', { cookie, body });
const decide = (cookie: string, body: unknown) =>
  call('/api/tasks/task_insp/confirm', { cookie, body });

async function caseStatus(): Promise<string | undefined> {
  const r = await env.DB.prepare(`SELECT status FROM applications WHERE id = 'app_insp'`).first<{
    status: string;
  }>();
  return r?.status;
}

async function recorded(): Promise<TaskView> {
  expect((await photo(inspector, 'dev-photo-rec00001')).status).toBe(201);
  const res = await send(inspector, recordBody('rec-key-00000001', 1, ['dev-photo-rec00001']));
  expect(res.status).toBe(200);
  return (await res.json<{ task: TaskView }>()).task;
}

describe('the second officer’s confirmation', () => {
  it('keeps a sent record waiting for the other officer; only their confirmation moves the case, once', async () => {
    const task = await recorded();
    expect(task).toMatchObject({ state: 'recorded', recordedBy: 'stf_inspector', passed: null });
    expect(task.actions).not.toContain('confirm');
    expect(await caseStatus()).toBe('inspection');
    // The replayed record changes nothing.
    const after = await stateDigest();
    const replay = await send(inspector, recordBody('rec-key-00000001', 1, ['dev-photo-rec00001']));
    expect(replay.status).toBe(200);
    expect(await stateDigest()).toBe(after);

    const other = await (
      await call('/api/tasks/task_insp', { cookie: inspector2 })
    ).json<{
      task: TaskView;
    }>();
    expect(other.task.actions).toEqual(['confirm', 'dispute']);
    // The author may not confirm their own record; a clerk may not either.
    const own = await decide(inspector, { decision: 'confirm', version: task.version });
    expect(own.status).toBe(403);
    expect(await own.json()).toMatchObject({ error: { code: 'RECORD_SELF_CONFIRM' } });
    const clerk = await decide(await loginStaff('clerk'), {
      decision: 'confirm',
      version: task.version,
    });
    expect(clerk.status).toBe(403);
    expect(await stateDigest()).toBe(after);

    const ok = await decide(inspector2, { decision: 'confirm', version: task.version });
    expect(ok.status).toBe(200);
    expect((await ok.json<{ task: TaskView }>()).task).toMatchObject({
      state: 'done',
      passed: true,
    });
    expect(await caseStatus()).toBe('accepted');
    const done = await stateDigest();
    const twice = await decide(inspector2, { decision: 'confirm', version: task.version + 1 });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ error: { code: 'RECORD_NOT_AWAITING' } });
    expect(await stateDigest()).toBe(done);
    expect(
      await count(
        'application_events',
        `application_id = 'app_insp' AND action = 'record_inspection'`,
      ),
    ).toBe(1);
  });

  it('sends a disputed record back with the note; the next record replaces it', async () => {
    const task = await recorded();
    const bad = await decide(inspector2, { decision: 'dispute', version: task.version });
    expect(bad.status).toBe(400);
    const res = await decide(inspector2, {
      decision: 'dispute',
      version: task.version,
      note: '第5项标识未拍照，请补拍',
    });
    expect(res.status).toBe(200);
    const back = (await res.json<{ task: TaskView }>()).task;
    expect(back).toMatchObject({ state: 'in_progress', disputeNote: '第5项标识未拍照，请补拍' });
    expect(await caseStatus()).toBe('inspection');
    // The other officer sends the corrected record; the first one confirms it.
    const again = await send(inspector2, recordBody('rec-key-00000002', back.version));
    expect(again.status).toBe(200);
    const v = await taskVersion(inspector);
    expect((await decide(inspector, { decision: 'confirm', version: v })).status).toBe(200);
    expect(await caseStatus()).toBe('accepted');
    expect(await count('inspection_records')).toBe(1);
  });
});

describe('the record’s evidence', () => {
  it('stores the owner’s strokes with their timing and the PNG in R2, with the hash on the record', async () => {
    await recorded();
    const row = await env.DB.prepare(
      `SELECT signature_kind, signer_name, signature_json_key, signature_png_key, signature_sha256
       FROM inspection_records WHERE task_id = 'task_insp'`,
    ).first<Record<string, string>>();
    expect(row).toMatchObject({ signature_kind: 'signed', signer_name: '王建国' });
    const json = await env.EVIDENCE.get(row!.signature_json_key!);
    const text = await json!.text();
    const doc = JSON.parse(text) as {
      strokes: { points: { time: number }[] }[];
      pngSha256: string;
    };
    expect(doc.strokes[0]!.points.map((p) => p.time)).toEqual(
      SIGNED.strokes[0]!.points.map((p) => p.time),
    );
    const hash = [
      ...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))),
    ]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    expect(row!.signature_sha256).toBe(hash);
    const png = await env.EVIDENCE.get(row!.signature_png_key!);
    expect(new Uint8Array(await png!.arrayBuffer()).slice(0, 4)).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    );
  });

  it('keeps a refusal to sign with its reason, and refuses a signature that is no PNG', async () => {
    const before = await stateDigest();
    const fake = { ...SIGNED, png: `data:image/png;base64,${btoa('GIF89a'.repeat(20))}` };
    const res = await send(inspector, recordBody('rec-key-00000003', 1, [], { signature: fake }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'SIGNATURE_INVALID' } });
    const missing = await send(
      inspector,
      recordBody('rec-key-00000003', 1, ['dev-photo-never001']),
    );
    expect(await missing.json()).toMatchObject({ error: { code: 'RECORD_PHOTOS_MISSING' } });
    expect(await stateDigest()).toBe(before);
    const refused = { kind: 'refused', name: '王建国', reason: '店主拒绝签字，称需家人到场' };
    const ok = await send(inspector, recordBody('rec-key-00000004', 1, [], { signature: refused }));
    expect(ok.status).toBe(200);
    const row = await env.DB.prepare(
      `SELECT signature_kind, signature_refusal FROM inspection_records WHERE task_id = 'task_insp'`,
    ).first();
    expect(row).toEqual({
      signature_kind: 'refused',
      signature_refusal: '店主拒绝签字，称需家人到场',
    });
  });

  it('shows the finished record to staff of the county, and not to another county or the applicant', async () => {
    const task = await recorded();
    await decide(inspector2, { decision: 'confirm', version: task.version });
    const clerk = await loginStaff('clerk');
    const res = await call('/api/applications/app_insp/inspection-records', { cookie: clerk });
    expect(res.status).toBe(200);
    const [rec] = (await res.json<{ records: TaskRecordView[] }>()).records;
    expect(rec).toMatchObject({
      state: 'confirmed',
      passed: true,
      recordedBy: { id: 'stf_inspector' },
      confirmedBy: { id: 'stf_inspector2' },
      departure: { lat: 36.7302, lng: 119.0603 },
      signature: { kind: 'signed', name: '王建国' },
    });
    expect(rec!.officers.map((o) => o.id)).toEqual(['stf_inspector', 'stf_inspector2']);
    const shot = rec!.items[0]!.photos[0]!;
    expect(shot.takenAt).toBe('2026-12-03T02:05:00.000Z');
    const img = await call(shot.url, { cookie: clerk });
    expect(new Uint8Array(await img.arrayBuffer())).toEqual(jpegBytes());
    const sig = await call(rec!.signature.kind === 'signed' ? rec!.signature.url : '', {
      cookie: clerk,
    });
    expect(sig.headers.get('content-type')).toBe('image/png');

    const kuiwen = await loginStaff('clerk.kuiwen');
    for (const path of [
      '/api/applications/app_insp/inspection-records',
      '/api/tasks/task_insp/record',
      shot.url,
    ]) {
      expect((await call(path, { cookie: kuiwen })).status, path).toBe(404);
    }
    const applicant = await loginApplicant('13900000001');
    expect((await call(shot.url, { cookie: applicant })).status).toBe(403);
    // The applicant sees the outcome, not the officers' findings.
    const own = await call('/api/my/applications/app_insp', { cookie: applicant });
    expect(own.status).toBe(200);
    const text = await own.text();
    expect(text).toContain('accepted');
    expect(text).not.toContain('经营场所与申请一致');
  });
});
