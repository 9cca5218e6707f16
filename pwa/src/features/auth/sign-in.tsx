/** The sign-in screen: applicants by SMS code, staff by username and password. */
import { useSignal } from '@preact/signals';
import { C } from '../../app/common.strings';
import { t } from '../../app/i18n';
import { LanguageToggle } from '../../app/preferences';
import { largeText } from '../../app/prefs';
import { useDocumentTitle } from '../../app/title';
import { A } from './auth.strings';
import { SmsForm } from './sms-form';
import { StaffForm } from './staff-form';

export function SignIn() {
  // Staff bookmark the workbench; `?staff` (or /staff…) opens their form first.
  const initial = /[?&]staff\b|^\/(queue|map|warnings|inspections|analysis|settings)/.test(
    location.pathname + location.search,
  )
    ? 'staff'
    : 'applicant';
  const mode = useSignal<'applicant' | 'staff'>(initial);
  useDocumentTitle(t(A.signIn));

  return (
    <div class="signin-page">
      <header class="signin-top">
        <button
          type="button"
          class="btn btn-ghost btn-small"
          aria-pressed={largeText.value}
          onClick={() => (largeText.value = !largeText.value)}
        >
          {t(A.largeTextShort)}
        </button>
        <LanguageToggle />
      </header>
      <main id="main" class="signin-card">
        <img class="signin-logo" src="/favicon.svg" alt="" width={64} height={64} />
        <h1 class="signin-title">{t(C.appName)}</h1>
        <p class="signin-sub">
          {t(C.bureau)} · {t(A.welcome)}
        </p>
        <div class="segmented-buttons" role="group" aria-label={t(A.modeLabel)}>
          <button
            type="button"
            aria-pressed={mode.value === 'applicant'}
            data-testid="mode-applicant"
            onClick={() => (mode.value = 'applicant')}
          >
            {t(A.applicantMode)}
          </button>
          <button
            type="button"
            aria-pressed={mode.value === 'staff'}
            data-testid="mode-staff"
            onClick={() => (mode.value = 'staff')}
          >
            {t(A.staffMode)}
          </button>
        </div>
        {mode.value === 'applicant' ? <SmsForm /> : <StaffForm />}
        <p class="hint signin-privacy">
          {t(A.privacy)}{' '}
          <a href="/privacy" data-testid="privacy-link">
            {t(A.privacyLink)}
          </a>
        </p>
      </main>
    </div>
  );
}
