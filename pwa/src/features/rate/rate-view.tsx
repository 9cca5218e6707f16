/**
 * 评价 tab: the applicant's completed cases (delivered or refused) with their outcome. Each
 * completed case is what a 好差评 rating will attach to.
 */
import { TYPE_OUTCOMES } from '@core/business-types';
import { dict, lbl, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { ApplicationCard, fetchMyApplications } from '../apply/my-applications';

const R = dict({
  title: { zh: '好差评', en: 'Rate our service' },
  intro: {
    zh: '以下是您已办结的事项。您的评价将帮助我们改进服务。',
    en: 'These are your completed cases. Your rating helps us improve.',
  },
  empty: {
    zh: '暂无已办结的事项。事项办结后可在此评价。',
    en: 'No completed cases yet. You can rate a case here once it is completed.',
  },
  outcome: { zh: '办理结果', en: 'Outcome' },
  refused: {
    zh: '办理结果：不予许可（可依法申请行政复议或提起行政诉讼）',
    en: 'Outcome: refused (you may seek administrative review or sue)',
  },
});

const DONE = new Set(['delivered', 'refused']);

export function RateView() {
  const res = useResource(
    (signal) => fetchMyApplications(signal).then((d) => d.items.filter((a) => DONE.has(a.status))),
    [],
  );
  return (
    <section data-testid="rate-view">
      <PageTitle text={R.title} />
      <p class="lead">{t(R.intro)}</p>
      <Async res={res} isEmpty={(d) => d.length === 0} empty={R.empty}>
        {(items) => (
          <ul class="card-list">
            {items.map((a) => (
              <li key={a.id} class="rate-item">
                <ApplicationCard a={a} />
                <p class={`outcome outcome-${a.status}`}>
                  {a.status === 'delivered'
                    ? lbl(R.outcome) + t(TYPE_OUTCOMES[a.type].result)
                    : t(R.refused)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
