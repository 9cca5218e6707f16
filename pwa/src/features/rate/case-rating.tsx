/**
 * The rating part of the applicant's case page (a finished case): a lead to rate it while the
 * window is open, or the rating given with the unit's reply and the 整改 answer.
 */
import { api, opts, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { formatDate } from '../../app/format';
import { useResource } from '../../app/resource';
import { RatingCard } from './rating-card';
import { R } from './rate.strings';
import './rate.css';

export function CaseRating({ caseId }: { caseId: string }) {
  const res = useResource(
    (signal) =>
      read(api.my.ratings[':id'].$get({ param: { id: caseId } }, opts({ signal }))).then(
        (d) => d.item,
      ),
    [caseId],
  );
  if (res.state !== 'ready' || !res.data) return null;
  const c = res.data;
  return (
    <section class="panel rate-case-panel" data-testid="case-rating">
      <h2>{t(R.title)}</h2>
      {c.state === 'open' && (
        <p class="rate-cta">
          <span>{fmt(t(R.rateBy), { date: formatDate(c.deadline) })}</span>
          <a class="btn btn-primary" href={`/rate/${caseId}`}>
            {t(R.caseRate)}
          </a>
        </p>
      )}
      {c.state === 'unrated' && <p class="rate-unrated">{t(R.unrated)}</p>}
      {c.rating && <RatingCard rating={c.rating} onChange={res.reload} />}
    </section>
  );
}
