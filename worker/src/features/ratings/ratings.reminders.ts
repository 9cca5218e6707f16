/**
 * The one reminder to rate (cron): a finished case still unrated three working days into its
 * window gets one inbox message and one SMS. The message and the case's `rating_reminders`
 * row are written in one batch that inserts the message only while no such row exists, so a
 * cron running twice (or two at once) reminds once.
 */
import { addCalendarDays } from '../../../core/dates';
import { renderNotification } from '../../../core/notifications';
import { ratingDeadline, reminderDue } from '../../../core/ratings';
import { getDb } from '../../db/client';
import type { Env } from '../../env';
import { appNowIso, appToday } from '../../lib/clock';
import { workCalendar } from '../calendar/calendar.service';
import { sendCaseSms } from '../notifications/notify';
import { ENDED_ON_SQL, RATEABLE_SQL, endedOnOf, type RatedCaseRow } from './ratings.repo';

/** Sends the reminders due today; returns how many went out. */
export async function remindToRate(env: Env): Promise<number> {
  const d1 = env.DB;
  const today = appToday(env);
  const cal = await workCalendar(getDb(d1));
  // A window is 5 working days: never more than three weeks of calendar, holidays included.
  const since = addCalendarDays(today, -21);
  const res = await d1
    .prepare(
      `SELECT a.id, a.ref, a.applicant_id, a.jurisdiction_code, a.type, a.status, a.shop_name,
         a.decided_on, a.delivered_on, a.terminated_on FROM applications a
       WHERE a.status IN ${RATEABLE_SQL}
         AND ${ENDED_ON_SQL} BETWEEN ? AND ?
         AND NOT EXISTS (SELECT 1 FROM ratings r WHERE r.application_id = a.id)
         AND NOT EXISTS (SELECT 1 FROM rating_reminders m WHERE m.application_id = a.id)`,
    )
    .bind(since, today)
    .all<RatedCaseRow>();
  let sent = 0;
  for (const row of res.results) {
    const endedOn = endedOnOf(row);
    if (!endedOn || !reminderDue(cal, today, endedOn)) continue;
    const message = renderNotification('rating_reminder', {
      ref: row.ref,
      type: row.type,
      deadline: ratingDeadline(cal, endedOn),
    });
    const at = appNowIso(env);
    const [inserted] = await d1.batch([
      d1
        .prepare(
          `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh,
             body_zh, title_en, body_en, created_at)
           SELECT ?, ?, ?, 'rating_reminder', ?, ?, ?, ?, ?
           WHERE NOT EXISTS (SELECT 1 FROM rating_reminders WHERE application_id = ?)`,
        )
        .bind(
          crypto.randomUUID(),
          row.applicant_id,
          row.id,
          message.zh.title,
          message.zh.body,
          message.en.title,
          message.en.body,
          at,
          row.id,
        ),
      d1
        .prepare('INSERT OR IGNORE INTO rating_reminders (application_id, sent_at) VALUES (?, ?)')
        .bind(row.id, at),
    ]);
    if ((inserted?.meta.changes ?? 0) !== 1) continue;
    sent++;
    await sendCaseSms(env, null, { applicantId: row.applicant_id, message });
  }
  return sent;
}
