/**
 * The forms that add to a licence's supervision record: a penalty (行政处罚) and a complaint
 * (投诉举报). Each submits, says so, and hands the record the server answers up to the page;
 * an error stays on the form with what was typed.
 */
import { PENALTY_KINDS, PENALTY_LABELS, type PenaltyKind } from '@core/compliance';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_CHANNEL_LABELS,
  type ComplaintChannel,
} from '@core/supervision';
import type { SupervisionRecord } from '@core/supervision-api';
import { useSignal, type Signal } from '@preact/signals';
import { api, errorText, opts, read } from '../../app/api';
import { appToday } from '../../app/calendar';
import { t, type Text } from '../../app/i18n';
import { toast } from '../../app/toast';
import { R } from './records.strings';

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

function Choice<T extends string>(p: {
  id: string;
  label: Text;
  value: Signal<T>;
  options: readonly T[];
  labels: Record<T, Text>;
}) {
  return (
    <div class="field">
      <label for={p.id}>{t(p.label)}</label>
      <select
        id={p.id}
        value={p.value.value}
        onChange={(e) => (p.value.value = (e.target as HTMLSelectElement).value as T)}
      >
        {p.options.map((o) => (
          <option key={o} value={o}>
            {t(p.labels[o])}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput(p: { id: string; label: Text; value: Signal<string> }) {
  return (
    <div class="field">
      <label for={p.id}>{t(p.label)}</label>
      <input
        id={p.id}
        type="date"
        value={p.value.value}
        onInput={(e) => (p.value.value = (e.target as HTMLInputElement).value)}
      />
    </div>
  );
}

/** A one-line input, or a two-row text area when `long`. */
function TextInput(p: {
  id: string;
  label: Text;
  value: Signal<string>;
  max: number;
  long?: boolean;
}) {
  const onInput = (e: Event) =>
    (p.value.value = (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <div class="field">
      <label for={p.id}>{t(p.label)}</label>
      {p.long ? (
        <textarea id={p.id} rows={2} maxLength={p.max} value={p.value.value} onInput={onInput} />
      ) : (
        <input id={p.id} maxLength={p.max} value={p.value.value} onInput={onInput} />
      )}
    </div>
  );
}

function SaveRow({ s, testId }: { s: ReturnType<typeof useSave>; testId: string }) {
  return (
    <>
      {s.error.value && (
        <p class="notice notice-error" role="alert">
          {s.error.value}
        </p>
      )}
      <button class="btn btn-primary" type="submit" disabled={s.busy.value} data-testid={testId}>
        {t(s.busy.value ? R.saving : R.save)}
      </button>
    </>
  );
}

export function PenaltyForm({ licenceId, onSaved }: FormProps) {
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
          <Choice
            id="pen-kind"
            label={R.kind}
            value={kind}
            options={PENALTY_KINDS}
            labels={PENALTY_LABELS}
          />
          <DateInput id="pen-on" label={R.decidedOn} value={on} />
        </div>
        <TextInput id="pen-number" label={R.decisionNumber} value={number} max={40} />
        <TextInput id="pen-reason" label={R.reason} value={reason} max={300} long />
        <SaveRow s={s} testId="penalty-save" />
      </form>
    </details>
  );
}

export function ComplaintForm({ licenceId, onSaved }: FormProps) {
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
          <Choice
            id="cpl-channel"
            label={R.channel}
            value={channel}
            options={COMPLAINT_CHANNELS}
            labels={COMPLAINT_CHANNEL_LABELS}
          />
          <DateInput id="cpl-on" label={R.receivedOn} value={on} />
        </div>
        <TextInput id="cpl-summary" label={R.summary} value={summary} max={500} long />
        <SaveRow s={s} testId="complaint-save" />
      </form>
    </details>
  );
}
