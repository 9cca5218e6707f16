/**
 * 远程核查: a staff member's remote inspections — today's and the upcoming ones (an inspector
 * sees their own; clerks and approvers their counties'), with the call to join, a cancel for
 * one still to come, and the sealed ones with their evidence.
 */
import { useState } from 'preact/hooks';
import { REMOTE_STATE_LABELS, type RemotePage, type RemoteView } from '@core/remote-inspection';
import { api, errorText, opts, read } from '../../app/api';
import { appToday } from '../../app/calendar';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { E } from '../remote/evidence.strings';
import { R, V } from '../remote/remote.strings';
import './evidence.css';

function Cancel({ r, onDone }: { r: RemoteView; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button
        type="button"
        class="btn btn-small"
        data-testid="evidence-cancel-open"
        onClick={() => setOpen(true)}
      >
        {t(E.cancelTitle)}
      </button>
    );
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await read(
        api.inspections[':id'].cancel.$post({
          param: { id: r.id },
          json: { version: r.version, reason },
        }),
      );
      onDone();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form class="evidence-cancel" onSubmit={(e) => void submit(e)}>
      <div class="field">
        <label for={`cancel-${r.id}`}>{t(E.cancelReason)}</label>
        <input
          id={`cancel-${r.id}`}
          type="text"
          maxLength={200}
          value={reason}
          data-testid="evidence-cancel-reason"
          onInput={(e) => setReason((e.target as HTMLInputElement).value)}
        />
      </div>
      {error && <p class="error">{error}</p>}
      <button type="submit" class="btn btn-primary btn-small" data-testid="evidence-cancel-submit">
        {t(E.cancelSubmit)}
      </button>
    </form>
  );
}

function Item({ r, reload }: { r: RemoteView; reload: () => void }) {
  return (
    <li
      class="card evidence-item"
      data-testid="evidence-remote-item"
      data-state={r.state}
      data-id={r.id}
    >
      <div class="evidence-head">
        <strong>
          {r.on} {r.at}
        </strong>
        <span class="badge">{t(REMOTE_STATE_LABELS[r.state])}</span>
      </div>
      <div>
        <span class="mono">{r.caseRef}</span> · {r.companyName}
      </div>
      <div>{r.address}</div>
      <div>
        {t(R.officers)}: {r.officers.map((o) => o.name).join('、')}
      </div>
      <div class="button-row">
        {r.may.join && (
          <a
            class="btn btn-primary btn-small"
            href={`/inspections/remote/${r.id}`}
            data-testid="evidence-join"
          >
            {t(V.join)}
          </a>
        )}
        {r.state === 'sealed' && (
          <a
            class="btn btn-small"
            href={`/evidence?inspection=${r.id}`}
            data-testid="evidence-open"
          >
            {t(E.evidence)}
          </a>
        )}
        {r.state === 'scheduled' && r.may.move && <Cancel r={r} onDone={reload} />}
      </div>
    </li>
  );
}

function Group({
  title,
  items,
  empty,
  reload,
}: {
  title: typeof E.today;
  items: RemoteView[];
  empty: typeof E.today;
  reload: () => void;
}) {
  return (
    <section class="evidence-group">
      <h2>
        {t(title)} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p class="hint">{t(empty)}</p>
      ) : (
        <ul class="evidence-list">
          {items.map((r) => (
            <Item key={r.id} r={r} reload={reload} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function RemoteListView() {
  const [n, setN] = useState(0);
  const reload = () => setN(n + 1);
  const res = useResource(
    async (signal) => {
      const [open, sealed] = await Promise.all([
        read<RemotePage>(
          api.inspections.$get({ query: { state: 'open', pageSize: '100' } }, opts({ signal })),
        ),
        read<RemotePage>(
          api.inspections.$get({ query: { state: 'sealed', pageSize: '20' } }, opts({ signal })),
        ),
      ]);
      return { open: open.items, sealed: sealed.items };
    },
    [n],
  );
  const today = appToday();
  return (
    <section data-testid="evidence-remote-list">
      <PageTitle text={E.listTitle} />
      <Async res={res}>
        {(d) => (
          <>
            <Group
              title={E.today}
              empty={E.noneToday}
              reload={reload}
              items={d.open.filter((r) => r.on <= today)}
            />
            <Group
              title={E.upcoming}
              empty={E.noneUpcoming}
              reload={reload}
              items={d.open.filter((r) => r.on > today)}
            />
            <Group title={E.sealedList} empty={E.noneSealed} reload={reload} items={d.sealed} />
          </>
        )}
      </Async>
      <p class="hint">
        {t(E.verifyHint)}
        <a href="/evidence">{t(E.verifyTitle)} ›</a>
      </p>
    </section>
  );
}
