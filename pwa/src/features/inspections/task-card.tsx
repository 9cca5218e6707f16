/**
 * One inspection task as a card: where, by when, with whom, the appointment, and the buttons
 * core's task rule lets this user press now (accept, agree the appointment, arrive, record).
 */
import { useSignal } from '@preact/signals';
import {
  TASK_KIND_LABELS,
  TASK_STATE_LABELS,
  permittedTaskActions,
  windowProblem,
  type TaskAction,
} from '@core/tasks';
import type { TaskView } from '@core/tasks-api';
import { staffWho } from '../../app/access';
import { ApiError, api, errorText, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { DeadlineText } from '../../app/deadline';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { Dialog } from '../cases/dialog';
import './inspections.css';
import { S } from './inspections.strings';
import { position } from './position';
import { R } from './record.strings';

function DaysLeft({ task }: { task: TaskView }) {
  const n = task.workingDaysLeft;
  if (task.state === 'done' || task.state === 'cancelled') return null;
  const cls =
    n < 0
      ? 'inspections-task-due red'
      : n <= 1
        ? 'inspections-task-due yellow'
        : 'inspections-task-due green';
  const text =
    n < 0 ? fmt(t(S.overdue), { n: -n }) : n === 0 ? t(S.dueToday) : fmt(t(S.daysLeft), { n });
  return <span class={cls}>{text}</span>;
}

export function TaskCard({ task, onChanged }: { task: TaskView; onChanged: () => void }) {
  const me = staff.value;
  const busy = useSignal<TaskAction | null>(null);
  const windowOpen = useSignal(false);
  const win = useSignal({
    on: task.window?.on ?? '',
    from: task.window?.from ?? '',
    to: task.window?.to ?? '',
  });
  const error = useSignal<string | null>(null);
  if (!me) return null;
  const actions = permittedTaskActions(staffWho(me), {
    county: task.county.code,
    state: task.state,
    source: task.source,
    officerIds: task.officers.map((o) => o.id),
    recordedBy: task.recordedBy,
  });
  const mine = task.officers.find((o) => o.id === me.id);
  const offer = (a: TaskAction) => actions.includes(a) && !(a === 'accept' && mine?.accepted);

  async function run(a: TaskAction, send: () => Promise<unknown>, done: string) {
    busy.value = a;
    try {
      await send();
      toast(done);
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') onChanged();
      toast(errorText(err));
    } finally {
      busy.value = null;
    }
  }
  const id = { param: { id: task.id } };
  const accept = () =>
    run(
      'accept',
      () =>
        read(api.tasks[':id'].accept.$post({ ...id, json: { version: task.version } }, opts({}))),
      t(S.acceptedToast),
    );
  const start = async () => {
    busy.value = 'start';
    const at = await position();
    await run(
      'start',
      () =>
        read(
          api.tasks[':id'].start.$post(
            { ...id, json: { version: task.version, ...(at ?? {}) } },
            opts({}),
          ),
        ),
      t(at ? S.startedToast : S.startedNoGps),
    );
  };
  async function saveWindow() {
    const w = win.value;
    if (!w.on || !w.from || !w.to) return;
    if (windowProblem(w.from, w.to)) {
      error.value = t(S.windowOrder);
      return;
    }
    busy.value = 'set_window';
    try {
      await read(
        api.tasks[':id'].window.$put({ ...id, json: { version: task.version, ...w } }, opts({})),
      );
      windowOpen.value = false;
      toast(t(S.windowToast));
      onChanged();
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = null;
    }
  }

  return (
    <li
      class="inspections-task-card panel"
      data-testid="task-card"
      data-task={task.id}
      data-state={task.state}
    >
      <div class="inspections-task-head">
        <h2 class="inspections-task-place">{task.placeName}</h2>
        <span class={`badge inspections-task-state-${task.state}`}>
          {t(TASK_STATE_LABELS[task.state])}
        </span>
      </div>
      <p class="inspections-task-address">
        {task.county.name} · {task.address}
      </p>
      {task.disputeNote && task.state === 'in_progress' && (
        <p class="notice" data-testid="task-disputed">
          {fmt(t(R.disputed), { note: task.disputeNote })}
        </p>
      )}
      <dl class="facts compact">
        <div class="fact">
          <dt>{t(S.due)}</dt>
          <dd>
            <DeadlineText date={task.dueOn} /> <DaysLeft task={task} />
          </dd>
        </div>
        <div class="fact">
          <dt>{t(S.window)}</dt>
          <dd data-testid="task-window">
            {task.window
              ? `${formatDate(task.window.on)} ${task.window.from}–${task.window.to}`
              : t(S.noWindow)}
          </dd>
        </div>
        <div class="fact">
          <dt>{t(S.officers)}</dt>
          <dd>
            <ul class="inspections-task-officers">
              {task.officers.map((o) => (
                <li key={o.id}>
                  {o.name}
                  {o.position === 1 && <small>（{t(S.lead)}）</small>}{' '}
                  <span class={o.accepted ? 'inspections-task-ok' : 'inspections-task-wait'}>
                    {o.accepted ? `✓ ${t(S.accepted)}` : t(S.notAccepted)}
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div class="fact">
          <dt>{t(TASK_KIND_LABELS[task.kind])}</dt>
          <dd>{task.application ? task.application.ref : '—'}</dd>
        </div>
        {task.startedAt && (
          <div class="fact">
            <dt>{t(S.arrived)}</dt>
            <dd>
              {new Date(task.startedAt).toLocaleString('zh-CN', {
                timeZone: 'Asia/Shanghai',
                hour12: false,
              })}
            </dd>
          </div>
        )}
        {task.passed !== null && (
          <div class="fact">
            <dt>{t(S.result)}</dt>
            <dd>{t(task.passed ? S.passed : S.failed)}</dd>
          </div>
        )}
      </dl>
      <div class="inspections-task-actions">
        {offer('accept') && (
          <button
            type="button"
            class="btn"
            data-testid="task-accept"
            disabled={!!busy.value}
            onClick={() => void accept()}
          >
            {t(S.accept)}
          </button>
        )}
        {offer('set_window') && (
          <button
            type="button"
            class="btn"
            data-testid="task-window-open"
            disabled={!!busy.value}
            onClick={() => (windowOpen.value = true)}
          >
            {t(S.setWindow)}
          </button>
        )}
        {offer('start') && task.state === 'assigned' && (
          <button
            type="button"
            class="btn"
            data-testid="task-start"
            disabled={!!busy.value}
            onClick={() => void start()}
          >
            {t(S.start)}
          </button>
        )}
        {offer('confirm') && (
          <a class="btn" href={`/inspections/${task.id}/confirm`} data-testid="task-confirm">
            {t(R.confirmTitle)}
          </a>
        )}
        {task.state === 'recorded' && !offer('confirm') && (
          <span class="inspections-task-wait" data-testid="task-awaiting">
            {t(R.awaiting)}
          </span>
        )}
        {offer('record') && (
          <a class="btn" href={`/inspections/${task.id}/record`} data-testid="task-record">
            {t(S.record)}
          </a>
        )}
        {task.application && (
          <a class="btn-link" href={`/queue/${task.application.id}`} data-testid="task-case">
            {t(S.openCase)} ›
          </a>
        )}
      </div>
      {windowOpen.value && (
        <Dialog
          title={t(S.windowTitle)}
          submitText={t(S.save)}
          busy={busy.value === 'set_window'}
          error={error.value}
          onEdit={() => (error.value = null)}
          onClose={() => (windowOpen.value = false)}
          onSubmit={() => void saveWindow()}
          testId="dialog-task-window"
        >
          <div class="field">
            <label for={`w-on-${task.id}`}>{t(S.windowDay)}</label>
            <input
              id={`w-on-${task.id}`}
              type="date"
              required
              value={win.value.on}
              onInput={(e) =>
                (win.value = { ...win.value, on: (e.target as HTMLInputElement).value })
              }
            />
          </div>
          <div class="inspections-task-window-times">
            <div class="field">
              <label for={`w-from-${task.id}`}>{t(S.windowFrom)}</label>
              <input
                id={`w-from-${task.id}`}
                type="time"
                required
                value={win.value.from}
                onInput={(e) =>
                  (win.value = { ...win.value, from: (e.target as HTMLInputElement).value })
                }
              />
            </div>
            <div class="field">
              <label for={`w-to-${task.id}`}>{t(S.windowTo)}</label>
              <input
                id={`w-to-${task.id}`}
                type="time"
                required
                value={win.value.to}
                onInput={(e) =>
                  (win.value = { ...win.value, to: (e.target as HTMLInputElement).value })
                }
              />
            </div>
          </div>
        </Dialog>
      )}
    </li>
  );
}
