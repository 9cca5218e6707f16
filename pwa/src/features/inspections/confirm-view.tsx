/**
 * 确认核查记录: the second officer, on their own phone, reads the record a colleague sent and
 * confirms it (it stands, the task is done and the case moves on) or sends it back with a note.
 * The author never sees the buttons: core's task rule gives confirm and dispute only to another
 * officer of the task.
 */
import { useSignal } from '@preact/signals';
import { useLocation } from 'preact-iso';
import type { TaskView } from '@core/tasks-api';
import type { TaskRecordView } from '@core/task-record';
import { api, errorText, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { Dialog } from '../cases/dialog';
import { RecordPanel } from './record-panel';
import { R } from './record.strings';
import { S } from './inspections.strings';
import './inspections.css';

export function ConfirmView({ params }: { params: { id: string } }) {
  const res = useResource(
    async (signal) => {
      const param = { param: { id: params.id } };
      const [task, record] = await Promise.all([
        read(api.tasks[':id'].$get(param, opts({ signal }))),
        read(api.tasks[':id'].record.$get(param, opts({ signal }))),
      ]);
      return { task: task.task, record: record.record };
    },
    [params.id],
  );
  return (
    <section data-testid="confirm-view" class="inspections-record">
      <a class="back-link" href="/inspections">
        ‹ {t(S.title)}
      </a>
      <PageTitle text={R.confirmTitle} />
      <Async res={res}>{(d) => <Confirm task={d.task} record={d.record} />}</Async>
    </section>
  );
}

function Confirm({ task, record }: { task: TaskView; record: TaskRecordView }) {
  const { route } = useLocation();
  const busy = useSignal(false);
  const disputing = useSignal(false);
  const note = useSignal('');
  const error = useSignal<string | null>(null);
  const may = task.actions.includes('confirm');

  async function decide(body: { decision: 'confirm' } | { decision: 'dispute'; note: string }) {
    busy.value = true;
    error.value = null;
    try {
      await read(
        api.tasks[':id'].confirm.$post(
          { param: { id: task.id }, json: { ...body, version: task.version } },
          opts({}),
        ),
      );
      toast(t(body.decision === 'confirm' ? R.confirmed : R.disputedToast));
      route('/inspections');
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  return (
    <>
      <div class="panel">
        <h2 class="inspections-task-place">{task.placeName}</h2>
        <p class="inspections-task-address">
          {task.county.name} · {task.address}
        </p>
        <p class="lead">{t(may ? R.confirmLead : R.notAwaiting)}</p>
      </div>
      <div class="panel">
        <RecordPanel record={record} />
      </div>
      {may && (
        <div class="panel inspections-confirm-actions">
          {error.value && !disputing.value && (
            <p class="error form-error" role="alert">
              {error.value}
            </p>
          )}
          <button
            type="button"
            class="btn"
            data-testid="record-confirm"
            disabled={busy.value}
            onClick={() => void decide({ decision: 'confirm' })}
          >
            {t(R.confirm)}
          </button>
          <button
            type="button"
            class="btn"
            data-testid="record-dispute"
            disabled={busy.value}
            onClick={() => (disputing.value = true)}
          >
            {t(R.dispute)}
          </button>
        </div>
      )}
      {disputing.value && (
        <Dialog
          title={t(R.dispute)}
          submitText={t(R.dispute)}
          busy={busy.value}
          error={error.value}
          onEdit={() => (error.value = null)}
          onClose={() => (disputing.value = false)}
          onSubmit={() => void decide({ decision: 'dispute', note: note.value.trim() })}
          testId="dialog-dispute"
        >
          <div class="field">
            <label for="dispute-note">{t(R.disputeNote)}</label>
            <textarea
              id="dispute-note"
              rows={3}
              maxLength={500}
              value={note.value}
              onInput={(e) => (note.value = (e.target as HTMLTextAreaElement).value)}
            />
          </div>
        </Dialog>
      )}
    </>
  );
}
