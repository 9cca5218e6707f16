/**
 * 一公开: the published results of random inspections, for anyone (no sign-in): the plans
 * and, per finished check, the licence number, the shop, the county, the day and the result.
 * Too many requests or no network are said in words with a button to try again.
 */
import type { PublicResult } from '@core/supervision-api';
import { PUBLIC_RESULT_LABELS } from '@core/supervision';
import { useSignal } from '@preact/signals';
import { ApiError, api, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { LanguageSwitch } from '../../app/preferences';
import { useResource } from '../../app/resource';
import { useDocumentTitle } from '../../app/title';
import { Loading } from '../../app/ui';
import { P } from './supervision.strings';
import './supervision.css';

function ResultRow({ r }: { r: PublicResult }) {
  return (
    <li class="supervision-result" data-testid="public-result">
      <span class="supervision-result-shop">{r.shopName}</span>
      <span class={`badge supervision-result-${r.result}`}>
        {t(PUBLIC_RESULT_LABELS[r.result])}
      </span>
      <span class="mono supervision-result-number">{r.licenceNumber}</span>
      <span class="supervision-result-meta">
        {r.county} · {t(P.checkedOn)} {formatDate(r.checkedOn)}
      </span>
    </li>
  );
}

export function PublicSupervisionView() {
  useDocumentTitle(t(P.title));
  const page = useSignal(1);
  const res = useResource(
    (signal) =>
      read(
        api.public.supervision.results.$get(
          { query: { page: String(page.value) } },
          opts({ signal, quiet401: true }),
        ),
      ).then(
        (d) => ({ ok: true as const, d }),
        (err: unknown) => {
          if (err instanceof DOMException && err.name === 'AbortError') throw err;
          return { ok: false as const, err };
        },
      ),
    [page.value],
  );
  let body;
  if (res.state === 'loading') body = <Loading />;
  else if (res.state === 'error' || !res.data.ok) {
    const err = res.state === 'ready' && !res.data.ok ? res.data.err : null;
    const text =
      err instanceof ApiError && err.code === 'RATE_LIMITED'
        ? fmt(t(P.tooMany), { n: err.retryAfterSeconds ?? 60 })
        : t(P.failed);
    body = (
      <div class="notice notice-error" role="alert">
        <p>{text}</p>
        <button type="button" class="btn" onClick={res.reload}>
          {t(P.retry)}
        </button>
      </div>
    );
  } else {
    const d = res.data.d;
    body = (
      <>
        <h2>{t(P.plans)}</h2>
        <ul class="plain-list supervision-public-plans" data-testid="public-plans">
          {d.plans.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              <br />
              {fmt(t(P.planLine), {
                area: p.area,
                from: formatDate(p.periodFrom),
                to: formatDate(p.periodTo),
                drawn: p.drawn,
                finished: p.finished,
              })}
            </li>
          ))}
        </ul>
        <h2>{t(P.results)}</h2>
        {d.items.length === 0 ? (
          <p class="hint">{t(P.none)}</p>
        ) : (
          <ul class="supervision-results" data-testid="public-results">
            {d.items.map((r) => (
              <ResultRow key={`${r.planId}:${r.licenceNumber}`} r={r} />
            ))}
          </ul>
        )}
        {d.page * d.pageSize < d.total && (
          <button type="button" class="btn btn-ghost" onClick={() => (page.value += 1)}>
            {t(P.more)}
          </button>
        )}
      </>
    );
  }
  return (
    <section class="supervision-public" data-testid="public-supervision">
      <div class="supervision-public-head">
        <h1>{t(P.title)}</h1>
        <LanguageSwitch />
      </div>
      <p class="lead">{t(P.intro)}</p>
      {body}
    </section>
  );
}
