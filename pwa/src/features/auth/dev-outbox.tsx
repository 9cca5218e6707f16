/**
 * Development aid: the local SMS adapter writes messages to an outbox instead of sending them.
 * The route answers 404 in production, and then this panel stays hidden.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OutboxMessage } from '@core/api';
import { api, opts, read } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { t } from '../../app/i18n';
import { A } from './auth.strings';

type State = { kind: 'hidden' } | { kind: 'shown'; messages: OutboxMessage[] };

export function DevOutbox(props: { phone: string; tick: number; onUse: (code: string) => void }) {
  const [state, setState] = useState<State>({ kind: 'hidden' });
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    read(
      api.dev.outbox.$get(
        { query: { phone: props.phone || undefined } },
        opts({ quiet401: true, signal: ctrl.signal }),
      ),
    )
      .then((res) => setState({ kind: 'shown', messages: res.messages }))
      // 404 in production (no outbox), or any other failure: the dev aid simply stays hidden.
      .catch(() => {
        if (!ctrl.signal.aborted) setState({ kind: 'hidden' });
      });
    return () => ctrl.abort();
  }, [props.phone, props.tick, refresh]);

  const s = state;
  if (s.kind === 'hidden') return null;
  return (
    <details class="dev-outbox" data-testid="dev-outbox">
      <summary>
        {t(A.devOutbox)} <span class="tag">DEV</span>
      </summary>
      <p class="hint">{t(A.devOutboxNote)}</p>
      {s.messages.length === 0 ? (
        <p class="hint">{t(A.devOutboxEmpty)}</p>
      ) : (
        <ul class="plain-list">
          {s.messages.map((m) => {
            const code = /\b(\d{6})\b/.exec(m.text)?.[1];
            return (
              <li key={m.id} class="outbox-item">
                <span class="hint">{formatDateTime(m.createdAt)}</span>
                <span>{m.text}</span>
                {code && (
                  <button type="button" class="btn btn-small" onClick={() => props.onUse(code)}>
                    {t(A.useCode)} {code}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        class="btn btn-small btn-ghost"
        onClick={() => setRefresh((n) => n + 1)}
      >
        {t(A.refresh)}
      </button>
    </details>
  );
}
