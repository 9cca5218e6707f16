/** The applicant's inbox message and SMS about a remote inspection's appointment. */
import type { BusinessType } from '../../../core/business-types';
import { renderNotification } from '../../../core/notifications';
import type { Ctx } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { sendCaseSms } from '../notifications/notify';

export interface AppointmentNotice {
  /** The inbox insert, written only if the change before it in the batch happened. */
  statement: D1PreparedStatement;
  /** Sends the SMS copy once the batch committed (a failed SMS never fails the change). */
  sendSms: () => void;
}

export function appointmentNotice(
  c: Ctx,
  n: {
    inspectionId: string;
    applicantId: string;
    applicationId: string;
    ref: string;
    type: BusinessType;
    on: string;
    at: string;
    reason?: string;
    /** The inspection's version once the batch's change is in: the message's guard. */
    version: number;
  },
  template: 'remote_inspection' | 'remote_inspection_moved',
): AppointmentNotice {
  const message = renderNotification(template, {
    ref: n.ref,
    type: n.type,
    appointment: `${n.on} ${n.at}`,
    reasons: n.reason ? [n.reason] : [],
  });
  const statement = c.env.DB.prepare(
    `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh, body_zh,
       title_en, body_en, created_at)
     SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?
     WHERE EXISTS (SELECT 1 FROM remote_inspections WHERE id = ? AND version = ?)`,
  ).bind(
    crypto.randomUUID(),
    n.applicantId,
    n.applicationId,
    template,
    message.zh.title,
    message.zh.body,
    message.en.title,
    message.en.body,
    appNowIso(c.env),
    n.inspectionId,
    n.version,
  );
  const sendSms = () =>
    c.executionCtx.waitUntil(
      sendCaseSms(c.env, c.get('requestId'), { applicantId: n.applicantId, message }),
    );
  return { statement, sendSms };
}
