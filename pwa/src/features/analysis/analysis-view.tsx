/** 分析: headline numbers and simple CSS bar charts; no chart library needed at this size. */
import { STATUS_LABELS } from '@core/application-state';
import { BUSINESS_TYPE_LABELS } from '@core/business-types';
import { api, opts, read } from '../../app/api';
import { labelOf } from '../../app/format';
import { dict, t, type Text } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { RatingStats } from '../followups/rating-stats';
import { PlatformLog } from '../followups/platform-log';
import { staff } from '../../app/auth';

const S = dict({
  title: { zh: '办证智能分析', en: 'Licensing analysis' },
  open: { zh: '在办案件', en: 'Open cases' },
  overdue: { zh: '超期案件', en: 'Overdue' },
  onTime: { zh: '按时率', en: 'On time' },
  followUpsLate: { zh: '差评回访超期', en: 'Late follow-ups' },
  byStatus: { zh: '按办理状态', en: 'By status' },
  byType: { zh: '按业务事项', en: 'By business type' },
  empty: { zh: '暂无数据', en: 'No data yet' },
});

function Bars({
  title,
  data,
  labels,
}: {
  title: Text;
  data: Record<string, number>;
  labels: Record<string, Text>;
}) {
  const rows = Object.entries(data)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <section class="panel">
      <h2>{t(title)}</h2>
      {rows.length === 0 ? (
        <p class="state state-empty">{t(S.empty)}</p>
      ) : (
        <ul class="bars">
          {rows.map(([k, n]) => (
            <li key={k} class="bar-row">
              <span class="bar-label">{labelOf(labels, k)}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${(n / max) * 100}%` }} />
              </span>
              <span class="bar-value">{n}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AnalysisView() {
  const res = useResource((signal) => read(api.stats.$get(undefined, opts({ signal }))), []);
  return (
    <section data-testid="analysis-view">
      <PageTitle text={S.title} />
      <Async res={res}>
        {(s) => {
          const onTime =
            s.openTotal > 0 ? Math.round(((s.openTotal - s.overdue) / s.openTotal) * 100) : 100;
          return (
            <>
              <div class="tiles">
                <div class="tile">
                  <span class="tile-label">{t(S.open)}</span>
                  <span class="tile-value">{s.openTotal}</span>
                </div>
                <div class={s.overdue > 0 ? 'tile tile-red' : 'tile'}>
                  <span class="tile-label">{t(S.overdue)}</span>
                  <span class="tile-value">{s.overdue}</span>
                </div>
                <div class="tile">
                  <span class="tile-label">{t(S.onTime)}</span>
                  <span class="tile-value">{onTime}%</span>
                </div>
                <div class={s.followUpsLate > 0 ? 'tile tile-red' : 'tile'}>
                  <span class="tile-label">{t(S.followUpsLate)}</span>
                  <span class="tile-value" data-testid="followups-late">
                    {s.followUpsLate}
                  </span>
                </div>
              </div>
              <div class="two-col">
                <Bars title={S.byStatus} data={s.byStatus} labels={STATUS_LABELS} />
                <Bars title={S.byType} data={s.byType} labels={BUSINESS_TYPE_LABELS} />
              </div>
            </>
          );
        }}
      </Async>
      <RatingStats />
      {staff.value?.role === 'admin' && <PlatformLog />}
    </section>
  );
}
