/** /rate/:id — one finished case: the rating form while its window is open, else the rating. */
import { api, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { RateForm } from './rate-form';
import { RateItem } from './rate-view';
import { R } from './rate.strings';
import './rate.css';

export function RateCaseView({ params }: { params: { id: string } }) {
  const res = useResource(
    (signal) =>
      read(api.my.ratings[':id'].$get({ param: { id: params.id } }, opts({ signal }))).then(
        (d) => d.item,
      ),
    [params.id],
  );
  return (
    <section data-testid="rate-case-view">
      <a class="back-link" href="/rate">
        ‹ {t(R.backToList)}
      </a>
      <PageTitle text={R.formTitle} />
      <Async res={res}>
        {(c) =>
          c === null ? (
            <p class="notice">{t(R.notFinished)}</p>
          ) : (
            <>
              <RateItem c={c} reload={res.reload} inForm />
              {c.state === 'open' && <RateForm caseId={c.applicationId} onDone={res.reload} />}
            </>
          )
        }
      </Async>
    </section>
  );
}
