/**
 * One 双随机 plan: what its draw read (seed, population and its fingerprint, rules), the drawn
 * list in draw order with each retailer's inspectors and the state of its check, and a button
 * that asks the server to re-run the draw from what it stored and compare.
 */
import { SKIP_REASON_LABELS } from '@core/supervision';
import type { DrawVerification, PlanDetail } from '@core/supervision-api';
import { TASK_STATE_LABELS } from '@core/tasks';
import { useSignal } from '@preact/signals';
import { api, errorText, opts, read } from '../../app/api';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { progressText } from './plans-view';
import { S } from './supervision.strings';
import './supervision.css';

function Verify({ id }: { id: string }) {
  const busy = useSignal(false);
  const answer = useSignal<DrawVerification | null>(null);
  const error = useSignal<string | null>(null);
  async function run() {
    busy.value = true;
    error.value = null;
    try {
      answer.value = await read(
        api.supervision.plans[':id'].verify.$post({ param: { id } }, opts({})),
      );
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  const a = answer.value;
  return (
    <div class="supervision-verify">
      <button
        type="button"
        class="btn"
        disabled={busy.value}
        onClick={run}
        data-testid="plan-verify"
      >
        {t(busy.value ? S.verifying : S.verify)}
      </button>
      {a && (
        <p
          class={a.reproduces ? 'notice' : 'notice notice-error'}
          role="status"
          data-testid="plan-verified"
          data-reproduces={String(a.reproduces)}
        >
          {a.reproduces ? t(S.reproduces) : fmt(t(S.differs), { n: a.differences })}
        </p>
      )}
      {error.value && (
        <p class="notice notice-error" role="alert">
          {error.value}
        </p>
      )}
    </div>
  );
}

function Facts({ p }: { p: PlanDetail }) {
  const w = p.rules.drawWeight;
  return (
    <dl class="facts panel supervision-facts" data-testid="plan-facts">
      <div class="fact">
        <dt>{t(S.area)}</dt>
        <dd>{p.area.name}</dd>
      </div>
      <div class="fact">
        <dt>{t(S.period)}</dt>
        <dd>
          {formatDate(p.periodFrom)} – {formatDate(p.periodTo)}
        </dd>
      </div>
      <div class="fact">
        <dt>{t(S.drawn)}</dt>
        <dd>
          {p.count} / {p.populationSize}
          {p.sharePct !== null && `（${p.sharePct}%）`}
        </dd>
      </div>
      <div class="fact">
        <dt>{t(S.progress)}</dt>
        <dd data-testid="plan-progress">{progressText(p.progress)}</dd>
      </div>
      <div class="fact">
        <dt>{t(S.seed)}</dt>
        <dd class="mono" data-testid="plan-seed">
          {p.seed}
        </dd>
      </div>
      <div class="fact">
        <dt>{t(S.rules)}</dt>
        <dd>
          {p.weighted
            ? fmt(t(S.rulesText), { a: w.A, b: w.B, c: w.C, w: w.W, red: p.rules.gridRedFactor })
            : t(S.unweightedText)}
        </dd>
      </div>
      <div class="fact">
        <dt>{t(S.populationHash)}</dt>
        <dd class="mono supervision-hash">{p.populationHash}</dd>
      </div>
      <div class="fact">
        <dt>{t(S.drawHash)}</dt>
        <dd class="mono supervision-hash">{p.drawHash}</dd>
      </div>
      <div class="fact">
        <dt>{t(S.createdBy)}</dt>
        <dd>
          {p.createdBy} · {formatDate(p.createdOn)}
        </dd>
      </div>
    </dl>
  );
}

function Picks({ p }: { p: PlanDetail }) {
  return (
    <div class="table-wrap">
      <table class="table supervision-picks" data-testid="plan-picks">
        <thead>
          <tr>
            <th scope="col">{t(S.rank)}</th>
            <th scope="col">{t(S.licence)}</th>
            <th scope="col">{t(S.shop)}</th>
            {p.weighted && <th scope="col">{t(S.weight)}</th>}
            <th scope="col">{t(S.officers)}</th>
            <th scope="col">{t(S.task)}</th>
          </tr>
        </thead>
        <tbody>
          {p.picks.map((x) => (
            <tr key={x.licenceId}>
              <td>{x.rank}</td>
              <td class="mono">{x.licenceNumber}</td>
              <td>{x.shopName}</td>
              {p.weighted && <td>{x.weight}</td>}
              <td>{x.officers.map((o) => o.name).join('、')}</td>
              <td>
                {x.task
                  ? x.task.state === 'done'
                    ? t(x.task.passed ? S.pass : S.fail)
                    : t(TASK_STATE_LABELS[x.task.state])
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PlanView({ params }: { params: { id: string } }) {
  const res = useResource(
    (signal) =>
      read(api.supervision.plans[':id'].$get({ param: { id: params.id } }, opts({ signal }))),
    [params.id],
  );
  return (
    <section class="supervision-view" data-testid="plan-view">
      <p>
        <a class="back-link" href="/supervision">
          {t(S.back)}
        </a>
      </p>
      <Async res={res} notFound={S.notFound}>
        {({ plan }) => (
          <>
            <PageTitle text={{ zh: plan.name, en: plan.name }} />
            <Facts p={plan} />
            <Verify id={plan.id} />
            <h2>{t(S.list)}</h2>
            <Picks p={plan} />
            {plan.skipped.length > 0 && (
              <>
                <h2>{t(S.skipped)}</h2>
                <ul class="plain-list">
                  {plan.skipped.map((s) => (
                    <li key={s.licenceId}>
                      <span class="mono">{s.licenceNumber}</span> {s.shopName} ·{' '}
                      {t(SKIP_REASON_LABELS[s.reason])}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </Async>
    </section>
  );
}
