/**
 * 办证智能分析: charts (uPlot, loaded with this page only), each with its table and a CSV
 * export, filtered by county, business type and period (all in the URL). The numbers come from
 * the nightly roll-up, so the whole city answers as fast as one county.
 */
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { BUSINESS_TYPES, BUSINESS_TYPE_LABELS } from '@core/business-types';
import { api, opts, read, withQuery } from '../../app/api';
import { staff } from '../../app/auth';
import { useCountyOptions } from '../../app/jurisdictions';
import { formatDateTime } from '../../app/format';
import { fmt, locale, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { PlatformLog } from '../followups/platform-log';
import { RatingStats } from '../followups/rating-stats';
import { analysisViews } from './analysis-tables';
import { S } from './analysis.strings';
import { Panel } from './panel';
import './analysis.css';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function AnalysisView() {
  const { query, path, route } = useLocation();
  const counties = useCountyOptions();
  const county = counties.find((c) => c.code === query.county)?.code;
  const type = BUSINESS_TYPES.find((ty) => ty === query.type);
  const from = MONTH.test(query.from ?? '') ? query.from : undefined;
  const to = MONTH.test(query.to ?? '') ? query.to : undefined;
  const go = (changes: Record<string, string>) =>
    route(
      withQuery(path, {
        county: county ?? '',
        type: type ?? '',
        from: from ?? '',
        to: to ?? '',
        ...changes,
      }),
      true,
    );
  const res = useResource(
    (signal) => read(api.analysis.$get({ query: { county, type, from, to } }, opts({ signal }))),
    [county, type, from, to],
  );
  // Without a chosen month, the fields show the period the figures are for (the server's
  // default: the twelve months up to this one), never two blank month fields.
  const shown = res.state === 'ready' ? res.data.selection : null;
  return (
    <section data-testid="analysis-view" class="analysis-view">
      <PageTitle text={S.title} />
      <form class="analysis-filters" onSubmit={(e) => e.preventDefault()}>
        {counties.length > 1 && (
          <label class="field">
            <span>{t(S.county)}</span>
            <select
              data-testid="analysis-county"
              value={county ?? ''}
              onChange={(e) => go({ county: e.currentTarget.value })}
            >
              <option value="">{t(S.allCounties)}</option>
              {counties.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="field">
          <span>{t(S.type)}</span>
          <select
            data-testid="analysis-type"
            value={type ?? ''}
            onChange={(e) => go({ type: e.currentTarget.value })}
          >
            <option value="">{t(S.allTypes)}</option>
            {BUSINESS_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(BUSINESS_TYPE_LABELS[ty])}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t(S.from)}</span>
          <input
            type="month"
            data-testid="analysis-from"
            value={from ?? shown?.from ?? ''}
            onChange={(e) => go({ from: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>{t(S.to)}</span>
          <input
            type="month"
            data-testid="analysis-to"
            value={to ?? shown?.to ?? ''}
            onChange={(e) => go({ to: e.currentTarget.value })}
          />
        </label>
      </form>
      <Async res={res}>{(d) => <Panels d={d} />}</Async>
      <RatingStats />
      {staff.value?.role === 'admin' && <PlatformLog />}
    </section>
  );
}

function Panels({ d }: { d: Parameters<typeof analysisViews>[0] }) {
  const views = useMemo(() => analysisViews(d), [d, locale.value]);
  return (
    <>
      <p class="analysis-built">
        {d.builtAt ? fmt(t(S.builtAt), { at: formatDateTime(d.builtAt) }) : t(S.notBuilt)}
      </p>
      <p class="analysis-built">{t(S.promiseNote)}</p>
      <div class="analysis-grid">
        {views.map((v) => (
          <Panel key={v.id} id={v.id} title={v.title} chart={v.chart} table={v.table} />
        ))}
      </div>
    </>
  );
}
