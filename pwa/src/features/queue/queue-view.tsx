/**
 * 工作队列: cases in the user's scope, ordered by the server by urgency. Filters and page live
 * in the URL so that coming back from a case restores the same view.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { APPLICATION_STATUSES, STATUS_LABELS } from '@core/application-state';
import { BUSINESS_TYPES, BUSINESS_TYPE_LABELS } from '@core/business-types';
import { api, opts, read, withQuery } from '../../app/api';
import { staff } from '../../app/auth';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { loadJurisdictions } from '../../app/jurisdictions';
import { Q } from './queue.strings';
import { useRememberListUrl } from './queue.store';
import { Pager, QueueTable } from './queue-table';

const PAGE_SIZE = 20;
const STATUS_FILTERS = [...APPLICATION_STATUSES, 'open', 'all'] as const;
const DUE_FILTERS = ['overdue', 'soon'] as const;

/** A filter value from the URL the API knows; anything else filters nothing. */
function known<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((v) => v === value);
}

/** The counties this user may filter by: their own, or every unit for a city-level account. */
function useCountyOptions(): { code: string; name: string }[] {
  const own = staff.value?.jurisdictions ?? [];
  const cityLevel = own.some((j) => j.code.endsWith('00'));
  const [units, setUnits] = useState<{ code: string; name: string }[] | null>(null);
  useEffect(() => {
    if (!cityLevel) return;
    loadJurisdictions()
      .then((j) => setUnits(j.units))
      .catch(() => setUnits([]));
  }, [cityLevel]);
  return cityLevel ? (units ?? []) : own;
}

export function QueueView() {
  const { query, path, route } = useLocation();
  const status = query.status ?? '';
  const type = query.type ?? '';
  const county = query.county ?? '';
  const due = query.due ?? '';
  const page = Math.max(1, Number(query.page) || 1);
  const counties = useCountyOptions();
  useRememberListUrl();

  // A filter change goes back to page 1 (page omitted); only the pager passes a page.
  const set = (changes: Partial<Record<'status' | 'type' | 'county' | 'due' | 'page', string>>) => {
    route(withQuery(path, { status, type, county, due, page: '', ...changes }), true);
  };

  const res = useResource(
    (signal) =>
      read(
        api.applications.$get(
          {
            query: {
              status: known(STATUS_FILTERS, status),
              type: known(BUSINESS_TYPES, type),
              county: county || undefined,
              due: known(DUE_FILTERS, due),
              page,
              pageSize: PAGE_SIZE,
            },
          },
          opts({ signal }),
        ),
      ),
    [status, type, county, due, page],
  );

  return (
    <section data-testid="queue-view">
      <PageTitle text={Q.title}>
        <span class="hint">{t(Q.sortNote)}</span>
      </PageTitle>
      <form class="filters" aria-label={t(Q.filters)} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="f-status">{t(Q.status)}</label>
          <select
            id="f-status"
            value={status}
            onChange={(e) => set({ status: e.currentTarget.value })}
          >
            <option value="">{t(Q.open)}</option>
            <option value="all">{t(Q.all)}</option>
            {APPLICATION_STATUSES.filter((s) => s !== 'draft').map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-type">{t(Q.type)}</label>
          <select id="f-type" value={type} onChange={(e) => set({ type: e.currentTarget.value })}>
            <option value="">{t(Q.anyType)}</option>
            {BUSINESS_TYPES.map((bt) => (
              <option key={bt} value={bt}>
                {t(BUSINESS_TYPE_LABELS[bt])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-county">{t(Q.county)}</label>
          <select
            id="f-county"
            value={county}
            onChange={(e) => set({ county: e.currentTarget.value })}
          >
            <option value="">{t(Q.anyCounty)}</option>
            {counties.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-due">{t(Q.due)}</label>
          <select id="f-due" value={due} onChange={(e) => set({ due: e.currentTarget.value })}>
            <option value="">{t(Q.anyDue)}</option>
            <option value="soon">{t(Q.dueSoon)}</option>
            <option value="overdue">{t(Q.overdue)}</option>
          </select>
        </div>
        {(status || type || county || due) && (
          <button type="button" class="btn btn-ghost" onClick={() => route(path, true)}>
            {t(Q.reset)}
          </button>
        )}
      </form>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={Q.empty}>
        {(d) => (
          <>
            <QueueTable items={d.items} caption={t(Q.title)} />
            <Pager
              page={d.page}
              pageSize={d.pageSize}
              total={d.total}
              onPage={(p) => set({ page: String(p) })}
            />
          </>
        )}
      </Async>
    </section>
  );
}
