/**
 * 实名认证: binds a name and resident ID number to this phone. The ID number is checked on the
 * device first (format, birth date, MOD 11-2 check digit) so a typo is caught before the call.
 * Its processing needs its own consent (a sensitive number, sent to the verification service),
 * ticked by the applicant and recorded by the worker. It is a live check, so it needs the
 * network: offline it says so and keeps what was typed.
 */
import { useSignal } from '@preact/signals';
import { validateIdNumber } from '@core/id-number';
import { CONSENT_TEXTS, PRIVACY_NOTICE_VERSION } from '@core/privacy';
import { ApiError, api, errorText, read } from '../../app/api';
import { setMe } from '../../app/auth';
import { t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { V } from './services.strings';

export function RealnameForm({
  onBound,
  intro = true,
}: {
  onBound?: () => void;
  /** The form's own one-line reason (a page that explains more leaves it out). */
  intro?: boolean;
}) {
  const name = useSignal('');
  const idNumber = useSignal('');
  const consent = useSignal(false);
  const nameError = useSignal<string | null>(null);
  const idError = useSignal<string | null>(null);
  const consentError = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);

  async function submit(e: Event) {
    e.preventDefault();
    error.value = null;
    nameError.value = name.value.trim().length >= 2 ? null : t(V.nameInvalid);
    const v = validateIdNumber(idNumber.value);
    idError.value = v.ok ? null : t(v.message);
    consentError.value = consent.value ? null : t(V.consentNeeded);
    if (nameError.value || !v.ok || !consent.value) return;
    busy.value = true;
    try {
      const res = await read(
        api.me.realname.$post({
          json: {
            name: name.value.trim(),
            idNumber: v.value,
            consent: { noticeVersion: PRIVACY_NOTICE_VERSION, sensitiveInfo: true },
          },
        }),
      );
      setMe(res.user);
      toast(t(V.bound));
      onBound?.();
    } catch (err) {
      error.value =
        err instanceof ApiError && err.code === 'NETWORK' ? t(V.needsNetwork) : errorText(err);
    } finally {
      busy.value = false;
    }
  }

  return (
    <form class="form" onSubmit={submit} noValidate data-testid="realname-form">
      {intro && <p class="hint">{t(V.notVerified)}</p>}
      <div class="field">
        <label for="rn-name">{t(V.name)}</label>
        <input
          id="rn-name"
          name="name"
          autoComplete="name"
          aria-describedby="rn-name-hint"
          aria-invalid={nameError.value ? true : undefined}
          value={name.value}
          onInput={(e) => (name.value = e.currentTarget.value)}
        />
        <p class="hint" id="rn-name-hint">
          {t(V.nameHint)}
        </p>
        {nameError.value && (
          <p class="error" role="alert">
            {nameError.value}
          </p>
        )}
      </div>
      <div class="field">
        <label for="rn-id">{t(V.idNumber)}</label>
        <input
          id="rn-id"
          name="idNumber"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={18}
          aria-describedby="rn-id-hint"
          aria-invalid={idError.value ? true : undefined}
          value={idNumber.value}
          onInput={(e) => (idNumber.value = e.currentTarget.value.toUpperCase().replace(/\s/g, ''))}
        />
        <p class="hint" id="rn-id-hint">
          {t(V.idNumberHint)}
        </p>
        {idError.value && (
          <p class="error" role="alert" data-testid="id-error">
            {idError.value}
          </p>
        )}
      </div>
      <div class={`field consent-check${consentError.value ? ' consent-missing' : ''}`}>
        <label class="check" for="rn-consent">
          <input
            id="rn-consent"
            type="checkbox"
            checked={consent.value}
            aria-invalid={consentError.value ? true : undefined}
            data-testid="realname-consent"
            onChange={(e) => {
              consent.value = e.currentTarget.checked;
              if (consent.value) consentError.value = null;
            }}
          />
          <span>{t(CONSENT_TEXTS.realname)}</span>
        </label>
        <p class="hint">
          <a href="/privacy">{t(V.readNotice)} ›</a>
        </p>
        {consentError.value && (
          <p class="error" role="alert">
            {consentError.value}
          </p>
        )}
      </div>
      <div aria-live="assertive">
        {error.value && (
          <p class="error" role="alert">
            {error.value}
          </p>
        )}
      </div>
      <button type="submit" class="btn btn-primary btn-block" disabled={busy.value}>
        {busy.value ? t(V.binding) : t(V.bind)}
      </button>
    </form>
  );
}
