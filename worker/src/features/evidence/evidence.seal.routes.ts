/**
 * The end of a remote inspection: the lead seals it (the server writes the manifest of every
 * chunk, still and signature it checked, signs it with the bureau's key, stores it in R2 and D1,
 * records the result on the case and closes the room), or staff cancel it while it is still to
 * come. Staff of its county download the evidence bundle (audited) and have it verified.
 */
import { Hono } from 'hono';
import type { BusinessType } from '../../../core/business-types';
import { renderNotification, type NotificationTemplate } from '../../../core/notifications';
import {
  EVIDENCE_BUNDLE_MAX_BYTES,
  evidenceKey,
  mayCancelRemote,
  mayDownloadEvidence,
  mayRecordRemote,
  remoteCancelSchema,
  remoteSealSchema,
} from '../../../core/remote-evidence';
import { applyRoomCommand } from '../../../core/room';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { findApplication } from '../applications/applications.repo';
import { performStaffAction } from '../applications/case-actions';
import { audit } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { sendCaseSms } from '../notifications/notify';
import { remoteScopeOf, type RemoteRow } from '../remote/remote.repo';
import { roomOf } from '../remote/remote.room';
import { bundleOf, manifestDraft, manifestKey, outcomeOf } from './evidence.assemble';
import { sealManifest, unzipBundle } from './evidence.bundle';
import { toHex } from './evidence.chain';
import { loadSealKey, sha256, webEvidenceCrypto, type SealKey } from './evidence.crypto';
import {
  BUNDLE_MANIFEST,
  BUNDLE_SIGNATURE,
  EvidenceManifest,
  locationOf,
} from './evidence.manifest';
import { chunksOf, filesOf, recordingsOf, roomRefusal } from './evidence.repo';
import { readableRemote, roomState } from './evidence.routes';
import { verifyBundle } from './evidence.verify';

async function sealKey(c: Ctx): Promise<SealKey> {
  try {
    return await loadSealKey(c.env.EVIDENCE_SEAL_KEY, c.env.EVIDENCE_SEAL_SUITE ?? 'ed25519');
  } catch {
    throw new AppError('EVIDENCE_SEAL_UNAVAILABLE');
  }
}

/** The applicant's inbox message about the inspection, written only if `guard` still holds. */
async function tell(
  c: Ctx,
  row: RemoteRow,
  template: NotificationTemplate,
  reasons: string[],
  version: number,
) {
  const app = await findApplication(c.env.DB, row.application_id);
  const message = renderNotification(template, {
    ref: row.case_ref,
    type: (app?.type ?? 'new') as BusinessType,
    appointment: `${row.appointment_on} ${row.appointment_at}`,
    reasons,
  });
  const statement = c.env.DB.prepare(
    `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh, body_zh,
       title_en, body_en, created_at)
     SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS
       (SELECT 1 FROM remote_inspections WHERE id = ? AND version = ?)`,
  ).bind(
    crypto.randomUUID(),
    row.applicant_id,
    row.application_id,
    template,
    message.zh.title,
    message.zh.body,
    message.en.title,
    message.en.body,
    appNowIso(c.env),
    row.id,
    version,
  );
  // Sent once the change committed, and awaited (sendCaseSms never throws: a failed SMS never
  // fails the change), so the answer comes after everything this request writes.
  const sms = () =>
    sendCaseSms(c.env, c.get('requestId'), { applicantId: row.applicant_id, message });
  return { statement, sms };
}

/** A sealed inspection's bundle for staff who may have it. */
async function sealedBundle(c: Ctx, id: string) {
  const p = staffOf(c);
  const row = await readableRemote(c, p, id);
  if (!mayDownloadEvidence(staffWho(p), remoteScopeOf(row))) throw new AppError('FORBIDDEN');
  if (row.state !== 'sealed') throw new AppError('EVIDENCE_NOT_SEALED');
  const seal = await c.env.DB.prepare('SELECT * FROM evidence_seals WHERE inspection_id = ?')
    .bind(row.id)
    .first<{ signature: string; fingerprint: string }>();
  // The signature is read from R2 as stored (changed there, the verifier says so).
  const sig = await c.env.EVIDENCE.get(evidenceKey(row.id, BUNDLE_SIGNATURE));
  const signature = sig ? (await sig.text()).trim() : '';
  const bundle = seal ? await bundleOf(c.env.EVIDENCE, row.id, { ...seal, signature }) : null;
  if (!bundle) throw new AppError('NOT_FOUND');
  return { row, ...bundle };
}

const OUTCOME = {
  pass: { zh: '合格', en: 'passed' },
  fail: { zh: '不合格', en: 'failed' },
} as const;

export const evidenceSealRoutes = new Hono<AppEnv>()
  // The lead ends the inspection: manifest, seal, the case's result, the room closed.
  .post('/:id/seal', requireStaff(), json(remoteSealSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const row = await readableRemote(c, p, c.req.param('id'));
    if (!mayRecordRemote(staffWho(p), remoteScopeOf(row))) throw new AppError('FORBIDDEN');
    if (row.state === 'sealed') throw new AppError('EVIDENCE_SEALED');
    if (row.state !== 'live') throw new AppError('EVIDENCE_NOT_LIVE');
    if (row.version !== b.version) throw new AppError('CONFLICT');
    const room = await roomState(c, row.id);
    if (!room) throw new AppError('EVIDENCE_NOT_LIVE');
    const now = appNowIso(c.env);
    const dry = applyRoomCommand(room, 'server', { type: 'seal' }, now);
    if ('error' in dry) throw roomRefusal(dry.error);
    const key = await sealKey(c);
    const d1 = c.env.DB;
    const recordings = await Promise.all(
      (await recordingsOf(d1, row.id)).map(async (r) => ({
        row: r,
        chunks: await chunksOf(d1, r.id),
      })),
    );
    const officers = (row.officers ?? '')
      .split('|')
      .filter(Boolean)
      .map((s) => {
        const i = s.indexOf(':');
        return { id: s.slice(0, i), name: s.slice(i + 1) };
      });
    const draft = manifestDraft({
      inspection: {
        id: row.id,
        caseId: row.application_id,
        licenceKind: row.kind,
        checklistVersion: row.checklist_version,
        contactName: row.contact_name,
        phoneMasked: row.phone_masked,
        officers,
      },
      room,
      recordings,
      files: await filesOf(d1, row.id),
      endedAt: now,
    });
    const sealed = await sealManifest(draft, key, now);
    const outcome = outcomeOf(room);
    await c.env.EVIDENCE.put(manifestKey(row.id), sealed.bytes, {
      httpMetadata: { contentType: 'application/json' },
    });
    await c.env.EVIDENCE.put(evidenceKey(row.id, BUNDLE_SIGNATURE), `${sealed.signature}\n`);
    const told = await tell(
      c,
      row,
      'remote_inspection_sealed',
      [OUTCOME[outcome].zh, OUTCOME[outcome].en],
      b.version + 1,
    );
    const [moved] = await d1.batch([
      d1
        .prepare(
          `UPDATE remote_inspections SET state = 'sealed', closed_at = ?, version = version + 1
           WHERE id = ? AND version = ? AND state = 'live'`,
        )
        .bind(now, row.id, b.version),
      d1
        .prepare(
          `INSERT INTO evidence_seals (inspection_id, suite, fingerprint, signature,
             manifest_sha256, outcome, sealed_at, sealed_by)
           SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM remote_inspections
             WHERE id = ? AND state = 'sealed' AND version = ?)`,
        )
        .bind(
          row.id,
          sealed.manifest.seal.suite,
          sealed.fingerprint,
          sealed.signature,
          toHex(await sha256(sealed.bytes)),
          outcome,
          now,
          p.id,
          row.id,
          b.version + 1,
        ),
      told.statement,
    ]);
    if ((moved?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
    await roomOf(c, row.id).command({ type: 'seal' });
    // The case's inspection result, as a confirmed on-site record gives it.
    let caseRecorded = false;
    const kase = await findApplication(d1, row.application_id);
    if (kase?.status === 'inspection') {
      const notes = `远程视频核查 ${row.id}：${OUTCOME[outcome].zh}`;
      const cal = await workCalendar(getDb(d1));
      try {
        await performStaffAction(
          c,
          p,
          kase,
          { action: 'record_inspection', version: kase.version, passed: outcome === 'pass', notes },
          cal,
          appToday(c.env),
        );
        caseRecorded = true;
      } catch (err) {
        // The seal stands (evidence is never undone); the case can still be recorded by hand.
        console.warn('remote seal: case not moved', err);
      }
    }
    await audit(c, {
      event: 'remote_inspection_sealed',
      subjectType: 'remote_inspection',
      subjectId: row.id,
      detail: { outcome, fingerprint: sealed.fingerprint, caseRecorded },
    });
    await told.sms();
    return c.json({
      seal: { outcome, fingerprint: sealed.fingerprint, sealedAt: now, caseRecorded },
    });
  })
  // Calling off an inspection still to come, with the reason; the applicant is told.
  .post('/:id/cancel', requireStaff(), json(remoteCancelSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const row = await readableRemote(c, p, c.req.param('id'));
    if (!mayCancelRemote(staffWho(p), remoteScopeOf(row))) throw new AppError('FORBIDDEN');
    if (row.state !== 'scheduled') throw new AppError('ILLEGAL_TRANSITION');
    if (row.version !== b.version) throw new AppError('CONFLICT');
    const now = appNowIso(c.env);
    const told = await tell(c, row, 'remote_inspection_cancelled', [b.reason], b.version + 1);
    const d1 = c.env.DB;
    const [moved] = await d1.batch([
      d1
        .prepare(
          `UPDATE remote_inspections SET state = 'cancelled', closed_at = ?, cancel_reason = ?,
             version = version + 1 WHERE id = ? AND version = ? AND state = 'scheduled'`,
        )
        .bind(now, b.reason, row.id, b.version),
      told.statement,
    ]);
    if ((moved?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
    await audit(c, {
      event: 'remote_inspection_cancelled',
      subjectType: 'remote_inspection',
      subjectId: row.id,
      detail: { reason: b.reason },
    });
    await told.sms();
    return c.json({ cancelled: { id: row.id, at: now, reason: b.reason } });
  })
  // The evidence bundle (ZIP): every download is audited.
  .get('/:id/evidence', requireStaff(), async (c) => {
    const { row, zip, manifest } = await sealedBundle(c, c.req.param('id'));
    await audit(c, {
      event: 'evidence_bundle_downloaded',
      subjectType: 'remote_inspection',
      subjectId: row.id,
      detail: { bytes: zip.byteLength, fingerprint: manifest.seal.keyFingerprint },
    });
    return new Response(zip, {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="evidence-${row.id.replace(/[^\w-]/g, '')}.zip"`,
        'cache-control': 'private, no-store',
      },
    });
  })
  // The stored evidence, verified here as a court would (audited like a download).
  .get('/:id/evidence/verdict', requireStaff(), async (c) => {
    const { row, zip, manifest } = await sealedBundle(c, c.req.param('id'));
    const key = await sealKey(c);
    const verdict = await verifyBundle(unzipBundle(zip), key.publicKey, webEvidenceCrypto);
    await audit(c, {
      event: 'evidence_bundle_verified',
      subjectType: 'remote_inspection',
      subjectId: row.id,
      detail: { intact: verdict.intact, problems: verdict.problems.length },
    });
    // What the stored manifest says about positions (the verdict says whether to trust it).
    const parsed = EvidenceManifest.safeParse(manifest);
    return c.json({ verdict, location: parsed.success ? locationOf(parsed.data) : null });
  });

/** What the bundle says it is (null when its manifest does not read). */
function manifestFacts(bytes: Uint8Array | undefined) {
  try {
    const m = EvidenceManifest.parse(JSON.parse(new TextDecoder().decode(bytes)));
    return {
      id: m.inspection.id,
      caseId: m.inspection.caseId,
      sealedAt: m.seal.sealedAt,
      location: locationOf(m),
    };
  } catch {
    return null;
  }
}

/** A bundle uploaded by staff (from anywhere), checked against the bureau's public key. */
export const evidenceVerifyRoutes = new Hono<AppEnv>().post(
  '/verify',
  requireStaff(),
  async (c) => {
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (body.byteLength > EVIDENCE_BUNDLE_MAX_BYTES)
      throw new AppError('EVIDENCE_BUNDLE_TOO_LARGE');
    const entries = unzipBundle(body);
    if (entries.size === 0) throw new AppError('EVIDENCE_BUNDLE_INVALID');
    const key = await sealKey(c);
    const verdict = await verifyBundle(entries, key.publicKey, webEvidenceCrypto);
    const inspection = manifestFacts(entries.get(BUNDLE_MANIFEST));
    await audit(c, {
      event: 'evidence_bundle_verified',
      subjectType: 'remote_inspection',
      subjectId: inspection?.id,
      detail: { intact: verdict.intact, problems: verdict.problems.length, uploaded: true },
    });
    return c.json({ verdict, inspection, location: inspection?.location ?? null });
  },
);
