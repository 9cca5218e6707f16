/**
 * 综合查询 (跨系统查询): one box over licences, applicants, cases and the records imported from
 * the sales, distribution and internal-management systems, answered by the server
 * within the caller's scope and grouped by kind. The query lives in the URL, so a result can be
 * opened and Back returns to the same list.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { STATUS_LABELS } from '@core/application-state';
import { LICENCE_STATUS_LABELS } from '@core/business-types';
import { CUSTOMER_STATUS_LABELS, RECORD_SOURCE_LABELS } from '@core/deliveries';
import { TEXT_PROBLEM_MESSAGES, textProblem, type TextProblem } from '@core/fields';
import { searchQueryProblem } from '@core/search';
import { SEARCH_GROUP_LIMIT, type SearchGroup, type SearchItem } from '@core/search-api';
import { api, opts, read, withQuery } from '../../app/api';
import { fmt, t, type Text } from '../../app/i18n';
import { loadJurisdictions } from '../../app/jurisdictions';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { S } from './search.strings';
import './search.css';

const GROUP_TITLES: Record<SearchGroup['kind'], Text> = {
  licence: S.licence,
  retailer: S.retailer,
  application: S.application,
  applicant: S.applicant,
  record: S.record,
};

function statusLabel(kind: SearchGroup['kind'], status: string | undefined): string {
  if (!status) return '';
  const table: Record<string, Text> =
    kind === 'licence'
      ? LICENCE_STATUS_LABELS
      : kind === 'record'
        ? CUSTOMER_STATUS_LABELS
        : (STATUS_LABELS as Record<string, Text>);
  return table[status] ? t(table[status]) : '';
}

/** County names by code, for the approvers and admins who search the whole city. */
function useCountyNames(): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    loadJurisdictions()
      .then((j) => setNames(Object.fromEntries(j.units.map((u) => [u.code, u.name]))))
      .catch(() => setNames({}));
  }, []);
  return names;
}

function Item({
  kind,
  item,
  county,
}: {
  kind: SearchGroup['kind'];
  item: SearchItem;
  county: string;
}) {
  const status = statusLabel(kind, item.status);
  return (
    <li>
      <a href={item.href} data-testid={`search-item-${kind}`}>
        <span class="search-item-title">
          <span>{item.title}</span>
          {item.source && <span class="badge">{t(RECORD_SOURCE_LABELS[item.source])}</span>}
          {status && <span class="badge">{status}</span>}
          {county && <span class="badge">{county}</span>}
        </span>
        <span class="search-item-sub">{item.subtitle}</span>
      </a>
    </li>
  );
}

function Results({ q }: { q: string }) {
  const names = useCountyNames();
  const res = useResource(
    (signal) => read(api.search.$get({ query: { q } }, opts({ signal }))),
    [q],
  );
  return (
    <Async
      res={res}
      isEmpty={(d) => d.groups.length === 0}
      empty={{ zh: fmt(S.nothing.zh, { q }), en: fmt(S.nothing.en, { q }) }}
    >
      {(d) => (
        <div data-testid="search-results">
          <h2 class="visually-hidden">{fmt(t(S.results), { q })}</h2>
          {d.idNumberSearched && <p class="hint">{t(S.idAudited)}</p>}
          {d.groups.map((g) => (
            <section key={g.kind} class="search-group" data-testid={`search-group-${g.kind}`}>
              <h2>
                {t(GROUP_TITLES[g.kind])}（{g.items.length}
                {g.more ? '+' : ''}）
              </h2>
              <ul class="search-items">
                {g.items.map((i) => (
                  <Item key={i.id} kind={g.kind} item={i} county={names[i.county] ?? ''} />
                ))}
              </ul>
              {g.more && <p class="hint">{fmt(t(S.more), { n: SEARCH_GROUP_LIMIT })}</p>}
            </section>
          ))}
        </div>
      )}
    </Async>
  );
}

export function SearchView() {
  const { query, path, route } = useLocation();
  const q = (query.q ?? '').trim();
  const valid = q !== '' && searchQueryProblem(q) === null && !textProblem(q);
  const [text, setText] = useState(q);
  // Why the typed query is refused: a character no search may hold, or its words.
  const [problem, setProblem] = useState<TextProblem | 'words' | null>(null);
  useEffect(() => setText(q), [q]);
  return (
    <section data-testid="search-view">
      <PageTitle text={S.title} />
      <p class="lead">{t(S.lead)}</p>
      <form
        class="search-form"
        role="search"
        aria-label={t(S.title)}
        onSubmit={(e) => {
          e.preventDefault();
          const v = text.trim();
          const bad = textProblem(v) ?? (searchQueryProblem(v) ? 'words' : null);
          setProblem(bad);
          if (!bad) route(withQuery(path, { q: v }));
        }}
      >
        <label for="f-search">{t(S.label)}</label>
        <div class="search-row">
          <input
            id="f-search"
            type="search"
            maxLength={60}
            enterKeyHint="search"
            autoFocus={!q}
            placeholder={t(S.placeholder)}
            aria-describedby="f-search-hint"
            aria-invalid={!!problem}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              const v = e.currentTarget.value;
              if (problem === 'words' && searchQueryProblem(v) !== 'short') setProblem(null);
              if (problem && problem !== 'words' && !textProblem(v)) setProblem(null);
            }}
            data-testid="search-input"
          />
          <button type="submit" class="btn btn-primary" data-testid="search-submit">
            {t(S.submit)}
          </button>
        </div>
        {problem ? (
          <p class="error" role="alert" id="f-search-hint">
            {problem === 'words'
              ? t(S.short)
              : fmt(t(S.badCharacters), { what: t(TEXT_PROBLEM_MESSAGES[problem]) })}
          </p>
        ) : (
          <p class="hint" id="f-search-hint">
            {t(S.idHint)}
          </p>
        )}
      </form>
      {valid && <Results q={q} />}
    </section>
  );
}
