/**
 * 双随机抽查: the plans of the caller's counties, newest first, each with its area, period,
 * size and progress; an approver opens the form that draws a new one.
 */
import { SUPERVISION_ACTORS } from '@core/supervision';
import type { PlanSummary } from '@core/supervision-api';
import { api, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { R } from './records.strings';
import { S } from './supervision.strings';
import './supervision.css';

export function progressText(p: PlanSummary['progress']): string {
  return fmt(t(S.progressText), {
    done: p.done,
    total: p.total,
    passed: p.passed,
    failed: p.failed,
  });
}

export function PlansView() {
  const res = useResource(
    (signal) => read(api.supervision.plans.$get({ query: { page: '1' } }, opts({ signal }))),
    [],
  );
  const user = staff.value;
  const mayCreate = !!user && SUPERVISION_ACTORS.create_plan.includes(user.role);
  return (
    <section class="supervision-view" data-testid="plans-view">
      <PageTitle text={S.title}>
        <div class="button-row">
          {mayCreate && (
            <a class="btn btn-primary" href="/supervision/new" data-testid="new-plan">
              {t(S.newPlan)}
            </a>
          )}
          <a class="btn btn-ghost" href="/supervision/register" data-testid="register-link">
            {t(R.registerLink)}
          </a>
          <a class="btn btn-ghost" href="/public/supervision" target="_blank" rel="noopener">
            {t(S.publicLink)}
          </a>
        </div>
      </PageTitle>
      <p class="lead">{t(S.intro)}</p>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={S.empty}>
        {(d) => (
          <ul class="card-list supervision-plans" data-testid="plan-list">
            {d.items.map((p) => (
              <li key={p.id} class="card">
                <a class="card-link" href={`/supervision/${p.id}`}>
                  <span class="card-title">{p.name}</span>
                </a>
                <dl class="facts supervision-plan-facts">
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
                    </dd>
                  </div>
                  <div class="fact">
                    <dt>{t(S.progress)}</dt>
                    <dd>{progressText(p.progress)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
