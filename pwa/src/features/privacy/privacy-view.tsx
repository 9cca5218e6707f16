/** /privacy: the notice on its own page, open to everyone (linked from the sign-in screen). */
import { dict, t } from '../../app/i18n';
import { PageTitle } from '../../app/ui';
import { PrivacyNotice } from './privacy-notice';

const S = dict({
  title: { zh: '个人信息保护政策', en: 'Privacy notice' },
  back: { zh: '返回', en: 'Back' },
});

export function PrivacyView({ back = '/' }: { back?: string }) {
  return (
    <article class="privacy-view" data-testid="privacy-view">
      <a class="back-link" href={back}>
        ‹ {t(S.back)}
      </a>
      <PageTitle text={S.title} />
      <PrivacyNotice />
    </article>
  );
}
