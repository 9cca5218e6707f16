/**
 * /realname: where a new applicant lands after their first sign-in — why the check is needed,
 * the form, and a way to look around first. Once verified it goes on to where they were headed.
 */
import { useLocation } from 'preact-iso';
import { applicant } from '../../app/auth';
import { t } from '../../app/i18n';
import { PageTitle } from '../../app/ui';
import { RealnameForm } from './realname-form';
import { V } from './services.strings';

/** Only the app's own screens: `next` never leads off the site. */
function safeNext(next: string | undefined): string {
  return next && /^\/[a-z]/.test(next) && !next.startsWith('//') ? next : '/consult';
}

export function RealnameView() {
  const { query, route } = useLocation();
  const me = applicant.value;
  const next = safeNext(query.next);
  if (!me) return null;
  return (
    <section data-testid="realname-view">
      <PageTitle text={V.realnameTitle} />
      {me.realNameVerified ? (
        <div class="panel">
          <p>
            <span class="badge badge-ok">✓ {t(V.verified)}</span> {me.name}
          </p>
          <a class="btn btn-primary btn-block" href={next}>
            {t(V.continue)}
          </a>
        </div>
      ) : (
        <>
          <p class="lead">{t(V.realnameWhy)}</p>
          <div class="panel">
            <RealnameForm intro={false} onBound={() => route(next, true)} />
          </div>
          <a class="btn btn-ghost btn-block" href={next} data-testid="realname-later">
            {t(V.later)}
          </a>
        </>
      )}
    </section>
  );
}
