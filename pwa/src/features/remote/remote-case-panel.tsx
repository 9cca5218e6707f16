/**
 * The case page's 远程视频核查 panel: the case's remote inspections with their own clock (a
 * missed deadline shows red), moving an appointment, and registering one while the case is in
 * 核查 (clerks and approvers of its county, core's rule).
 */
import { useState } from 'preact/hooks';
import type { ApplicationDetail } from '@core/api';
import {
  REMOTE_STATE_LABELS,
  mayRegisterRemote,
  remoteMoveSchema,
  type RemoteView,
} from '@core/remote-inspection';
import { staffWho } from '../../app/access';
import { api, errorText, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, ClockBadge } from '../../app/ui';
import { RemoteRegisterForm } from './remote-register-form';
import { E } from './evidence.strings';
import { R, V } from './remote.strings';
import './remote.css';

function MoveForm({ r, onDone }: { r: RemoteView; onDone: (saved: boolean) => void }) {
  const [on, setOn] = useState(r.on);
  const [at, setAt] = useState(r.at);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = { version: r.version, on, at, reason };
  const valid = remoteMoveSchema.safeParse(input).success;
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await read(api.inspections[':id'].appointment.$put({ param: { id: r.id }, json: input }));
      toast(t(R.moved));
      onDone(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="form"
      data-testid="remote-move"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void save();
      }}
    >
      <div class="remote-row">
        <div class="field">
          <label for={`mv-on-${r.id}`}>{t(R.day)}</label>
          <input
            id={`mv-on-${r.id}`}
            type="date"
            value={on}
            onInput={(e) => setOn(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`mv-at-${r.id}`}>{t(R.time)}</label>
          <input
            id={`mv-at-${r.id}`}
            type="time"
            value={at}
            onInput={(e) => setAt(e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="field">
        <label for={`mv-reason-${r.id}`}>{t(R.reason)}</label>
        <input
          id={`mv-reason-${r.id}`}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </div>
      <div class="button-row">
        <button type="submit" class="btn btn-primary" disabled={busy || !valid}>
          {t(R.moveSubmit)}
        </button>
        <button type="button" class="btn" onClick={() => onDone(false)}>
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

/** One remote inspection: when, by whom, with which list, and its clock. */
export function RemoteSummary({ r, onChanged }: { r: RemoteView; onChanged?: () => void }) {
  const [moving, setMoving] = useState(false);
  return (
    <li class="remote-item" data-testid="remote-item" data-state={r.state}>
      <div class="remote-head">
        <span class="remote-when">
          {t(R.appointment)}: {r.on} {r.at}
        </span>
        <span class="badge">{t(REMOTE_STATE_LABELS[r.state])}</span>
        <ClockBadge clock={r.clock} daysLeft={null} />
      </div>
      <div>
        {t(R.deadline)}: {r.deadlineOn} · {t(R.checklist)}:{' '}
        <span class="mono">{r.checklistVersion}</span>
      </div>
      <div>
        {t(R.officers)}:{' '}
        {r.officers
          .map((o) => `${o.name}（${t(o.role === 'lead' ? R.leadTag : R.observerTag)}）`)
          .join('、')}
      </div>
      {r.may.join && (
        <div class="button-row">
          <a class="btn btn-primary" href={`/inspections/remote/${r.id}`} data-testid="remote-join">
            {t(V.join)}
          </a>
        </div>
      )}
      {r.state === 'sealed' && (
        <div class="button-row">
          <a
            class="btn btn-small"
            href={`/evidence?inspection=${encodeURIComponent(r.id)}`}
            data-testid="remote-evidence"
          >
            {t(E.evidence)}
          </a>
        </div>
      )}
      {r.may.move && onChanged && !moving && (
        <div class="button-row">
          <button
            type="button"
            class="btn btn-small"
            data-testid="remote-move-open"
            onClick={() => setMoving(true)}
          >
            {t(R.move)}
          </button>
        </div>
      )}
      {moving && (
        <MoveForm
          r={r}
          onDone={(saved) => {
            setMoving(false);
            if (saved) onChanged?.();
          }}
        />
      )}
    </li>
  );
}

export function RemoteCasePanel({ a }: { a: ApplicationDetail }) {
  const [registering, setRegistering] = useState(false);
  const res = useResource(
    (signal) =>
      read(
        api.inspections.$get({ query: { applicationId: a.id, state: 'all' } }, opts({ signal })),
      ),
    [a.id],
  );
  const me = staff.value;
  const may = me && a.status === 'inspection' && mayRegisterRemote(staffWho(me), a.county.code);
  const open =
    res.state === 'ready' &&
    res.data.items.some((r) => r.state === 'scheduled' || r.state === 'live');
  if (!may && res.state === 'ready' && res.data.items.length === 0) return null;
  return (
    <section class="panel" data-testid="remote-panel" aria-labelledby="remote-h">
      <h2 id="remote-h">{t(R.title)}</h2>
      <Async res={res}>
        {(d) =>
          d.items.length === 0 ? (
            <p>{t(R.none)}</p>
          ) : (
            <ul class="remote-list">
              {d.items.map((r) => (
                <RemoteSummary key={`${r.id}:${r.version}`} r={r} onChanged={res.reload} />
              ))}
            </ul>
          )
        }
      </Async>
      {may && !open && !registering && (
        <div class="button-row">
          <button
            type="button"
            class="btn"
            data-testid="remote-register-open"
            onClick={() => setRegistering(true)}
          >
            {t(R.register)}
          </button>
        </div>
      )}
      {registering && (
        <RemoteRegisterForm
          a={a}
          onDone={(saved) => {
            setRegistering(false);
            if (saved) res.reload();
          }}
        />
      )}
    </section>
  );
}
