/**
 * 服务 tab: licences, profile with real-name binding, preferences, the privacy notice, sign-out
 * (which also removes the copies of what was viewed from this phone).
 */
import { applicant, logout } from '../../app/auth';
import { C } from '../../app/common.strings';
import { t } from '../../app/i18n';
import { forgetCopies } from '../../app/offline-copy';
import { LanguageSwitch, LargeTextSwitch } from '../../app/preferences';
import { PageTitle } from '../../app/ui';
import { MyLicences } from './licences';
import { RealnameForm } from './realname-form';
import { RemindersSwitch } from '../reminders/reminders-switch';
import { V } from './services.strings';

export function ServicesView() {
  const me = applicant.value;
  if (!me) return null;
  return (
    <section data-testid="services-view">
      <PageTitle text={V.title} />
      <MyLicences />
      <section class="section" aria-labelledby="profile-h" id="realname">
        <h2 id="profile-h">{t(V.profile)}</h2>
        <div class="panel">
          <dl class="facts">
            <div class="fact">
              <dt>{t(V.phone)}</dt>
              <dd>
                {me.phoneMasked}{' '}
                <a href="/services/phone" data-testid="phone-change-link">
                  {t(V.changePhone)} ›
                </a>
              </dd>
            </div>
            <div class="fact">
              <dt>{t(V.realname)}</dt>
              <dd>
                {me.realNameVerified ? (
                  <span class="badge badge-ok">✓ {t(V.verified)}</span>
                ) : (
                  <span class="badge badge-warn">{t(V.unverified)}</span>
                )}
              </dd>
            </div>
            {me.realNameVerified && (
              <>
                <div class="fact">
                  <dt>{t(V.name)}</dt>
                  <dd>{me.name}</dd>
                </div>
                <div class="fact">
                  <dt>{t(V.idMasked)}</dt>
                  <dd class="mono" data-testid="id-masked">
                    {me.idNumberMasked}
                  </dd>
                </div>
              </>
            )}
          </dl>
          {!me.realNameVerified && <RealnameForm />}
        </div>
      </section>
      <RemindersSwitch />
      <section class="section" aria-labelledby="settings-h">
        <h2 id="settings-h">{t(V.settings)}</h2>
        <div class="panel">
          <LanguageSwitch />
          <LargeTextSwitch />
          <p>
            <a href="/privacy" data-testid="privacy-link">
              {t(V.privacy)} ›
            </a>
          </p>
        </div>
      </section>
      <button
        type="button"
        class="btn btn-danger btn-block"
        data-testid="logout"
        onClick={() => void forgetCopies().finally(() => void logout())}
      >
        {t(C.logout)}
      </button>
    </section>
  );
}
