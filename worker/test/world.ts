/**
 * The richer test world of the matrix and bad-input tests: the seeded world plus attachments,
 * messages, drafts, a correction case, B verified too, and a session per principal.
 */
import { env } from 'cloudflare:workers';
import { maskIdNumber } from '../core/masking';
import { encryptPii, hmacHex, sha256Hex } from '../src/lib/crypto';
import { jpeg, type Principal, type World } from './authz.matrix';
import { GRID, LAT, LNG, setGrid } from './cases';
import { WORLD_GUIDE_IMAGE } from './authz.matrix.service';
import { seedWorld, todayMinus, validId } from './fixtures';
import { recordWorld } from './world.records';

const PRINCIPAL_IDS: Record<Exclude<Principal, 'anonymous'>, ['applicant' | 'staff', string]> = {
  applicantA: ['applicant', 'apl_a'],
  applicantB: ['applicant', 'apl_b'],
  clerk: ['staff', 'stf_clerk'],
  clerkKuiwen: ['staff', 'stf_clerk_kw'],
  approver: ['staff', 'stf_approver'],
  inspector: ['staff', 'stf_inspector'],
  inspector2: ['staff', 'stf_inspector2'],
  admin: ['staff', 'stf_admin'],
};

/** A session per principal, written directly (signing in through PBKDF2 each time is slow). */
export async function sessions(): Promise<Record<Principal, string | undefined>> {
  const out: Record<string, string | undefined> = { anonymous: undefined };
  for (const [name, [kind, id]] of Object.entries(PRINCIPAL_IDS)) {
    const token = `authz-${name}-${crypto.randomUUID()}`;
    await env.DB.prepare(
      `INSERT INTO sessions (token_hash, principal_kind, principal_id, expires_at)
       VALUES (?, ?, ?, '2999-01-01T00:00:00.000Z')`,
    )
      .bind(await sha256Hex(token), kind, id)
      .run();
    out[name] = `xuke_session=${token}`;
  }
  return out as Record<Principal, string | undefined>;
}

/** The seeded world plus attachments, messages, drafts and a correction case. */
export async function world(): Promise<World> {
  const w = await seedWorld();
  await setGrid(10, 2);
  // B verified too, so that revealing B's ID number is a question of scope, not of data.
  const idB = validId('370705', '19850505', '321');
  await env.DB.prepare(
    `UPDATE applicants SET real_name_verified = 1, name = '李四', id_number_enc = ?,
       id_number_hash = ?, id_number_masked = ? WHERE id = 'apl_b'`,
  )
    .bind(
      await encryptPii(env.PII_KEY, idB),
      await hmacHex(env.PII_KEY, `id:${idB}`),
      maskIdNumber(idB),
    )
    .run();
  const att = (id: string, applicant: string, app: string | null) =>
    env.DB.prepare(
      `INSERT INTO attachments (id, applicant_id, application_id, kind, content_type, size, sha256, r2_key)
       VALUES (?, ?, ?, 'idCardFront', 'image/jpeg', 200, 'x', ?)`,
    ).bind(id, applicant, app, `attachments/${applicant}/${id}`);
  const note = (id: string, applicant: string, app: string) =>
    env.DB.prepare(
      `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh, body_zh,
         title_en, body_en) VALUES (?, ?, ?, 'submitted', '已提交', '已提交', 'Submitted', 'Submitted')`,
    ).bind(id, applicant, app);
  const app = (id: string, applicant: string, county: string, status: string) =>
    env.DB.prepare(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, form_json)
       VALUES (?, ?, ?, ?, 'new', ?, '{}')`,
    ).bind(id, `XK${id.toUpperCase()}`, applicant, county, status);
  await env.DB.batch([
    att('att_a', 'apl_a', w.appA),
    att('att_b', 'apl_b', w.appB),
    att('att_a_free', 'apl_a', null),
    note('ntf_a', 'apl_a', w.appA),
    note('ntf_b', 'apl_b', w.appB),
    app('draft_a', 'apl_a', '370702', 'draft'),
    app('draft_b', 'apl_b', '370705', 'draft'),
    app('corr_a', 'apl_a', '370702', 'correction_requested'),
    app('acc_a', 'apl_a', '370702', 'accepted'),
    env.DB.prepare(
      `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
       VALUES ('pr_a', '370702', '潍城区胜利西街100号', ?, ?, ?, ?)`,
    ).bind(LAT, LNG, GRID, GRID),
    env.DB.prepare(
      `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, premises_id,
         jurisdiction_code, status, issued_on, expires_on)
       VALUES ('lic_a', '370702202400001', 'apl_a', '王建国', '建国便利店', 'pr_a', '370702',
         'active', '2024-01-01', '2029-01-01')`,
    ),
    env.DB.prepare(
      `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, premises_id,
         jurisdiction_code, status, issued_on, expires_on)
       VALUES ('lic_a_gone', '370702202300009', 'apl_a', '王建国', '建国烟酒店', 'pr_a', '370702',
         'cancelled', '2023-01-01', '2028-01-01')`,
    ),
  ]);
  for (const [id, applicant] of [
    ['att_a', 'apl_a'],
    ['att_b', 'apl_b'],
    ['att_a_free', 'apl_a'],
  ] as const) {
    await env.EVIDENCE.put(`attachments/${applicant}/${id}`, jpeg());
  }
  // A's browser subscribed to reminders.
  await env.DB.prepare(
    `INSERT INTO push_subscriptions (id, applicant_id, endpoint, p256dh, auth)
     VALUES ('push_a', 'apl_a', 'https://fcm.googleapis.com/fcm/send/world-a', 'x', 'y')`,
  ).run();
  // A guide example photo (its id is the SHA-256 of its bytes).
  await env.EVIDENCE.put(`guide-images/${WORLD_GUIDE_IMAGE}`, jpeg(), {
    httpMetadata: { contentType: 'image/jpeg' },
  });
  const records = await recordWorld('acc_a', todayMinus(0));
  return {
    ...w,
    ...records,
    attA: 'att_a',
    attB: 'att_b',
    attAFree: 'att_a_free',
    notificationA: 'ntf_a',
    notificationB: 'ntf_b',
    grid: GRID,
    lat: LAT,
    lng: LNG,
    draftA: 'draft_a',
    draftB: 'draft_b',
    correctionA: 'corr_a',
    licenceA: 'lic_a',
    cancelledLicenceA: 'lic_a_gone',
    acceptedA: 'acc_a',
  };
}
