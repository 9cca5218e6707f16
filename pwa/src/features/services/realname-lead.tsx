/**
 * Leads an applicant who has not verified their real name to 实名认证, before anything needs
 * it: shown above every screen of the applicant's app until it is done (the form itself lives
 * at /realname and in 服务).
 */
import { applicant } from '../../app/auth';
import { t } from '../../app/i18n';
import { V } from './services.strings';

export function RealnameLead() {
  const me = applicant.value;
  if (!me || me.realNameVerified) return null;
  return (
    <section class="panel realname-lead" data-testid="realname-lead">
      <h2>{t(V.leadTitle)}</h2>
      <p>{t(V.leadBody)}</p>
      <a class="btn btn-primary btn-block" href="/realname" data-testid="go-realname">
        {t(V.leadGo)}
      </a>
    </section>
  );
}
