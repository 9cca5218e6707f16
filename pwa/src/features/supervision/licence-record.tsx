/**
 * A licence's supervision record on the staff licence page: its draw weight, the penalties
 * (行政处罚) and complaints on it, and — where core allows the caller — the forms to record
 * them. The server answers the record anew after each entry (class and weight included).
 */
import { PENALTY_KINDS, PENALTY_LABELS, type PenaltyKind } from '@core/compliance';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_CHANNEL_LABELS,
  SUPERVISION_ACTORS,
  type ComplaintChannel,
} from '@core/supervision';
import type { SupervisionRecord } from '@core/supervision-api';
import { useSignal } from '@preact/signals';
import { api, errorText, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { appToday } from '../../app/calendar';
import { formatDate } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async } from '../../app/ui';
import { R } from './records.strings';
import './supervision.css';

/** Shown only to those core lets read the record. */
export function LicenceRecord({ licenceId }: { licenceId: string }) {
  const user = staff.value;
  if (!user || !SUPERVISION_ACTORS.read_record.includes(user.role)) return null;
  return <Record licenceId={licenceId} />;
}

function Record({ licenceId }: { licenceId: string }) {
  const res = useResource(
    (signal) =>
      read(
        api.supervision.licences[':id'].record.$get({ param: { id: licenceId } }, opts({ signal })),
      ),
    [licenceId],
  );
  const fresh = useSignal<SupervisionRecord | null>(null);
  return (
    <section class="supervision-record" data-testid="supervision-record">
      <h2>{t(R.title)}</h2>
      <p class="hint">{t(R.intro)}</p>
      <Async res={res}>
        {({ record }) => {
          const r = fresh.value?.licence.id === licenceId ? fresh.value : record;
          return <RecordBody r={r} onSaved={(n) => (fresh.value = n)} />;
        }}
      </Async>
    </section>
  );
}

function RecordBody({
  r,
  onSaved,
}: {
  r: SupervisionRecord;
  onSaved: (r: SupervisionRecord) => void;
}) {
  return (
    <>
      <dl class="facts">
        <div class="fact">
          <dt>{t(R.weight)}</dt>
          <dd data-testid="record-weight">
            {fmt(t(R.weightText), {
              w: Math.round(r.drawWeight * 100) / 100,
              n: r.recentComplaints,
            })}
          </dd>
        </div>
      </dl>
      <h3>{t(R.penalties)}</h3>
      {r.penalties.length === 0 ? (
        <p class="state state-empty">{t(R.noPenalties)}</p>
      ) : (
        <ul class="supervision-entries" data-testid="record-penalties">
          {r.penalties.map((p) => (
            <li key={p.id}>
              <strong>{t(PENALTY_LABELS[p.kind])}</strong> · {formatDate(p.decidedOn)}
              {p.decisionNumber ? ` · ${p.decisionNumber}` : ''}
              <span class="supervision-entry-text">{p.reason}</span>
              {p.recordedBy && (
                <span class="hint">
                  {t(R.recordedBy)}：{p.recordedBy}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {r.may.recordPenalty && <PenaltyForm licenceId={r.licence.id} onSaved={onSaved} />}
      <h3>{t(R.complaints)}</h3>
      {r.complaints.length === 0 ? (
        <p class="state state-empty">{t(R.noComplaints)}</p>
      ) : (
        <ul class="supervision-entries" data-testid="record-complaints">
          {r.complaints.map((c) => (
            <li key={c.id}>
              <strong>{t(COMPLAINT_CHANNEL_LABELS[c.channel])}</strong> · {formatDate(c.receivedOn)}
              <span class="supervision-entry-text">{c.summary}</span>
              <span class="hint">
                {t(R.recordedBy)}：{c.recordedBy}
              </span>
            </li>
          ))}
        </ul>
      )}
      {r.may.recordComplaint && <ComplaintForm licenceId={r.licence.id} onSaved={onSaved} />}
    </>
  );
}

type FormProps = { licenceId: string; onSaved: (r: SupervisionRecord) => void };

/** Submits, tells, and hands the fresh record up; an error stays on the form. */
function useSave() {
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const run = async (f: () => Promise<void>) => {
    busy.value = true;
    error.value = null;
    try {
      await f();
      toast(t(R.saved));
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  };
  return { busy, error, run };
}

function PenaltyForm({ licenceId, onSaved }: FormProps) {
  const kind = useSignal<PenaltyKind>('warning');
  const on = useSignal(appToday());
  const number = useSignal('');
  const reason = useSignal('');
  const s = useSave();
  const submit = (e: Event) => {
    e.preventDefault();
    void s.run(async () => {
      const { record } = await read(
        api.supervision.licences[':id'].penalties.$post(
          {
            param: { id: licenceId },
            json: {
              kind: kind.value,
              decidedOn: on.value,
              reason: reason.value,
              ...(number.value.trim() ? { decisionNumber: number.value.trim() } : {}),
            },
          },
          opts({}),
        ),
      );
      reason.value = '';
      number.value = '';
      onSaved(record);
    });
  };
  return (
    <details class="supervision-add">
      <summary data-testid="penalty-open">{t(R.addPenalty)}</summary>
      <form class="form" onSubmit={submit} data-testid="penalty-form">
        <div class="supervision-dates">
          <div class="field">
            <label for="pen-kind">{t(R.kind)}</label>
            <select
              id="pen-kind"
              value={kind.value}
              onChange={(e) => (kind.value = (e.target as HTMLSelectElement).value as PenaltyKind)}
            >
              {PENALTY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(PENALTY_LABELS[k])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="pen-on">{t(R.decidedOn)}</label>
            <input
              id="pen-on"
              type="date"
              value={on.value}
              onInput={(e) => (on.value = (e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        <div class="field">
          <label for="pen-number">{t(R.decisionNumber)}</label>
          <input
            id="pen-number"
            maxLength={40}
            value={number.value}
            onInput={(e) => (number.value = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="pen-reason">{t(R.reason)}</label>
          <textarea
            id="pen-reason"
            rows={2}
            maxLength={300}
            value={reason.value}
            onInput={(e) => (reason.value = (e.target as HTMLTextAreaElement).value)}
          />
        </div>
        {s.error.value && (
          <p class="notice notice-error" role="alert">
            {s.error.value}
          </p>
        )}
        <button
          class="btn btn-primary"
          type="submit"
          disabled={s.busy.value}
          data-testid="penalty-save"
        >
          {t(s.busy.value ? R.saving : R.save)}
        </button>
      </form>
    </details>
  );
}

function ComplaintForm({ licenceId, onSaved }: FormProps) {
  const channel = useSignal<ComplaintChannel>('hotline');
  const on = useSignal(appToday());
  const summary = useSignal('');
  const s = useSave();
  const submit = (e: Event) => {
    e.preventDefault();
    void s.run(async () => {
      const { record } = await read(
        api.supervision.licences[':id'].complaints.$post(
          {
            param: { id: licenceId },
            json: { channel: channel.value, receivedOn: on.value, summary: summary.value },
          },
          opts({}),
        ),
      );
      summary.value = '';
      onSaved(record);
    });
  };
  return (
    <details class="supervision-add">
      <summary data-testid="complaint-open">{t(R.addComplaint)}</summary>
      <form class="form" onSubmit={submit} data-testid="complaint-form">
        <div class="supervision-dates">
          <div class="field">
            <label for="cpl-channel">{t(R.channel)}</label>
            <select
              id="cpl-channel"
              value={channel.value}
              onChange={(e) =>
                (channel.value = (e.target as HTMLSelectElement).value as ComplaintChannel)
              }
            >
              {COMPLAINT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(COMPLAINT_CHANNEL_LABELS[c])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="cpl-on">{t(R.receivedOn)}</label>
            <input
              id="cpl-on"
              type="date"
              value={on.value}
              onInput={(e) => (on.value = (e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        <div class="field">
          <label for="cpl-summary">{t(R.summary)}</label>
          <textarea
            id="cpl-summary"
            rows={2}
            maxLength={500}
            value={summary.value}
            onInput={(e) => (summary.value = (e.target as HTMLTextAreaElement).value)}
          />
        </div>
        {s.error.value && (
          <p class="notice notice-error" role="alert">
            {s.error.value}
          </p>
        )}
        <button
          class="btn btn-primary"
          type="submit"
          disabled={s.busy.value}
          data-testid="complaint-save"
        >
          {t(s.busy.value ? R.saving : R.save)}
        </button>
      </form>
    </details>
  );
}
