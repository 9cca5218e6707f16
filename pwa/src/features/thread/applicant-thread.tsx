/**
 * 留言 on the applicant's case page: the thread with the unit handling it, and a form to write
 * (text, optionally a photo). A message goes through the offline outbox like the applicant's
 * other writes: without signal it waits, marked as not yet sent, and goes when the network is
 * back — once, by its idempotency key.
 */
import { useEffect, useState } from 'preact/hooks';
import { THREAD_MESSAGE_MAX } from '@core/thread';
import { api, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { enqueue, outboxDelivered, outboxItems } from '../../app/outbox';
import { useResource } from '../../app/resource';
import { PhotoPick } from '../../app/photo-pick';
import { keepPending } from '../apply/pending-photos';
import { fetchInbox } from '../inbox/inbox.store';
import { ThreadMessages } from './thread-messages';
import { M } from './thread.strings';

export function ApplicantThread({ caseId, ownerId }: { caseId: string; ownerId: string }) {
  const tag = `thread:${caseId}`;
  const mine = outboxItems.value.filter((i) => i.tag === tag && i.request.kind === 'message');
  const landed = Object.keys(outboxDelivered.value).filter((k) => k.startsWith(`${tag}:`)).length;
  const res = useResource(
    (signal) =>
      read(api.my.applications[':id'].messages.$get({ param: { id: caseId } }, opts({ signal }))),
    [caseId, landed],
  );
  // Opening the thread marks the answers read: the bell counts again.
  useEffect(() => {
    if (res.state === 'ready') void fetchInbox().catch(() => undefined);
  }, [res.state]);
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (e: Event) => {
    e.preventDefault();
    const body = text.trim();
    if (!body || busy) return;
    setBusy(true);
    try {
      const idempotencyKey = crypto.randomUUID();
      const key = `${tag}:${idempotencyKey}`;
      let photos: Record<string, string> | undefined;
      if (photo) {
        const deviceKey = `${key}:messagePhoto`;
        await keepPending(deviceKey, photo);
        photos = { messagePhoto: deviceKey };
      }
      await enqueue({
        key,
        request: { kind: 'message', caseId, body: { idempotencyKey, body } },
        ownerId,
        tag,
        ...(photos ? { photos } : {}),
      });
      setText('');
      setPhoto(null);
    } finally {
      setBusy(false);
    }
  };

  const messages = res.state === 'ready' ? res.data.messages : [];
  const waiting = mine.filter((i) => i.state === 'waiting');
  const refused = mine.find((i) => i.state === 'failed');
  return (
    <section class="panel" id="thread" aria-labelledby="thread-h" data-testid="thread">
      <h2 id="thread-h">{t(M.title)}</h2>
      {messages.length === 0 && waiting.length === 0 && <p class="hint">{t(M.empty)}</p>}
      <ThreadMessages
        messages={messages}
        viewer="applicant"
        queued={waiting.map((i) => (i.request.kind === 'message' ? i.request.body.body : ''))}
      />
      {refused?.error && (
        <p class="form-error" role="alert">
          {refused.error.message}
        </p>
      )}
      <form class="thread-form" onSubmit={(e) => void send(e)}>
        <label class="field">
          <span class="label">{t(M.write)}</span>
          <textarea
            value={text}
            maxLength={THREAD_MESSAGE_MAX}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            data-testid="thread-input"
          />
        </label>
        <PhotoPick
          label={M.photo}
          pick={M.pickPhoto}
          remove={M.removePhoto}
          alt={M.photoAlt}
          photo={photo}
          onChange={setPhoto}
          testId="thread-photo"
        />
        <button
          type="submit"
          class="btn btn-primary btn-block"
          disabled={busy || !text.trim()}
          data-testid="thread-send"
        >
          {t(M.send)}
        </button>
      </form>
    </section>
  );
}
