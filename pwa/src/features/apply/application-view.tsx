/** The applicant's case page: status, steps, what to prepare or correct, and the history. */
import type { ApplicationDetail } from '@core/api';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { api } from '../../app/api';
import { C } from '../../app/common.strings';
import { formatDate } from '../../app/format';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, ClockBadge } from '../../app/ui';
import { FormFields, StatusBadge, Steps, Timeline } from '../cases/case-parts';
import { K } from '../cases/cases.strings';
import { GUIDES } from '../consult/guide';
import { P } from './apply.strings';

export function ApplicationView({ params }: { params: { id: string } }) {
  const res = useResource(
    (signal) =>
      api.get<{ application: ApplicationDetail }>(
        `/api/my/applications/${encodeURIComponent(params.id)}`,
        { signal },
      ),
    [params.id],
  );
  return (
    <article data-testid="application-view">
      <a class="back-link" href="/apply">
        ‹ {t(P.allApplications)}
      </a>
      <Async res={res}>{(d) => <Detail a={d.application} />}</Async>
    </article>
  );
}

function Detail({ a }: { a: ApplicationDetail }) {
  return (
    <>
      <header class="page-head">
        <h1>{t(BUSINESS_TYPE_LABELS[a.type])}</h1>
        <StatusBadge status={a.status} />
      </header>
      <dl class="facts panel">
        <div class="fact">
          <dt>{t(C.ref)}</dt>
          <dd>{a.ref}</dd>
        </div>
        {a.shopName && (
          <div class="fact">
            <dt>{t(K.shop)}</dt>
            <dd>{a.shopName}</dd>
          </div>
        )}
        {a.deadline && (
          <div class="fact">
            <dt>{t(C.deadline)}</dt>
            <dd>
              {formatDate(a.deadline)} <ClockBadge clock={a.clock} daysLeft={a.workingDaysLeft} />
            </dd>
          </div>
        )}
      </dl>
      {a.correctionItems.length > 0 && a.status === 'correction_requested' && (
        <section class="panel panel-warn" role="note">
          <h2>{t(P.correction)}</h2>
          <ol class="bullets">
            {a.correctionItems.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ol>
        </section>
      )}
      <Steps status={a.status} />
      {a.status === 'draft' && (
        <section class="panel">
          <h2>{t(P.materials)}</h2>
          <p class="hint">{t(P.draftNote)}</p>
          <ul class="bullets">
            {GUIDES[a.type].materials.map((m, i) => (
              <li key={i}>{t(m)}</li>
            ))}
          </ul>
          <a href={`/consult/${a.type}`}>{t(P.guide)} ›</a>
        </section>
      )}
      {Object.keys(a.form).length > 0 && <FormFields form={a.form} />}
      <Timeline events={a.events} />
    </>
  );
}
