/**
 * The applicant's ID number on a staff case page: masked by default; the full number only
 * after a stated reason, which the server writes to the audit log (PRODUCT.md §8–9).
 */
import { useSignal } from '@preact/signals';
import { mayRevealIdNumber, type CaseScope } from '@core/access';
import { staffWho } from '../../app/access';
import { api, errorText, read } from '../../app/api';
import { staff } from '../../app/auth';
import { C } from '../../app/common.strings';
import { t } from '../../app/i18n';
import { Q } from './queue.strings';

export function RevealId(props: { caseId: string; masked: string | null; scope: CaseScope }) {
  const { caseId, masked } = props;
  const asking = useSignal(false);
  const reason = useSignal('');
  const full = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const me = staff.value;
  const mayReveal = me !== null && mayRevealIdNumber(staffWho(me), props.scope);

  async function reveal(e: Event) {
    e.preventDefault();
    error.value = null;
    if (reason.value.trim().length < 4) {
      error.value = t(Q.revealTooShort);
      return;
    }
    busy.value = true;
    try {
      const res = await read(
        api.applications[':id']['reveal-id'].$post({
          param: { id: encodeURIComponent(caseId) },
          json: { reason: reason.value.trim() },
        }),
      );
      full.value = res.idNumber;
      asking.value = false;
      reason.value = '';
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  return (
    <div class="fact" data-testid="id-number">
      <dt>{t(Q.idNumber)}</dt>
      <dd>
        <span class="mono" data-testid="id-value">
          {full.value ?? masked ?? t(Q.notBound)}
        </span>
        {full.value && (
          <>
            {' '}
            <span class="hint">({t(Q.revealed)})</span>{' '}
            <button
              type="button"
              class="btn btn-small btn-ghost"
              onClick={() => (full.value = null)}
            >
              {t(Q.hide)}
            </button>
          </>
        )}
        {masked && !full.value && mayReveal && !asking.value && (
          <>
            {' '}
            <button
              type="button"
              class="btn btn-small"
              data-testid="reveal-id"
              onClick={() => (asking.value = true)}
            >
              {t(Q.reveal)}
            </button>
          </>
        )}
        {asking.value && (
          <form class="reveal-form" onSubmit={reveal} noValidate>
            <p class="notice">{t(Q.revealAudit)}</p>
            <label for="reveal-reason">{t(Q.revealReason)}</label>
            <input
              id="reveal-reason"
              minLength={4}
              maxLength={200}
              required
              aria-describedby="reveal-hint"
              value={reason.value}
              onInput={(e) => (reason.value = e.currentTarget.value)}
            />
            <p class="hint" id="reveal-hint">
              {t(Q.revealReasonHint)}
            </p>
            <div aria-live="assertive">
              {error.value && (
                <p class="error" role="alert">
                  {error.value}
                </p>
              )}
            </div>
            <div class="button-row">
              <button type="submit" class="btn btn-primary" disabled={busy.value}>
                {t(Q.revealSubmit)}
              </button>
              <button type="button" class="btn btn-ghost" onClick={() => (asking.value = false)}>
                {t(C.cancel)}
              </button>
            </div>
          </form>
        )}
      </dd>
    </div>
  );
}
