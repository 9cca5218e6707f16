/** The privacy notice (个人信息保护政策) as core words it, with the bureau as the processor. */
import { PRIVACY_NOTICE, PRIVACY_NOTICE_VERSION, withBureau } from '@core/privacy';
import { C } from '../../app/common.strings';
import { dict, fmt, t } from '../../app/i18n';

const S = dict({
  version: { zh: '版本：{v}', en: 'Version: {v}' },
});

export function PrivacyNotice({ level = 2 }: { level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <div class="privacy-notice" data-testid="privacy-notice">
      {PRIVACY_NOTICE.map((section, i) => (
        <section key={i}>
          <H>{t(section.heading)}</H>
          {section.body.map((p, j) => (
            <p key={j}>{t(withBureau(p, C.bureau))}</p>
          ))}
        </section>
      ))}
      <p class="hint">{fmt(t(S.version), { v: PRIVACY_NOTICE_VERSION })}</p>
    </div>
  );
}
