/**
 * The scheduled reminders (core/reminders.ts), run from the worker's Cron Trigger: gathers what
 * is close to a date, and sends each due reminder once — its key is inserted (or ignored) in
 * `reminders_sent` before anything goes out, so a cron that runs twice, or two overlapping
 * runs, send nothing twice. Channels: the inbox (the record), SMS, Web Push (best effort).
 */
import { addCalendarDays, todayInChina } from '../../../core/dates';
import { dueReminders, type DueReminder, type ReminderFacts } from '../../../core/reminders';
import { smsSender } from '../../adapters/sms/sms';
import { getDb } from '../../db/client';
import type { Env } from '../../env';
import { appNowIso } from '../../lib/clock';
import { workCalendar } from '../calendar/calendar.service';
import { pushToApplicant } from '../push/push.repo';

/** The facts within reach of a reminder on `today`. */
async function gatherFacts(d1: D1Database, today: string): Promise<ReminderFacts> {
  // 60 working days are at most ~95 calendar days, even across the Spring Festival.
  const horizon = addCalendarDays(today, 120);
  const licences = await d1
    .prepare(
      `SELECT id, number, holder_applicant_id AS holderApplicantId, shop_name AS shopName, status,
         expires_on AS expiresOn, suspended_until AS suspendedUntil
       FROM licences WHERE holder_applicant_id IS NOT NULL AND (
         (status = 'active' AND expires_on BETWEEN ? AND ?)
         OR (status = 'suspended' AND suspended_until BETWEEN ? AND ?))`,
    )
    .bind(today, horizon, today, addCalendarDays(today, 30))
    .all<ReminderFacts['licences'][number]>();
  const corrections = await d1
    .prepare(
      `SELECT a.id AS applicationId, a.ref, a.applicant_id AS applicantId,
         (SELECT MAX(e.at) FROM application_events e
          WHERE e.application_id = a.id AND e.to_status = 'correction_requested') AS requestedAt
       FROM applications a WHERE a.status = 'correction_requested'`,
    )
    .all<{ applicationId: string; ref: string; applicantId: string; requestedAt: string | null }>();
  const appointments = await d1
    .prepare(
      `SELECT t.id AS taskId, a.id AS applicationId, a.ref, a.applicant_id AS applicantId,
         t.place_name AS placeName, t.window_on AS windowOn, t.window_from AS windowFrom,
         t.window_to AS windowTo
       FROM inspection_tasks t JOIN applications a ON a.id = t.application_id
       WHERE t.state IN ('assigned', 'in_progress') AND t.window_on BETWEEN ? AND ?`,
    )
    .bind(today, addCalendarDays(today, 1))
    .all<ReminderFacts['appointments'][number]>();
  return {
    licences: licences.results,
    corrections: corrections.results.flatMap((r) =>
      r.requestedAt ? [{ ...r, requestedOn: todayInChina(new Date(r.requestedAt)) }] : [],
    ),
    appointments: appointments.results,
  };
}

/** Claims the reminder's key; true only for the one run that inserted it. */
async function claim(env: Env, r: DueReminder, at: string): Promise<boolean> {
  const res = await env.DB.prepare(
    `INSERT OR IGNORE INTO reminders_sent (key, kind, applicant_id, due_on, sent_at)
     VALUES (?, ?, ?, ?, ?)`,
  )
    .bind(r.key, r.kind, r.applicantId, r.dueOn, at)
    .run();
  return res.meta.changes === 1;
}

async function send(env: Env, r: DueReminder, at: string): Promise<void> {
  const applicationId = /^\/apply\/([^/]+)$/.exec(r.url)?.[1] ?? null;
  await env.DB.prepare(
    `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh, body_zh,
       title_en, body_en, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
    .bind(
      crypto.randomUUID(),
      r.applicantId,
      applicationId,
      r.kind,
      r.zh.title,
      r.zh.body,
      r.en.title,
      r.en.body,
      at,
    )
    .run();
  try {
    const phone = await env.DB.prepare('SELECT phone FROM applicants WHERE id = ?')
      .bind(r.applicantId)
      .first<{ phone: string }>();
    if (phone) await smsSender(env).send(phone.phone, r.sms);
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', reminder: r.key, sms: String(err) }));
  }
  const pushed = await pushToApplicant(env, r.applicantId, {
    title: r.zh.title,
    body: r.zh.body,
    url: r.url,
    tag: r.key,
  });
  if (pushed > 0) {
    await env.DB.prepare('UPDATE reminders_sent SET pushed = ? WHERE key = ?')
      .bind(pushed, r.key)
      .run();
  }
}

/** Sends every reminder due on `today` that was not sent before; answers the keys it sent. */
export async function sendDueReminders(env: Env, today: string): Promise<string[]> {
  const cal = await workCalendar(getDb(env.DB));
  const due = dueReminders(await gatherFacts(env.DB, today), today, cal);
  const sent: string[] = [];
  for (const r of due) {
    const at = appNowIso(env);
    if (!(await claim(env, r, at))) continue;
    await send(env, r, at);
    sent.push(r.key);
  }
  return sent;
}
