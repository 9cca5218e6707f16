/** 预警: cases at a yellow or red clock, red (missed) first. */
import type { QueueItem } from '@core/api';
import { CLOCK_LABELS } from '@core/clocks';
import { api, opts, read } from '../../app/api';
import { dict, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { useRememberListUrl } from '../queue/queue.store';
import { QueueTable } from '../queue/queue-table';

const S = dict({
  title: { zh: '许可业务预警', en: 'Deadline warnings' },
  intro: {
    zh: '距办理时限不足 1 个工作日（黄色）或已超期（红色）的案件。',
    en: 'Cases with at most one working day left (yellow) or past the deadline (red).',
  },
  empty: { zh: '目前没有预警，所有案件均在时限内。', en: 'No warnings: every case is on time.' },
});

const RANK = { red: 0, yellow: 1, green: 2, none: 3 } as const;

/** Red first, then by days left (most overdue first); stable otherwise. */
export function byUrgency(items: QueueItem[]): QueueItem[] {
  return [...items].sort(
    (a, b) =>
      RANK[a.clock] - RANK[b.clock] ||
      (a.workingDaysLeft ?? Infinity) - (b.workingDaysLeft ?? Infinity),
  );
}

export function WarningsView() {
  useRememberListUrl();
  const res = useResource((signal) => read(api.warnings.$get(undefined, opts({ signal }))), []);
  return (
    <section data-testid="warnings-view">
      <PageTitle text={S.title} />
      <p class="lead">{t(S.intro)}</p>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={S.empty}>
        {(d) => {
          const sorted = byUrgency(d.items);
          const red = sorted.filter((a) => a.clock === 'red');
          const rest = sorted.filter((a) => a.clock !== 'red');
          return (
            <>
              {red.length > 0 && (
                <>
                  <h2 class="h-red">
                    {t(CLOCK_LABELS.red)} ({red.length})
                  </h2>
                  <QueueTable items={red} caption={t(CLOCK_LABELS.red)} />
                </>
              )}
              {rest.length > 0 && (
                <>
                  <h2 class="h-yellow">
                    {t(CLOCK_LABELS.yellow)} ({rest.length})
                  </h2>
                  <QueueTable items={rest} caption={t(CLOCK_LABELS.yellow)} />
                </>
              )}
            </>
          );
        }}
      </Async>
    </section>
  );
}
