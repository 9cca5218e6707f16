/**
 * 登记远程视频核查: the five fields of Weifang's system (company, phone, contact, address,
 * deadline), the appointment, the lead and the observers (two officers or more) and the
 * checklist version in force for the case's kind.
 */
import { useState } from 'preact/hooks';
import type { ApplicationDetail } from '@core/api';
import { inspectionKindOf } from '@core/checklist-catalogue';
import { addCalendarDays } from '@core/dates';
import { remoteRegisterSchema } from '@core/remote-inspection';
import { api, errorText, opts, read } from '../../app/api';
import { appToday } from '../../app/calendar';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { R } from './remote.strings';

function Field(props: {
  id: string;
  label: string;
  value: string;
  type?: 'text' | 'tel' | 'date' | 'time';
  hint?: string;
  onInput: (v: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        {...({ type: props.type ?? 'text' } as { type: 'text' })}
        value={props.value}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

export function RemoteRegisterForm(props: {
  a: ApplicationDetail;
  onDone: (saved: boolean) => void;
}) {
  const { a } = props;
  const today = appToday();
  const [f, setF] = useState({
    companyName: a.shopName,
    phone: '',
    contactName: '',
    address: a.address,
    deadlineOn: a.deadline && a.deadline > today ? a.deadline : addCalendarDays(today, 5),
    on: addCalendarDays(today, 1),
    at: '10:00',
    leadId: '',
    observerIds: [] as string[],
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = useResource(
    (signal) =>
      read(api.staff.inspectors.$get({ query: { county: a.county.code } }, opts({ signal }))),
    [a.county.code],
  );
  const lists = useResource((signal) => read(api.checklists.$get({}, opts({ signal }))), []);
  const kind = inspectionKindOf(a.type);
  const version =
    lists.state === 'ready' ? lists.data.kinds.find((k) => k.kind === kind)?.current.id : undefined;
  const input = { applicationId: a.id, ...f, checklistVersion: version ?? '' };
  const valid = remoteRegisterSchema.safeParse(input).success;
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await read(api.inspections.$post({ json: input }));
      toast(t(R.registered));
      props.onDone(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const inspectors = people.state === 'ready' ? people.data.items : [];
  return (
    <form
      class="form"
      data-testid="remote-register"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void save();
      }}
    >
      <Field
        id="rm-company"
        label={t(R.company)}
        value={f.companyName}
        onInput={set('companyName')}
      />
      <Field
        id="rm-phone"
        label={t(R.phone)}
        type="tel"
        value={f.phone}
        hint={t(R.phoneHint)}
        onInput={set('phone')}
      />
      <Field
        id="rm-contact"
        label={t(R.contact)}
        value={f.contactName}
        onInput={set('contactName')}
      />
      <Field id="rm-address" label={t(R.address)} value={f.address} onInput={set('address')} />
      <div class="remote-row">
        <Field
          id="rm-deadline"
          label={t(R.deadline)}
          type="date"
          value={f.deadlineOn}
          onInput={set('deadlineOn')}
        />
        <Field id="rm-on" label={t(R.day)} type="date" value={f.on} onInput={set('on')} />
        <Field id="rm-at" label={t(R.time)} type="time" value={f.at} onInput={set('at')} />
      </div>
      <div class="field">
        <label for="rm-lead">{t(R.lead)}</label>
        <select
          id="rm-lead"
          value={f.leadId}
          onChange={(e) => {
            const leadId = (e.target as HTMLSelectElement).value;
            setF({ ...f, leadId, observerIds: f.observerIds.filter((x) => x !== leadId) });
          }}
        >
          <option value="">—</option>
          {inspectors.map((i) => (
            <option key={i.id} value={i.id}>
              {i.displayName}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="choice-list" data-testid="remote-observers">
        <legend>{t(R.observers)}</legend>
        {inspectors
          .filter((i) => i.id !== f.leadId)
          .map((i) => {
            const on = f.observerIds.includes(i.id);
            return (
              <label key={i.id} class={`choice ${on ? 'choice-on' : ''}`}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) =>
                    setF({
                      ...f,
                      observerIds: e.currentTarget.checked
                        ? [...f.observerIds, i.id]
                        : f.observerIds.filter((x) => x !== i.id),
                    })
                  }
                />
                <span class="choice-text">{i.displayName}</span>
              </label>
            );
          })}
      </fieldset>
      <p>
        {t(R.checklist)}: <span class="mono">{version ?? '—'}</span>
      </p>
      <div class="button-row">
        <button
          type="submit"
          class="btn btn-primary"
          disabled={busy || !valid}
          data-testid="remote-register-submit"
        >
          {t(busy ? R.saving : R.submit)}
        </button>
        <button type="button" class="btn" onClick={() => props.onDone(false)}>
          {t(R.cancel)}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
