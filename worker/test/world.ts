/**
 * The richer test world of the matrix and bad-input tests: the seeded world plus attachments,
 * messages, drafts, a correction case, B verified too, and a session per principal.
 */
import { env } from 'cloudflare:workers';
import { maskIdNumber } from '../core/masking';
import { encryptPii, hmacHex, sha256Hex } from '../src/lib/crypto';
import { jpeg, type Principal, type World } from './authz.matrix';
import { GRID, LAT, LNG, licenceOfA, setGrid } from './cases';
import { buildContent } from '../src/features/documents/documents.content';
import { WORLD_GUIDE_IMAGE } from './authz.matrix.service';
import { call, seedWorld, todayMinus, validId } from './fixtures';
import { recordWorld } from './world.records';
import { integrationWorld } from './world.integrations';
import { tokenWorld } from './world.tokens';
import { defaultCalendar } from '../core/calendar';
import { addCalendarDays } from '../core/dates';
import { appToday } from '../src/lib/clock';
import { finishedCase } from './ratings';

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

/** A 潍城区 supervision plan drawn by the city approver (one retailer, lic_a). */
async function supervisionPlan(): Promise<string> {
  const token = `world-approver-${crypto.randomUUID()}`;
  await env.DB.prepare(
    `INSERT INTO sessions (token_hash, principal_kind, principal_id, expires_at)
     VALUES (?, 'staff', 'stf_approver', '2999-01-01T00:00:00.000Z')`,
  )
    .bind(await sha256Hex(token))
    .run();
  const today = appToday(env);
  const res = await call('/api/supervision/plans', {
    cookie: `xuke_session=${token}`,
    body: {
      area: '370702',
      periodFrom: today,
      periodTo: addCalendarDays(today, 30),
      count: 1,
      weighted: true,
    },
  });
  if (res.status !== 201) throw new Error(`plan: ${res.status} ${await res.text()}`);
  await env.DB.prepare('DELETE FROM sessions WHERE token_hash = ?')
    .bind(await sha256Hex(token))
    .run();
  return (await res.json<{ plan: { id: string } }>()).plan.id;
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
    ...licenceOfA(),
    env.DB.prepare(
      `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, premises_id,
         jurisdiction_code, status, issued_on, expires_on)
       VALUES ('lic_a_gone', '370702202300009', 'apl_a', '王建国', '建国烟酒店', 'pr_a', '370702',
         'cancelled', '2023-01-01', '2028-01-01')`,
    ),
  ]);
  const doc = async (id: string, app: string, county: string, seq: number) => {
    const content = JSON.stringify(
      buildContent({
        kind: 'acceptance',
        bureau: county === '370702' ? '潍坊市潍城区烟草专卖局' : '潍坊市奎文区烟草专卖局',
        reconsideredBy: '潍坊市烟草专卖局',
        addressee: '王建国',
        ref: `XK${app.toUpperCase()}`,
        type: 'new',
        shopName: '建国便利店',
        address: '胜利西街100号',
        submittedOn: '2026-11-02',
        acceptedOn: '2026-11-03',
        deadline: '2026-12-01',
        items: [],
        reason: null,
        withLicence: false,
      }),
    );
    return env.DB.prepare(
      `INSERT INTO official_documents (id, application_id, bureau_code, kind, year, seq, number,
         issued_on, issued_at, signer_id, signer_name, content_json, content_hash)
       VALUES (?, ?, ?, 'acceptance', 2026, ?, ?, '2026-11-03', '2026-11-03T01:00:00.000Z',
         'stf_clerk', '窗口', ?, ?)`,
    ).bind(id, app, county, seq, `测试烟许受〔2026〕第${seq}号`, content, await sha256Hex(content));
  };
  await env.DB.batch([
    await doc('doc_a', w.appA, '370702', 1),
    await doc('doc_b', w.appB, '370705', 2),
    await doc('doc_insp', w.appInspection, '370702', 3),
    // The counters as issuing them would have left them.
    env.DB.prepare(
      `INSERT INTO document_counters (bureau_code, kind, year, last)
       VALUES ('370702', 'acceptance', 2026, 3), ('370705', 'acceptance', 2026, 2)`,
    ),
  ]);
  // 云上核查: a remote inspection of app_insp, led by `inspector`, `inspector2` observing.
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO remote_inspections (id, application_id, applicant_id, jurisdiction_code, kind,
         state, company_name, phone_masked, contact_name, address, deadline_on, appointment_on,
         appointment_at, checklist_version, created_by)
       VALUES ('rmt_a', ?, 'apl_a', '370702', 'new', 'scheduled', '建国便利店', '139****0001',
         '王建国', '潍城区胜利西街100号', ?, ?, '10:00', 'new-v1', 'stf_clerk')`,
    ).bind(w.appInspection, todayMinus(-5), todayMinus(-2)),
    env.DB.prepare(
      `INSERT INTO remote_officers (inspection_id, staff_id, position) VALUES
       ('rmt_a', 'stf_inspector', 1), ('rmt_a', 'stf_inspector2', 2)`,
    ),
  ]);
  for (const [id, applicant] of [
    ['att_a', 'apl_a'],
    ['att_b', 'apl_b'],
    ['att_a_free', 'apl_a'],
  ] as const) {
    await env.EVIDENCE.put(`attachments/${applicant}/${id}`, jpeg());
  }
  // 好差评: a case to rate, and one rated 非常不满意 whose follow-up is open.
  const cal = defaultCalendar();
  const today = appToday(env);
  const ended = cal.subtractWorkingDays(today, 1);
  await finishedCase('done_a', 'apl_a', '370702', 'refused', ended);
  await finishedCase('rated_a', 'apl_a', '370702', 'delivered', ended);
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO ratings (id, application_id, applicant_id, jurisdiction_code, overall,
         efficiency, guide, convenience, ease, comment, ended_on, rated_on, idempotency_key)
       VALUES ('rtg_a', 'rated_a', 'apl_a', '370702', 'very_dissatisfied', 'dissatisfied',
         'basic', 'dissatisfied', 'basic', '等了很久', ?, ?, 'world-rating-a')`,
    ).bind(ended, today),
    env.DB.prepare(
      `INSERT INTO rating_follow_ups (rating_id, application_id, jurisdiction_code, opened_on, due_on)
       VALUES ('rtg_a', 'rated_a', '370702', ?, ?)`,
    ).bind(today, cal.addWorkingDays(today, 5)),
  ]);
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
  const plan = await supervisionPlan();
  const integrations = await integrationWorld();
  await tokenWorld('lic_a');
  await env.DB.prepare(
    `INSERT INTO inspector_conflicts (id, staff_id, licence_id, reason, created_by)
     VALUES ('ic_a', 'stf_inspector2', 'lic_a_gone', '近亲属', 'stf_approver')`,
  ).run();
  // 许可业务预警: the bad rating's warning as the rules store it.
  await env.DB.prepare(
    `INSERT INTO warnings (id, rule, severity, jurisdiction_code, object_kind, object_id,
       object_label, detail_json, due_on, first_seen_on, seen_run)
     VALUES ('bad_rating:rtg_a:yellow', 'bad_rating', 'yellow', '370702', 'application',
       'rated_a', 'XKRATED_A 建国便利店', '{}', ?, ?, '0')`,
  )
    .bind(cal.addWorkingDays(today, 5), today)
    .run();
  return {
    ...w,
    ...records,
    ...integrations,
    warningA: 'bad_rating:rtg_a:yellow',
    doneA: 'done_a',
    ratedA: 'rated_a',
    ratingA: 'rtg_a',
    plan,
    conflict: 'ic_a',
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
    docA: 'doc_a',
    docB: 'doc_b',
    docInspection: 'doc_insp',
    remoteA: 'rmt_a',
  };
}
