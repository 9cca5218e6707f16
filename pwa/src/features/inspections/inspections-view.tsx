/** 核查: cases in inspection within the user's scope (assigned ones for inspectors). */
import { useState } from 'preact/hooks';
import { api, opts, read } from '../../app/api';
import { dict, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { useRememberListUrl } from '../queue/queue.store';
import { Pager, QueueTable } from '../queue/queue-table';

const S = dict({
  title: { zh: '核查任务', en: 'Inspections' },
  intro: {
    zh: '处于实地核查阶段的案件。实地核查须由 2 名以上工作人员进行。',
    en: 'Cases waiting for an on-site check, which needs two or more officers.',
  },
  empty: { zh: '暂无核查任务。', en: 'No inspections to do.' },
});

export function InspectionsView() {
  useRememberListUrl();
  const [page, setPage] = useState(1);
  const res = useResource(
    (signal) => read(api.inspections.$get({ query: { page, pageSize: 20 } }, opts({ signal }))),
    [page],
  );
  return (
    <section data-testid="inspections-view">
      <PageTitle text={S.title} />
      <p class="lead">{t(S.intro)}</p>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={S.empty}>
        {(d) => (
          <>
            <QueueTable items={d.items} caption={t(S.title)} />
            <Pager page={d.page} pageSize={d.pageSize} total={d.total} onPage={setPage} />
          </>
        )}
      </Async>
    </section>
  );
}
