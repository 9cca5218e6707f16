/**
 * 事件推送 for admins: subscriptions (a receiver URL and the events it hears), the signing
 * secret shown once when one is created, pause / resume / delete, and the delivery log — state,
 * attempts, the receiver's answer, the next try — with a resend for deliveries given up.
 */
import { useSignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import {
  DELIVERY_STATES,
  DELIVERY_STATE_LABELS,
  WEBHOOK_EVENTS,
  WEBHOOK_EVENT_LABELS,
  type DeliveryState,
  type WebhookEvent,
  type WebhookView,
} from '@core/webhooks';
import { api, errorText, opts, read } from '../../app/api';
import { formatDateTime, labelOf } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { S } from './integrations.strings';
import './integrations.css';

function NewSubscription({ onCreated }: { onCreated: (secret: string) => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  async function submit(e: Event) {
    e.preventDefault();
    error.value = events.length === 0 ? t(S.pickEvent) : null;
    if (error.value) return;
    busy.value = true;
    try {
      const json = { url, events, ...(description.trim() ? { description } : {}) };
      const { secret } = await read(api.admin.webhooks.$post({ json }));
      setUrl('');
      setDescription('');
      setEvents([]);
      onCreated(secret);
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }
  return (
    <form class="form integrations-card" onSubmit={submit} data-testid="webhook-new">
      <h2>{t(S.add)}</h2>
      <div class="field">
        <label for="hook-url">{t(S.url)}</label>
        <input
          id="hook-url"
          type="url"
          required
          inputMode="url"
          autoCapitalize="none"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="hook-note">{t(S.description)}</label>
        <input
          id="hook-note"
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
      </div>
      <fieldset class="integrations-events">
        <legend>{t(S.events)}</legend>
        {WEBHOOK_EVENTS.map((ev) => (
          <label key={ev}>
            <input
              type="checkbox"
              checked={events.includes(ev)}
              onChange={(e) =>
                setEvents(
                  e.currentTarget.checked ? [...events, ev] : events.filter((x) => x !== ev),
                )
              }
            />
            <span>
              {t(WEBHOOK_EVENT_LABELS[ev])} <code>{ev}</code>
            </span>
          </label>
        ))}
      </fieldset>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <button type="submit" class="btn btn-primary" disabled={busy.value}>
        {t(S.create)}
      </button>
    </form>
  );
}

function Subscription({ hook, onChanged }: { hook: WebhookView; onChanged: () => void }) {
  const busy = useSignal(false);
  async function run(call: () => Promise<unknown>) {
    busy.value = true;
    try {
      await call();
      toast(t(S.saved));
      onChanged();
    } catch (err) {
      toast(errorText(err));
    } finally {
      busy.value = false;
    }
  }
  const param = { id: hook.id };
  return (
    <li class="integrations-card" data-testid="webhook-row">
      <div class="integrations-hook">
        <div>
          <div class="integrations-hook-url">{hook.url}</div>
          {hook.description && <div>{hook.description}</div>}
          <div class="hint">
            {hook.events.map((e) => t(WEBHOOK_EVENT_LABELS[e])).join('、')} ·{' '}
            {t(hook.active ? S.active : S.paused)} ·{' '}
            {fmt(t(S.pendingFailed), { p: hook.pending, f: hook.failed })}
          </div>
        </div>
        <div class="integrations-actions">
          <button
            type="button"
            class="btn"
            disabled={busy.value}
            onClick={() =>
              run(() =>
                read(
                  api.admin.webhooks[':id'].$put({
                    param,
                    json: { version: hook.version, active: !hook.active },
                  }),
                ),
              )
            }
          >
            {t(hook.active ? S.pause : S.resume)}
          </button>
          <button
            type="button"
            class="btn btn-danger"
            disabled={busy.value}
            onClick={() => {
              if (confirm(t(S.removeConfirm))) {
                void run(() => read(api.admin.webhooks[':id'].$delete({ param })));
              }
            }}
          >
            {t(S.remove)}
          </button>
        </div>
      </div>
    </li>
  );
}

function DeliveryLog({ nonce }: { nonce: number }) {
  const [state, setState] = useState<DeliveryState | ''>('');
  const res = useResource(
    (signal) =>
      read(
        api.admin.webhooks.deliveries.$get(
          { query: state ? { state, limit: 100 } : { limit: 100 } },
          opts({ signal }),
        ),
      ),
    [state, nonce],
  );
  async function retry(id: string) {
    try {
      await read(api.admin.webhooks.deliveries[':id'].retry.$post({ param: { id } }));
      toast(t(S.retried));
      res.reload();
    } catch (err) {
      toast(errorText(err));
    }
  }
  return (
    <section data-testid="webhook-log">
      <h2>{t(S.logTitle)}</h2>
      <div class="integrations-bar">
        <div class="field">
          <label for="log-state">{t(S.state)}</label>
          <select
            id="log-state"
            value={state}
            onChange={(e) => setState(e.currentTarget.value as DeliveryState | '')}
          >
            <option value="">{t(S.anyState)}</option>
            {DELIVERY_STATES.map((s) => (
              <option key={s} value={s}>
                {t(DELIVERY_STATE_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={S.noDeliveries}>
        {(d) => (
          <div class="integrations-table-wrap">
            <table class="integrations-table">
              <thead>
                <tr>
                  <th>{t(S.event)}</th>
                  <th>{t(S.state)}</th>
                  <th>{t(S.attempts)}</th>
                  <th>{t(S.answer)}</th>
                  <th>{t(S.lastTry)}</th>
                  <th>{t(S.nextTry)}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((x) => (
                  <tr key={x.id} data-testid="delivery-row">
                    <td>
                      <code>{x.event}</code>
                      <div class="hint">{x.url}</div>
                      <div class="hint">
                        {t(S.created)} {formatDateTime(x.createdAt)}
                      </div>
                    </td>
                    <td>{labelOf(DELIVERY_STATE_LABELS, x.state)}</td>
                    <td>{x.attempts}</td>
                    <td>{x.lastStatus ?? x.lastError ?? '—'}</td>
                    <td>{formatDateTime(x.lastAttemptAt) || '—'}</td>
                    <td>
                      {formatDateTime(x.nextAttemptAt) || '—'}
                      {x.state === 'failed' && (
                        <button type="button" class="btn" onClick={() => void retry(x.id)}>
                          {t(S.retry)}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Async>
    </section>
  );
}

export function WebhooksAdmin() {
  const secret = useSignal<string | null>(null);
  const [nonce, setNonce] = useState(0);
  const res = useResource((signal) => read(api.admin.webhooks.$get({}, opts({ signal }))), [nonce]);
  const refresh = () => setNonce((n) => n + 1);
  return (
    <section data-testid="webhooks-admin">
      <PageTitle text={S.hooksTitle} />
      <p class="lead">{t(S.hooksLead)}</p>
      {secret.value && (
        <div class="integrations-secret" role="status" data-testid="webhook-secret">
          <strong>{t(S.secretTitle)}</strong>
          <code>{secret.value}</code>
          <p class="hint">{t(S.secretHint)}</p>
          <button type="button" class="btn" onClick={() => (secret.value = null)}>
            {t(S.secretDone)}
          </button>
        </div>
      )}
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={S.noHooks}>
        {(d) => (
          <ul class="integrations-list">
            {d.items.map((h) => (
              <Subscription key={`${h.id}-${h.version}`} hook={h} onChanged={refresh} />
            ))}
          </ul>
        )}
      </Async>
      <NewSubscription
        onCreated={(s) => {
          secret.value = s;
          refresh();
        }}
      />
      <DeliveryLog nonce={nonce} />
    </section>
  );
}
