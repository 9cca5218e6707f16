/**
 * 评价 tab: the applicant's finished cases (delivered or refused), each with where it stands
 * for 好差评: rate it (within 5 working days), the rating given with its follow-up, or unrated
 * once the window closed (never counted as satisfied).
 */
import { TYPE_OUTCOMES, BUSINESS_TYPE_LABELS } from '@core/business-types';
import type { RateableCase } from '@core/ratings-api';
import { api, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { fmt, lbl, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { RatingCard } from './rating-card';
import { R } from './rate.strings';
import './rate.css';

export function RateView() {
  const res = useResource(
    (signal) => read(api.my.ratings.$get(undefined, opts({ signal }))).then((d) => d.items),
    [],
  );
  return (
    <section data-testid="rate-view">
      <PageTitle text={R.title} />
      <p class="lead">{t(R.intro)}</p>
      <Async res={res} isEmpty={(d) => d.length === 0} empty={R.empty}>
        {(items) => (
          <ul class="card-list">
            {items.map((c) => (
              <li key={c.applicationId} class="rate-item" data-testid={`rate-item-${c.ref}`}>
                <RateItem c={c} reload={res.reload} />
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}

/** One finished case: what it was, how it ended, and its rating state. */
export function RateItem({
  c,
  reload,
  inForm = false,
}: {
  c: RateableCase;
  reload: () => void;
  /** Shown above the form: no lead to the form it is on. */
  inForm?: boolean;
}) {
  return (
    <div class="panel rate-case">
      <p class="rate-case-title">
        <strong>{c.shopName || t(BUSINESS_TYPE_LABELS[c.type])}</strong>
        <span class="mono rate-ref">{c.ref}</span>
      </p>
      <p class={`rate-outcome rate-outcome-${c.status}`}>
        {c.status === 'delivered'
          ? lbl(R.outcome) + t(TYPE_OUTCOMES[c.type].result)
          : t(c.status === 'terminated' ? R.terminated : R.refused)}
      </p>
      <p class="hint">
        {lbl(R.endedOn)}
        {formatDate(c.endedOn)}
      </p>
      {c.state === 'open' && !inForm && (
        <p class="rate-cta">
          <span>{fmt(t(R.rateBy), { date: formatDate(c.deadline) })}</span>
          <a class="btn btn-primary" href={`/rate/${c.applicationId}`} data-testid="rate-now">
            {t(R.rateNow)}
          </a>
        </p>
      )}
      {c.state === 'open' && inForm && (
        <p class="rate-cta">{fmt(t(R.rateBy), { date: formatDate(c.deadline) })}</p>
      )}
      {c.state === 'unrated' && <p class="rate-unrated">{t(R.unrated)}</p>}
      {c.rating && <RatingCard rating={c.rating} onChange={reload} />}
    </div>
  );
}
