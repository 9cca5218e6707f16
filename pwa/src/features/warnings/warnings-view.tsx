/**
 * 预警: cases at a yellow or red clock, most overdue first, with the true count of each colour
 * and honest paging ("显示第 1–50 件，共 551 件"). Clerks and approvers see their counties, an
 * inspector the cases assigned to them. Colour, county and page live in the URL.
 */
import { useLocation } from 'preact-iso';
import { CLOCK_LABELS } from '@core/clocks';
import { api, opts, read, withQuery } from '../../app/api';
import { staff } from '../../app/auth';
import { dict, fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { useRememberListUrl } from '../queue/queue.store';
import { Pager, QueueTable } from '../queue/queue-table';
import { FollowUpList } from '../followups/followup-list';

const S = dict({
  title: { zh: '许可业务预警', en: 'Deadline warnings' },
  intro: {
    zh: '距办理时限不足 1 个工作日（黄色）或已超期（红色）的案件，超期最久的排在最前。',
    en: 'Cases with at most one working day left (yellow) or past the deadline (red), most overdue first.',
  },
  introInspector: {
    zh: '分配给您核查的案件中，距办理时限不足 1 个工作日或已超期的案件。',
    en: 'Cases assigned to you with at most one working day left, or past the deadline.',
  },
  all: { zh: '全部预警', en: 'All warnings' },
  show: { zh: '显示', en: 'Show' },
  counts: { zh: '预警数量', en: 'Warning counts' },
  countOf: { zh: '{label} {n} 件', en: '{label}: {n}' },
  empty: { zh: '目前没有预警，所有案件均在时限内。', en: 'No warnings: every case is on time.' },
});

const PAGE_SIZE = 50;
const LEVELS = ['red', 'yellow'] as const;
type Level = (typeof LEVELS)[number];

export function WarningsView() {
  useRememberListUrl();
  const { query, path, route } = useLocation();
  const level = LEVELS.find((l) => l === query.level);
  const page = Math.max(1, Number(query.page) || 1);
  const inspector = staff.value?.role === 'inspector';
  const go = (changes: { level?: Level | ''; page?: number }) =>
    route(withQuery(path, { level: level ?? '', page: '', ...changes }), true);
  const res = useResource(
    (signal) =>
      read(api.warnings.$get({ query: { level, page, pageSize: PAGE_SIZE } }, opts({ signal }))),
    [level, page],
  );
  return (
    <section data-testid="warnings-view">
      <PageTitle text={S.title} />
      <p class="lead">{t(inspector ? S.introInspector : S.intro)}</p>
      {(staff.value?.role === 'clerk' || staff.value?.role === 'approver') && <FollowUpList />}
      <Async res={res}>
        {(d) => (
          <>
            <div class="tiles" role="group" aria-label={t(S.counts)}>
              <div class={d.counts.red > 0 ? 'tile tile-red' : 'tile'} data-testid="count-red">
                <span class="tile-label">{t(CLOCK_LABELS.red)}</span>
                <span class="tile-value">{d.counts.red}</span>
              </div>
              <div class="tile" data-testid="count-yellow">
                <span class="tile-label">{t(CLOCK_LABELS.yellow)}</span>
                <span class="tile-value">{d.counts.yellow}</span>
              </div>
            </div>
            <div class="segmented-buttons warnings-levels" role="group" aria-label={t(S.show)}>
              <button type="button" aria-pressed={!level} onClick={() => go({ level: '' })}>
                {t(S.all)} ({d.counts.red + d.counts.yellow})
              </button>
              {LEVELS.map((l) => (
                <button
                  key={l}
                  type="button"
                  aria-pressed={level === l}
                  data-testid={`level-${l}`}
                  onClick={() => go({ level: l })}
                >
                  {fmt(t(S.countOf), { label: t(CLOCK_LABELS[l]), n: d.counts[l] })}
                </button>
              ))}
            </div>
            {d.items.length === 0 ? (
              <p class="state state-empty">{t(S.empty)}</p>
            ) : (
              <>
                <QueueTable items={d.items} caption={t(S.title)} />
                <Pager
                  page={d.page}
                  pageSize={d.pageSize}
                  total={d.total}
                  onPage={(p) => go({ page: p })}
                />
              </>
            )}
          </>
        )}
      </Async>
    </section>
  );
}
