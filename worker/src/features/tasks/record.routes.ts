/**
 * The on-site record and its confirmation. An officer sends the record from the phone, exactly
 * once per idempotency key, with its photos already uploaded and the owner's signature (or the
 * refusal); the task then waits (`recorded`) for another officer of the task to confirm it on
 * their own phone, or to dispute it with a note (back to `in_progress`; the next record sent
 * replaces it). The confirmation finishes the task and, for a case's task, moves the case on
 * (record_inspection): the regulation wants two officers behind the result, so one alone never
 * decides a case. Staff of the case read the record with its evidence.
 */
import { Hono } from 'hono';
import { checklistOutcome } from '../../../core/checklist';
import { insideCity } from '../../../core/coords';
import { mayPerformOnTask } from '../../../core/tasks';
import { taskConfirmSchema } from '../../../core/task-record';
import { taskRecordSchema } from '../../../core/tasks-api';
import type { AppEnv, Ctx, StaffPrincipal } from '../../app-env';
import { getDb } from '../../db/client';
import { appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { ATTACHMENT_CSP } from '../../middleware/security-policy';
import { staffWho } from '../applications/applications.access';
import { findApplication } from '../applications/applications.repo';
import { guardedCase, staffCase } from '../applications/applications.guard';
import { performStaffAction } from '../applications/case-actions';
import { audit } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { findRecord, photosOfTask, recordView } from './record.repo';
import { dropSignature, storeSignature } from './signature.store';
import { actionableTask, answer, readableTask } from './tasks.access';
import { findTask, taskScopeOf, type TaskRow } from './tasks.repo';

/** Moves the case behind a confirmed record on; undoes `undo` if the case refuses. */
async function moveCase(
  c: Ctx,
  p: StaffPrincipal,
  row: TaskRow,
  passed: boolean,
  notes: string,
  undo: D1PreparedStatement[],
): Promise<void> {
  if (!row.application_id) return;
  const d1 = c.env.DB;
  try {
    const kase = await findApplication(d1, row.application_id);
    if (kase?.status !== 'inspection') throw new AppError('ILLEGAL_TRANSITION');
    const cal = await workCalendar(getDb(d1));
    const input = { action: 'record_inspection' as const, version: kase.version, passed, notes };
    await performStaffAction(c, p, kase, input, cal, appToday(c.env));
  } catch (err) {
    // The case did not move: neither does the task (the officer may confirm again).
    await d1.batch(undo);
    throw err;
  }
}

export const taskRecordRoutes = new Hono<AppEnv>()
  .post('/:id/record', requireStaff(), json(taskRecordSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const d1 = c.env.DB;
    const id = c.req.param('id');
    const seen = await d1
      .prepare('SELECT task_id FROM inspection_records WHERE idempotency_key = ?')
      .bind(b.idempotencyKey)
      .first<{ task_id: string }>();
    if (seen) {
      // A replay (the phone lost the answer): the same answer, nothing written twice.
      if (seen.task_id !== id) throw new AppError('CONFLICT');
      return c.json({ task: await answer(c, p, id) });
    }
    const row = await actionableTask(c, p, id, 'record', b.version);
    const outcome = checklistOutcome(b.checklistVersion, b.items);
    if (outcome.problem || b.checklistVersion !== row.checklist_version) {
      throw new AppError('CHECKLIST_INCOMPLETE');
    }
    if (b.lat !== undefined && b.lng !== undefined && !insideCity(b.lng, b.lat)) {
      throw new AppError('LOCATION_OUTSIDE_CITY');
    }
    if (row.application_id) {
      const kase = await findApplication(d1, row.application_id);
      if (kase?.status !== 'inspection') throw new AppError('ILLEGAL_TRANSITION');
    }
    // Every photo named must have arrived, on this task and this item.
    const photos = new Map((await photosOfTask(d1, row.id)).map((x) => [x.device_key, x]));
    for (const item of b.items) {
      for (const key of item.photos ?? []) {
        if (photos.get(key)?.item_id !== item.id) throw new AppError('RECORD_PHOTOS_MISSING');
      }
    }
    const sig = await storeSignature(c.env, row.id, b.idempotencyKey, b.signature);
    const now = appNowIso(c.env);
    const values = [
      b.idempotencyKey,
      b.checklistVersion,
      JSON.stringify(b.items),
      outcome.passed ? 1 : 0,
      b.notes,
      b.departedAt ?? now,
      b.lat ?? null,
      b.lng ?? null,
      p.id,
      now,
      sig.kind,
      sig.name,
      sig.refusal,
      sig.jsonKey,
      sig.pngKey,
      sig.sha256,
    ];
    // A disputed record is replaced by the next one sent; any other stays as it is.
    const record = d1
      .prepare(
        `INSERT INTO inspection_records (task_id, idempotency_key, checklist_version, items_json,
         passed, notes, arrived_at, departed_at, lat, lng, recorded_by, recorded_at, state,
         signature_kind, signer_name, signature_refusal, signature_json_key, signature_png_key,
         signature_sha256)
         SELECT id, ?, ?, ?, ?, ?, started_at, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?
         FROM inspection_tasks WHERE id = ? AND version = ?
         ON CONFLICT (task_id) DO UPDATE SET idempotency_key = excluded.idempotency_key,
           checklist_version = excluded.checklist_version, items_json = excluded.items_json,
           passed = excluded.passed, notes = excluded.notes, arrived_at = excluded.arrived_at,
           departed_at = excluded.departed_at, lat = excluded.lat, lng = excluded.lng,
           recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
           state = 'submitted', confirmed_by = NULL, confirmed_at = NULL, dispute_note = NULL,
           signature_kind = excluded.signature_kind, signer_name = excluded.signer_name,
           signature_refusal = excluded.signature_refusal,
           signature_json_key = excluded.signature_json_key,
           signature_png_key = excluded.signature_png_key,
           signature_sha256 = excluded.signature_sha256
         WHERE inspection_records.state = 'disputed'`,
      )
      .bind(...values, row.id, row.version);
    const recorded = d1
      .prepare(
        `UPDATE inspection_tasks SET state = 'recorded', started_at = COALESCE(started_at, ?),
         version = version + 1 WHERE id = ? AND version = ?`,
      )
      .bind(now, row.id, row.version);
    const [inserted] = await d1.batch([record, recorded]).catch(async (err: unknown) => {
      await dropSignature(c.env, sig);
      throw err;
    });
    if ((inserted?.meta.changes ?? 0) !== 1) {
      await dropSignature(c.env, sig);
      throw new AppError('CONFLICT');
    }
    await audit(c, {
      event: 'task_recorded',
      subjectType: 'inspection_task',
      subjectId: row.id,
      detail: {
        passed: outcome.passed,
        applicationId: row.application_id,
        signature: sig.kind,
        signatureSha256: sig.sha256,
        photos: b.items.reduce((n, i) => n + (i.photos?.length ?? 0), 0),
      },
    });
    return c.json({ task: await answer(c, p, row.id) });
  })
  // The second officer, on their own phone: confirm (the task is done, the case moves on) or
  // dispute with a note (the record goes back to be sent again).
  .post('/:id/confirm', requireStaff(), json(taskConfirmSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const row = await readableTask(c, p, c.req.param('id'));
    const scope = taskScopeOf(row);
    const who = staffWho(p);
    // An officer of the task at all (the author's exclusion is answered in its own words).
    if (!mayPerformOnTask(who, b.decision, { ...scope, recordedBy: null })) {
      throw new AppError('FORBIDDEN');
    }
    if (row.state !== 'recorded') throw new AppError('RECORD_NOT_AWAITING');
    if (row.recorded_by === p.id) throw new AppError('RECORD_SELF_CONFIRM');
    if (!mayPerformOnTask(who, b.decision, scope)) throw new AppError('FORBIDDEN');
    if (row.version !== b.version) throw new AppError('CONFLICT');
    const record = await findRecord(c.env.DB, row.id);
    if (!record || record.state !== 'submitted') throw new AppError('RECORD_NOT_AWAITING');
    const d1 = c.env.DB;
    const now = appNowIso(c.env);
    const confirm = b.decision === 'confirm';
    const task = confirm
      ? d1
          .prepare(
            `UPDATE inspection_tasks SET state = 'done', passed = ?, finished_at = ?,
             version = version + 1 WHERE id = ? AND version = ? AND state = 'recorded'`,
          )
          .bind(record.passed, now, row.id, row.version)
      : d1
          .prepare(
            `UPDATE inspection_tasks SET state = 'in_progress', version = version + 1
             WHERE id = ? AND version = ? AND state = 'recorded'`,
          )
          .bind(row.id, row.version);
    const rec = d1
      .prepare(
        `UPDATE inspection_records SET state = ?, confirmed_by = ?, confirmed_at = ?,
         dispute_note = ? WHERE task_id = ? AND state = 'submitted'`,
      )
      .bind(
        confirm ? 'confirmed' : 'disputed',
        confirm ? p.id : null,
        confirm ? now : null,
        b.decision === 'dispute' ? b.note : null,
        row.id,
      );
    const [first] = await d1.batch([task, rec]);
    if ((first?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
    if (confirm) {
      await moveCase(c, p, row, record.passed === 1, record.notes, [
        d1
          .prepare(
            `UPDATE inspection_tasks SET state = 'recorded', passed = NULL, finished_at = NULL,
             version = ? WHERE id = ?`,
          )
          .bind(row.version, row.id),
        d1
          .prepare(
            `UPDATE inspection_records SET state = 'submitted', confirmed_by = NULL,
             confirmed_at = NULL WHERE task_id = ?`,
          )
          .bind(row.id),
      ]);
    }
    await audit(c, {
      event: confirm ? 'task_record_confirmed' : 'task_record_disputed',
      subjectType: 'inspection_task',
      subjectId: row.id,
      detail: {
        recordedBy: record.recorded_by,
        applicationId: row.application_id,
        ...(b.decision === 'dispute' ? { note: b.note } : { passed: record.passed === 1 }),
      },
    });
    return c.json({ task: await answer(c, p, row.id) });
  })
  .get('/:id/record', requireStaff(), async (c) => {
    const row = await readableTask(c, staffOf(c), c.req.param('id'));
    const record = await findRecord(c.env.DB, row.id);
    if (!record) throw new AppError('NOT_FOUND');
    return c.json({ record: recordView(row, record, await photosOfTask(c.env.DB, row.id)) });
  })
  .get('/:id/record/signature', requireStaff(), async (c) => {
    const row = await readableTask(c, staffOf(c), c.req.param('id'));
    const record = await findRecord(c.env.DB, row.id);
    const obj = record?.signature_png_key
      ? await c.env.EVIDENCE.get(record.signature_png_key)
      : null;
    if (!obj) throw new AppError('NOT_FOUND');
    return new Response(obj.body, {
      headers: {
        'content-type': 'image/png',
        'content-security-policy': ATTACHMENT_CSP,
        'cache-control': 'private, no-store',
      },
    });
  });

/** The on-site records of a case's checks, for its staff (`/api/applications/:id/…`). */
export const caseRecordRoutes = new Hono<AppEnv>().get(
  '/:id/inspection-records',
  requireStaff(),
  staffCase('inspection_records'),
  async (c) => {
    const kase = guardedCase(c);
    const d1 = c.env.DB;
    const ids = await d1
      .prepare(
        `SELECT r.task_id FROM inspection_records r JOIN inspection_tasks t ON t.id = r.task_id
         WHERE t.application_id = ? ORDER BY r.recorded_at DESC`,
      )
      .bind(kase.id)
      .all<{ task_id: string }>();
    const records = [];
    for (const { task_id } of ids.results) {
      const row = await findTask(d1, task_id);
      const record = await findRecord(d1, task_id);
      if (row && record) records.push(recordView(row, record, await photosOfTask(d1, task_id)));
    }
    return c.json({ records });
  },
);
