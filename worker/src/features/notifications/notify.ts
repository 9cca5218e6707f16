import type { NotificationTemplate, NotificationFacts } from '../../../core/notifications';
import { renderNotification } from '../../../core/notifications';
import { smsSender } from '../../adapters/sms/sms';
import type { Ctx } from '../../app-env';
import type { Env } from '../../env';

/** The inbox message for a transition (written in the transition's own batch). */
export function caseMessage(
  applicantId: string,
  template: NotificationTemplate,
  facts: NotificationFacts,
) {
  return { applicantId, template, message: renderNotification(template, facts) };
}

/**
 * Sends the SMS copy after the transition committed. The inbox is the record; a failed SMS is
 * logged, never turned into a failed transition.
 */
export async function smsAfterCommit(
  c: Ctx,
  notify: { applicantId: string; message: { sms: string } } | undefined,
  /** The applicant's phone when the caller knows it (saves a lookup). */
  phone?: string,
): Promise<void> {
  // The answer need not wait for the SMS gateway.
  c.executionCtx.waitUntil(sendCaseSms(c.env, c.get('requestId'), notify, phone));
}

/** Same as smsAfterCommit, for callers without a request (the scheduled clock runner). */
export async function sendCaseSms(
  env: Env,
  requestId: string | null,
  notify: { applicantId: string; message: { sms: string } } | undefined,
  phone?: string,
): Promise<void> {
  if (!notify) return;
  try {
    const to =
      phone ??
      (
        await env.DB.prepare('SELECT phone FROM applicants WHERE id = ?')
          .bind(notify.applicantId)
          .first<{ phone: string }>()
      )?.phone;
    if (to) await smsSender(env).send(to, notify.message.sms);
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', requestId, sms: String(err) }));
  }
}
