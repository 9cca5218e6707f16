/** 留言 on the staff case page: the applicant's messages and the unit's answers. */
import { useState } from 'preact/hooks';
import { THREAD_MESSAGE_MAX } from '@core/thread';
import { api, errorText, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { ThreadMessages } from './thread-messages';
import { M } from './thread.strings';

export function StaffThread({ caseId }: { caseId: string }) {
  const res = useResource(
    (signal) =>
      read(api.applications[':id'].messages.$get({ param: { id: caseId } }, opts({ signal }))),
    [caseId],
  );
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (res.state !== 'ready') return null;
  const v = res.data;
  const send = async (e: Event) => {
    e.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      await read(
        api.applications[':id'].messages.$post({
          param: { id: caseId },
          json: { body: text.trim() },
        }),
      );
      setText('');
      res.reload();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="thread-h" data-testid="staff-thread">
      <h2 id="thread-h">{t(M.title)}</h2>
      {v.messages.length === 0 && <p class="hint">{t(M.staffEmpty)}</p>}
      <ThreadMessages messages={v.messages} viewer="staff" />
      {v.mayWrite ? (
        <form class="thread-form" onSubmit={(e) => void send(e)}>
          <label class="field">
            <span class="label">{t(M.answer)}</span>
            <textarea
              value={text}
              maxLength={THREAD_MESSAGE_MAX}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
              data-testid="staff-thread-input"
            />
          </label>
          {error && (
            <p class="form-error" role="alert">
              {error}
            </p>
          )}
          <button
            type="submit"
            class="btn btn-primary"
            disabled={busy || !text.trim()}
            data-testid="staff-thread-send"
          >
            {t(M.send)}
          </button>
        </form>
      ) : (
        <p class="hint">{t(M.readOnly)}</p>
      )}
    </section>
  );
}
