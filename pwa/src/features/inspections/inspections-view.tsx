/**
 * 核查任务: the inspection tasks of the caller — an inspector's own, nearest deadline first;
 * clerks' and approvers' those of their counties. Each card says where, by when, with whom and
 * the appointment; the buttons are what core's task rule lets this user do now (accept, agree
 * the appointment, mark the arrival). The result is recorded on the case page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { flushRecords, pendingRecords } from './record-store';
import { pendingPhotos } from './photo-store';
import { R } from './record.strings';
import { api, opts, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { useRememberListUrl } from '../queue/queue.store';
import { Pager } from '../queue/queue-table';
import './inspections.css';

import { S } from './inspections.strings';
import { TaskCard } from './task-card';
export function InspectionsView() {
  useRememberListUrl();
  useEffect(() => void flushRecords(), []);
  const [page, setPage] = useState(1);
  const [state, setState] = useState<'open' | 'done'>('open');
  const res = useResource(
    (signal) => read(api.tasks.$get({ query: { state, page, pageSize: 20 } }, opts({ signal }))),
    [page, state],
  );
  // A record that waited on the phone has landed: its task changed state.
  const waiting = useRef(pendingRecords.value);
  useEffect(() => {
    if (pendingRecords.value < waiting.current) res.reload();
    waiting.current = pendingRecords.value;
  }, [pendingRecords.value]);
  return (
    <section data-testid="inspections-view" class="tasks-view">
      <PageTitle text={S.title} />
      <p class="lead">{t(S.intro)}</p>
      {pendingRecords.value > 0 && (
        <p class="notice" role="status" data-testid="records-pending">
          {fmt(t(S.pending), { n: pendingRecords.value })}
        </p>
      )}
      {pendingPhotos.value > 0 && (
        <p class="notice" role="status" data-testid="photos-pending">
          {fmt(t(R.photosPending), { n: pendingPhotos.value })}
        </p>
      )}
      <div class="inspections-task-tabs" role="group">
        {(['open', 'done'] as const).map((s) => (
          <button
            key={s}
            type="button"
            class={`btn${state === s ? ' btn-primary' : ''}`}
            aria-pressed={state === s}
            data-testid={`tasks-${s}`}
            onClick={() => {
              setState(s);
              setPage(1);
            }}
          >
            {t(S[s])}
          </button>
        ))}
      </div>
      <Async
        res={res}
        isEmpty={(d) => d.items.length === 0}
        empty={state === 'open' ? S.empty : S.emptyDone}
      >
        {(d) => (
          <>
            <ul class="inspections-task-list" data-testid="task-list">
              {d.items.map((task) => (
                <TaskCard key={`${task.id}:${task.version}`} task={task} onChanged={res.reload} />
              ))}
            </ul>
            <Pager page={d.page} pageSize={d.pageSize} total={d.total} onPage={setPage} />
          </>
        )}
      </Async>
    </section>
  );
}
