/**
 * The inside of the 终止办理 dialog: a plain warning that it ends the case for good, the ground
 * (only those that fit the case's status, core/termination.ts), the facts in words, and the
 * notice the applicant will receive, rendered by the same template the worker sends.
 */
import type { ApplicationDetail, StaffActionInput } from '@core/api';
import { renderNotification } from '@core/notifications';
import {
  TERMINATION_GROUND_LABELS,
  TERMINATION_REASON_MAX,
  TERMINATION_REASON_MIN,
  groundsFor,
  isTerminationGround,
  terminationNoticeReasons,
} from '@core/termination';
import { dict, locale, t } from '../../app/i18n';
import { A } from './actions.strings';

export const T = dict({
  warn: {
    zh: '终止办理将结束本申请，且不可撤销：不再作出准予或不予许可的决定，时限停止计算，已安排的核查将取消。系统将出具《终止办理告知书》，并以站内信和短信告知申请人（含复议、诉讼权利）。',
    en: 'Terminating ends this case for good: no decision will be made, the clock stops and any arranged check is called off. A notice of terminated handling is issued and the applicant is told by inbox and SMS (with the right to appeal).',
  },
  ground: { zh: '终止理由类别', en: 'Ground' },
  reason: {
    zh: '具体情况（将告知申请人并载入告知书）',
    en: 'What happened (told to the applicant and printed on the notice)',
  },
  needGround: { zh: '请选择终止理由类别。', en: 'Choose a ground.' },
  needReason: {
    zh: `请填写具体情况（${TERMINATION_REASON_MIN}–${TERMINATION_REASON_MAX}个字）。`,
    en: `Describe what happened (${TERMINATION_REASON_MIN}–${TERMINATION_REASON_MAX} characters).`,
  },
});

type Draft = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The body of a terminate action from the dialog's draft, or what is missing. */
export function terminateBody(
  a: Pick<ApplicationDetail, 'status' | 'version'>,
  d: Draft,
): Extract<StaffActionInput, { action: 'terminate' }> | string {
  const ground = text(d.ground);
  if (!isTerminationGround(ground) || !groundsFor(a.status).includes(ground))
    return t(T.needGround);
  const reason = text(d.reason).trim();
  if (reason.length < TERMINATION_REASON_MIN || reason.length > TERMINATION_REASON_MAX) {
    return t(T.needReason);
  }
  return { action: 'terminate', version: a.version, ground, reason };
}

export function TerminateForm(p: { a: ApplicationDetail; d: Draft; onChange: (d: Draft) => void }) {
  const { a, d, onChange } = p;
  const ground = text(d.ground);
  const reason = text(d.reason);
  const fits = isTerminationGround(ground) && reason.trim().length > 0;
  const n = fits
    ? renderNotification('terminated', {
        ref: a.ref,
        type: a.type,
        reasons: terminationNoticeReasons(ground, reason),
      })
    : null;
  return (
    <>
      <p class="panel panel-warn" role="alert" data-testid="terminate-warning">
        {t(T.warn)}
      </p>
      <fieldset class="choice-list" data-testid="termination-grounds">
        <legend>{t(T.ground)}</legend>
        {groundsFor(a.status).map((g) => (
          <label key={g} class={`choice ${ground === g ? 'choice-on' : ''}`}>
            <input
              type="radio"
              name="ground"
              value={g}
              checked={ground === g}
              onChange={() => onChange({ ...d, ground: g })}
            />
            <span class="choice-text">{t(TERMINATION_GROUND_LABELS[g])}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="act-termination-reason">{t(T.reason)}</label>
        <textarea
          id="act-termination-reason"
          rows={3}
          maxLength={TERMINATION_REASON_MAX}
          value={reason}
          onInput={(e) => onChange({ ...d, reason: e.currentTarget.value })}
        />
      </div>
      {n && (
        <section class="notice" data-testid="termination-preview">
          <strong>{t(A.noticePreview)}</strong>
          <p>{(locale.value === 'en' ? n.en : n.zh).body}</p>
        </section>
      )}
    </>
  );
}
