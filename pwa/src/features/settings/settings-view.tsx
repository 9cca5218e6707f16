/** Staff settings: language, large text, account, sign-out. */
import { ROLE_LABELS } from '@core/roles';
import { logout, staff } from '../../app/auth';
import { C } from '../../app/common.strings';
import { dict, t, list } from '../../app/i18n';
import { LanguageSwitch, LargeTextSwitch } from '../../app/preferences';
import { PageTitle } from '../../app/ui';
import { CalendarAdmin } from './calendar-admin';
import { JurisdictionAdmin } from './jurisdiction-admin';

const S = dict({
  title: { zh: '设置', en: 'Settings' },
  display: { zh: '显示', en: 'Display' },
  username: { zh: '用户名', en: 'Username' },
  name: { zh: '姓名', en: 'Name' },
  role: { zh: '角色', en: 'Role' },
  scope: { zh: '管辖范围', en: 'Jurisdiction' },
});

export function SettingsView() {
  const u = staff.value;
  if (!u) return null;
  return (
    <section data-testid="settings-view" class="narrow">
      <PageTitle text={S.title} />
      <section class="panel">
        <h2>{t(S.display)}</h2>
        <LanguageSwitch />
        <LargeTextSwitch />
      </section>
      <section class="panel">
        <h2>{t(C.account)}</h2>
        <dl class="facts">
          <div class="fact">
            <dt>{t(S.name)}</dt>
            <dd>{u.displayName}</dd>
          </div>
          <div class="fact">
            <dt>{t(S.username)}</dt>
            <dd class="mono">{u.username}</dd>
          </div>
          <div class="fact">
            <dt>{t(S.role)}</dt>
            <dd>{t(ROLE_LABELS[u.role])}</dd>
          </div>
          <div class="fact">
            <dt>{t(S.scope)}</dt>
            <dd>{list(u.jurisdictions.map((j) => `${j.name} (${j.code})`))}</dd>
          </div>
        </dl>
      </section>
      {u.role === 'admin' && <CalendarAdmin />}
      {u.role === 'admin' && <JurisdictionAdmin />}
      <button
        type="button"
        class="btn btn-danger"
        data-testid="logout"
        onClick={() => void logout()}
      >
        {t(C.logout)}
      </button>
    </section>
  );
}
