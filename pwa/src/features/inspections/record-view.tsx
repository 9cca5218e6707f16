/**
 * 现场核查记录: the officer walks the checklist in the shop — 符合 / 不符合 / 不适用 and a note per
 * item with its photos, then the findings and the owner's signature — saved on the phone as it
 * is entered. 提交 sends it once; without signal it waits on the phone (not yet sent) and goes
 * when the network returns. Sent, it waits for the other officer's confirmation.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  CHECK_RESULTS,
  CHECK_RESULT_LABELS,
  ON_SITE_CHECKLIST,
  type CheckResult,
} from '@core/checklist';
import type { TaskView } from '@core/tasks-api';
import { api, errorText, opts, read } from '../../app/api';
import { dict, fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { ItemPhotos } from './item-photos';
import { position } from './position';
import {
  loadRecord,
  saveRecord,
  sendRecord,
  signatureInput,
  type RecordDraft,
} from './record-store';
import { R } from './record.strings';
import { SignatureField } from './signature-field';
import './inspections.css';
import './record.css';

const S = dict({
  title: { zh: '现场核查记录', en: 'On-site record' },
  back: { zh: '核查任务', en: 'Inspections' },
  basis: { zh: '依据', en: 'Basis' },
  note: { zh: '情况说明（选填）', en: 'Note (optional)' },
  findings: { zh: '核查结论与说明', en: 'Findings' },
  findingsHint: {
    zh: '写明现场情况；不符合的项目请说明具体问题。',
    en: 'Describe what you found; for each failed item, the problem.',
  },
  answered: { zh: '已填{n}/{total}项', en: '{n} of {total} answered' },
  saved: { zh: '已保存在本机', en: 'Saved on this phone' },
  send: { zh: '提交核查记录', en: 'Send the record' },
  sending: { zh: '正在提交…', en: 'Sending…' },
  missing: {
    zh: '还有{n}项未填写，请逐项选择后再提交。',
    en: '{n} item(s) unanswered: answer each before sending.',
  },
  needFindings: {
    zh: '请填写核查结论与说明（至少2个字）。',
    en: 'Write the findings (2+ characters).',
  },
  sent: { zh: '核查记录已提交', en: 'Record sent' },
  queued: {
    zh: '没有网络：记录已保存在本机，联网后自动提交，不会重复。',
    en: 'No network: the record is kept on this phone and sent once the network returns.',
  },
  result: { zh: '结论：{r}', en: 'Result: {r}' },
  passed: { zh: '合格', en: 'Passed' },
  failed: { zh: '不合格', en: 'Failed' },
  notActionable: {
    zh: '此任务现在不能填写记录（已完成、已取消，或您不是核查人员）。',
    en: 'This task cannot be recorded now (done, cancelled, or not yours).',
  },
});

function freshDraft(task: TaskView): RecordDraft {
  return {
    taskId: task.id,
    taskVersion: task.version,
    idempotencyKey: crypto.randomUUID(),
    checklistVersion: ON_SITE_CHECKLIST.version,
    answers: Object.fromEntries(
      ON_SITE_CHECKLIST.items.map((i) => [i.id, { result: null, note: '' }]),
    ),
    notes: '',
    queued: false,
  };
}

export function RecordView({ params }: { params: { id: string } }) {
  const res = useResource(
    (signal) => read(api.tasks[':id'].$get({ param: { id: params.id } }, opts({ signal }))),
    [params.id],
  );
  return (
    <section data-testid="record-view" class="inspections-record">
      <a class="back-link" href="/inspections">
        ‹ {t(S.back)}
      </a>
      <PageTitle text={S.title} />
      <Async res={res}>{(d) => <RecordForm task={d.task} />}</Async>
    </section>
  );
}

/**
 * The draft to edit: the one on the phone (at the task's current version unless it waits to be
 * sent), a sent one the other officer returned (under a new key), or a fresh one.
 */
function startDraft(task: TaskView): RecordDraft {
  const d = loadRecord(task.id);
  if (!d) return freshDraft(task);
  if (d.queued) return d;
  if (d.sentAt) {
    if (!task.actions.includes('record')) return d;
    const again = { ...d, idempotencyKey: crypto.randomUUID(), taskVersion: task.version };
    delete again.sentAt;
    return again;
  }
  return { ...d, taskVersion: task.version };
}

function RecordForm({ task }: { task: TaskView }) {
  const { route } = useLocation();
  const draft = useSignal<RecordDraft>(startDraft(task));
  const busy = useSignal(false);
  const error = useSignal<string | null>(draft.value.refused ?? null);
  useEffect(() => saveRecord(draft.value), []);
  if (task.state === 'recorded') {
    return (
      <p class="notice" data-testid="record-awaiting">
        {t(R.awaiting)}
      </p>
    );
  }
  if (!task.actions.includes('record') && !draft.value.queued) {
    return <p class="notice">{t(S.notActionable)}</p>;
  }
  const update = (d: RecordDraft) => {
    draft.value = d;
    saveRecord(d);
    error.value = null;
  };
  const items = ON_SITE_CHECKLIST.items;
  const answered = items.filter((i) => draft.value.answers[i.id]?.result).length;
  const failed = items.some((i) => draft.value.answers[i.id]?.result === 'fail');

  async function send() {
    const missing = items.length - answered;
    if (missing > 0) {
      error.value = fmt(t(S.missing), { n: missing });
      return;
    }
    if (draft.value.notes.trim().length < 2) {
      error.value = t(S.needFindings);
      return;
    }
    if (!signatureInput(draft.value.signature)) {
      error.value = t(R.signMissing);
      return;
    }
    busy.value = true;
    // The departure: now, and where the phone is (if it says within a few seconds).
    const departure = await position(5000);
    const d = { ...draft.value, queued: true, departedAt: new Date().toISOString(), departure };
    update(d);
    try {
      const sent = await sendRecord(d);
      toast(t(sent ? S.sent : S.queued));
      route('/inspections');
    } catch (err) {
      // Refused: stays on the phone, not queued, with the reason.
      update({ ...d, queued: false });
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  return (
    <form
      class="form inspections-record-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <div class="panel">
        <h2 class="inspections-task-place">{task.placeName}</h2>
        <p class="inspections-task-address">
          {task.county.name} · {task.address}
        </p>
        <p class="hint" data-testid="record-progress">
          {fmt(t(S.answered), { n: answered, total: items.length })} · {t(S.saved)}
        </p>
      </div>
      {task.disputeNote && (
        <p class="notice" role="status" data-testid="record-disputed">
          {fmt(t(R.disputed), { note: task.disputeNote })}
        </p>
      )}
      <ol class="inspections-checklist">
        {items.map((item, n) => {
          const a = draft.value.answers[item.id] ?? { result: null, note: '' };
          const set = (patch: Partial<typeof a>) =>
            update({
              ...draft.value,
              answers: { ...draft.value.answers, [item.id]: { ...a, ...patch } },
            });
          return (
            <li key={item.id} class="panel inspections-check" data-testid="check-item">
              <fieldset>
                <legend>
                  {n + 1}. {t(item.title)}
                </legend>
                <p class="inspections-check-standard">{t(item.standard)}</p>
                <p class="hint">
                  {t(S.basis)}：{item.basis}
                </p>
                <div class="inspections-check-results">
                  {CHECK_RESULTS.map((r: CheckResult) => (
                    <label key={r} class={`choice inspections-result-${r}`}>
                      <input
                        type="radio"
                        name={`check-${item.id}`}
                        value={r}
                        checked={a.result === r}
                        onChange={() => set({ result: r })}
                      />
                      <span>{t(CHECK_RESULT_LABELS[r])}</span>
                    </label>
                  ))}
                </div>
                <div class="field">
                  <label for={`note-${item.id}`}>{t(S.note)}</label>
                  <input
                    id={`note-${item.id}`}
                    type="text"
                    maxLength={500}
                    value={a.note}
                    onInput={(e) => set({ note: (e.target as HTMLInputElement).value })}
                  />
                </div>
                <ItemPhotos
                  taskId={task.id}
                  item={item.id}
                  suggested={item.photo}
                  keys={a.photos ?? []}
                  onChange={(photos) => {
                    const now = draft.value.answers[item.id] ?? a;
                    update({
                      ...draft.value,
                      answers: { ...draft.value.answers, [item.id]: { ...now, photos } },
                    });
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="panel">
        <div class="field">
          <label for="record-notes">{t(S.findings)}</label>
          <textarea
            id="record-notes"
            rows={4}
            maxLength={2000}
            value={draft.value.notes}
            onInput={(e) =>
              update({ ...draft.value, notes: (e.target as HTMLTextAreaElement).value })
            }
          />
          <p class="hint">{t(S.findingsHint)}</p>
        </div>
      </div>
      <div class="panel">
        <SignatureField
          value={draft.value.signature}
          onChange={(signature) => update({ ...draft.value, signature })}
        />
        {answered === items.length && (
          <p data-testid="record-result">
            <strong>{fmt(t(S.result), { r: t(failed ? S.failed : S.passed) })}</strong>
          </p>
        )}
        {error.value && (
          <p class="error form-error" role="alert" data-testid="record-error">
            {error.value}
          </p>
        )}
        <button type="submit" class="btn" data-testid="record-send" disabled={busy.value}>
          {t(busy.value ? S.sending : S.send)}
        </button>
      </div>
    </form>
  );
}
