/** Applicant sign-in: phone → SMS code → session. */
import { useSignal, useSignalEffect } from '@preact/signals';
import { maskPhone } from '@core/masking';
import { isMobilePhone } from '@core/phone';
import { ApiError, api, errorText, opts, read } from '../../app/api';
import { freshSignIn, setMe } from '../../app/auth';
import { fmt, t } from '../../app/i18n';
import { A } from './auth.strings';
import { DevOutbox } from './dev-outbox';

export function SmsForm() {
  const phone = useSignal('');
  const code = useSignal('');
  const error = useSignal<string | null>(null);
  const notice = useSignal<string | null>(null);
  const busy = useSignal<'sending' | 'verifying' | null>(null);
  const resendIn = useSignal(0);
  /** The phone the last code went to; the outbox and verify use it, not later edits. */
  const sentTo = useSignal<string | null>(null);
  const outboxTick = useSignal(0);

  // One timer per countdown; the effect re-arms itself while seconds remain.
  useSignalEffect(() => {
    if (resendIn.value <= 0) return;
    const id = setTimeout(() => (resendIn.value -= 1), 1000);
    return () => clearTimeout(id);
  });

  async function requestCode() {
    error.value = null;
    const p = phone.value.trim();
    if (!isMobilePhone(p)) {
      error.value = t(A.phoneInvalid);
      return;
    }
    busy.value = 'sending';
    try {
      const res = await read(
        api.auth.sms.request.$post({ json: { phone: p } }, opts({ quiet401: true })),
      );
      sentTo.value = p;
      resendIn.value = res.resendAfterSeconds;
      notice.value = fmt(t(A.codeSent), {
        phone: maskPhone(p),
        min: Math.round(res.expiresInSeconds / 60),
      });
      outboxTick.value++;
      document.getElementById('sms-code')?.focus();
    } catch (err) {
      error.value = errorText(err);
      if (err instanceof ApiError && err.code === 'SMS_RESEND_TOO_SOON') sentTo.value = p;
    } finally {
      busy.value = null;
    }
  }

  async function verify(e: Event) {
    e.preventDefault();
    error.value = null;
    const p = phone.value.trim();
    if (!isMobilePhone(p)) {
      error.value = t(A.phoneInvalid);
      return;
    }
    if (!/^\d{6}$/.test(code.value)) {
      error.value = t(A.codeInvalid);
      return;
    }
    busy.value = 'verifying';
    try {
      const res = await read(
        api.auth.sms.verify.$post(
          { json: { phone: p, code: code.value } },
          opts({ quiet401: true }),
        ),
      );
      freshSignIn.value = true;
      setMe(res.user);
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = null;
    }
  }

  const counting = resendIn.value > 0;
  return (
    <form class="form" onSubmit={verify} noValidate data-testid="sms-form">
      <div class="field">
        <label for="sms-phone">{t(A.phone)}</label>
        <input
          id="sms-phone"
          name="phone"
          type="tel"
          inputMode="numeric"
          autoComplete="tel-national"
          maxLength={11}
          aria-describedby="sms-phone-hint"
          value={phone.value}
          onInput={(e) => (phone.value = e.currentTarget.value.replace(/\D/g, ''))}
        />
        <p class="hint" id="sms-phone-hint">
          {t(A.phoneHint)}
        </p>
      </div>
      <div class="field">
        <label for="sms-code">{t(A.code)}</label>
        <div class="input-with-button">
          <input
            id="sms-code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="\d{6}"
            maxLength={6}
            aria-describedby="sms-code-hint"
            value={code.value}
            onInput={(e) => (code.value = e.currentTarget.value.replace(/\D/g, ''))}
          />
          <button
            type="button"
            class="btn"
            onClick={requestCode}
            disabled={counting || busy.value !== null}
            data-testid="request-code"
          >
            {busy.value === 'sending'
              ? t(A.sending)
              : counting
                ? fmt(t(A.resendIn), { n: resendIn.value })
                : t(sentTo.value ? A.resend : A.getCode)}
          </button>
        </div>
        <p class="hint" id="sms-code-hint">
          {t(A.codeHint)}
        </p>
      </div>
      <div aria-live="polite" class="form-notice">
        {notice.value && <p class="notice">{notice.value}</p>}
      </div>
      <div aria-live="assertive">
        {error.value && (
          <p class="error" role="alert" data-testid="form-error">
            {error.value}
          </p>
        )}
      </div>
      <button type="submit" class="btn btn-primary btn-block" disabled={busy.value !== null}>
        {busy.value === 'verifying' ? t(A.signingIn) : t(A.signIn)}
      </button>
      {sentTo.value && (
        <DevOutbox phone={sentTo.value} tick={outboxTick.value} onUse={(c) => (code.value = c)} />
      )}
    </form>
  );
}
