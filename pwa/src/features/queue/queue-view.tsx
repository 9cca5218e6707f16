/**
 * 工作队列: cases in the user's scope, ordered by the server by urgency, and searchable by
 * reference, applicant, shop, phone or licence number. Search, filters and page live in the
 * URL so that coming back from a case restores the same view.
 */
import { WaitingMessages } from '../thread/waiting-messages';
import { useEffect, useState } from 'preact/hooks';
import { searchQueryProblem } from '@core/search';
import { useLocation } from 'preact-iso';
import { APPLICATION_STATUSES, STATUS_LABELS } from '@core/application-state';
import { BUSINESS_TYPES, BUSINESS_TYPE_LABELS } from '@core/business-types';
import { api, opts, read, withQuery } from '../../app/api';
import { fmt } from '../../app/i18n';
import { staff } from '../../app/auth';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { seesSeveralCounties, useCountyOptions } from '../../app/jurisdictions';
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

export function QueueView() {
  const { query, path, route } = useLocation();
  const status = query.status ?? '';
  const type = query.type ?? '';
  const county = query.county ?? '';
  const due = query.due ?? '';
  const q = (query.q ?? '').trim();
  const page = Math.max(1, Number(query.page) || 1);
  const counties = useCountyOptions();
  // A clerk of one county has nothing to filter or tell apart by county.
  const severalCounties = seesSeveralCounties();
  useRememberListUrl();
  // A search looks through every case, decided ones too, unless a status is chosen.
  const searching = q !== '' && searchQueryProblem(q) === null;

  // A filter change goes back to page 1 (page omitted); only the pager passes a page.
  const set = (
    changes: Partial<Record<'status' | 'type' | 'county' | 'due' | 'page' | 'q', string>>,
  ) => {
    route(withQuery(path, { q, status, type, county, due, page: '', ...changes }), true);
  };

  const res = useResource(
    (signal) =>
      read(
        api.applications.$get(
          {
            query: {
              q: searching ? q : undefined,
              status: known(STATUS_FILTERS, status) ?? (searching ? 'all' : undefined),
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
    [q, status, type, county, due, page],
  );

  return (
    <section data-testid="queue-view">
      <PageTitle text={Q.title}>
        <span class="hint">{t(Q.sortNote)}</span>
      </PageTitle>
      {(staff.value?.role === 'clerk' || staff.value?.role === 'approver') && <WaitingMessages />}
      <SearchBox value={q} onSearch={(v) => set({ q: v })} />
      <form class="filters" aria-label={t(Q.filters)} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="f-status">{t(Q.status)}</label>
          <select
            id="f-status"
            value={status}
            onChange={(e) => set({ status: e.currentTarget.value })}
          >
            <option value="">{t(searching ? Q.all : Q.open)}</option>
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
        {severalCounties && (
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
        )}
        <div class="field">
          <label for="f-due">{t(Q.due)}</label>
          <select id="f-due" value={due} onChange={(e) => set({ due: e.currentTarget.value })}>
            <option value="">{t(Q.anyDue)}</option>
            <option value="soon">{t(Q.dueSoon)}</option>
            <option value="overdue">{t(Q.overdue)}</option>
          </select>
        </div>
        {(status || type || county || due || q) && (
          <button type="button" class="btn btn-ghost" onClick={() => route(path, true)}>
            {t(Q.reset)}
          </button>
        )}
      </form>
      {searching && (
        <h2 class="queue-search-head" data-testid="search-results">
          {fmt(t(Q.searchResults), { q })}
        </h2>
      )}
      <Async
        res={res}
        isEmpty={(d) => d.items.length === 0}
        empty={
          searching
            ? { zh: fmt(Q.searchEmpty.zh, { q }), en: fmt(Q.searchEmpty.en, { q }) }
            : Q.empty
        }
      >
        {(d) => (
          <>
            <QueueTable
              items={d.items}
              showCounty={severalCounties}
              caption={searching ? fmt(t(Q.searchResults), { q }) : t(Q.title)}
            />
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

/** The search field: searches on Enter or 搜索; a word of one character is refused here. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState(false);
  useEffect(() => setText(value), [value]);
  return (
    <form
      class="queue-search"
      role="search"
      aria-label={t(Q.searchLabel)}
      onSubmit={(e) => {
        e.preventDefault();
        const v = text.trim();
        const bad = v !== '' && searchQueryProblem(v) !== null;
        setProblem(bad);
        if (!bad) onSearch(v);
      }}
    >
      <label for="f-q">{t(Q.searchLabel)}</label>
      <div class="queue-search-row">
        <input
          id="f-q"
          type="search"
          maxLength={40}
          enterKeyHint="search"
          placeholder={t(Q.searchPlaceholder)}
          aria-describedby="f-q-hint"
          aria-invalid={problem}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            // The message goes as soon as what is typed could be searched.
            if (problem && searchQueryProblem(e.currentTarget.value) !== 'short') setProblem(false);
          }}
          data-testid="queue-search"
        />
        <button type="submit" class="btn btn-primary" data-testid="queue-search-submit">
          {t(Q.search)}
        </button>
        {value && (
          <button type="button" class="btn btn-ghost" onClick={() => onSearch('')}>
            {t(Q.clearSearch)}
          </button>
        )}
      </div>
      {problem ? (
        <p class="error" role="alert" id="f-q-hint">
          {t(Q.searchShort)}
        </p>
      ) : (
        <p class="hint" id="f-q-hint">
          {t(Q.searchHint)}
        </p>
      )}
    </form>
  );
}
