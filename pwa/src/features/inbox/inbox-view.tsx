/**
 * 消息: every status change of the applicant's cases, newest first; opening one marks it read.
 * Without signal, the last copy on the phone with its date.
 */
import { ThreadAnswers } from '../thread/waiting-messages';
import { useLocation } from 'preact-iso';
import { errorText } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { t } from '../../app/i18n';
import { useCachedResource } from '../../app/offline-copy';
import { OfflineCopyNote } from '../../app/offline-copy-note';
import { outboxItems } from '../../app/outbox';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { I } from './inbox.strings';
import type { InboxItem } from '@core/api';
import { fetchInbox, markRead } from './inbox.store';

function Message({ m, onRead }: { m: InboxItem; onRead: () => void }) {
  const { route } = useLocation();
  // Marked read offline: the mark waits in the outbox, the message reads as read already.
  const read = m.read || outboxItems.value.some((i) => i.key === `read:${m.id}`);
  // A remote inspection's booking or move: the button opens the video inspections.
  const remote = m.template.startsWith('remote_inspection');
  async function open() {
    try {
      if (!read) await markRead(m.id);
      onRead();
      if (remote) route('/remote');
      else if (m.applicationId) route(`/apply/${m.applicationId}`);
    } catch (err) {
      toast(errorText(err));
    }
  }
  return (
    <li class={`card inbox-item${read ? '' : ' inbox-unread'}`} data-testid="inbox-item">
      <div class="card-row">
        <strong class="card-title">{m.title}</strong>
        {!read && <span class="badge">{t(I.unreadTag)}</span>}
      </div>
      <p>{m.body}</p>
      <div class="card-row">
        <time class="card-meta" dateTime={m.createdAt}>
          {formatDateTime(m.createdAt)}
        </time>
        <button type="button" class="btn btn-small" onClick={() => void open()}>
          {t(remote ? I.openRemote : m.applicationId ? I.openCase : I.markRead)}
        </button>
      </div>
    </li>
  );
}

export function InboxView() {
  const res = useCachedResource('inbox', (signal) => fetchInbox(signal), []);
  return (
    <section data-testid="inbox-view">
      <PageTitle text={I.title} />
      <ThreadAnswers />
      <Async res={res} isEmpty={(d) => d.data.items.length === 0} empty={I.empty}>
        {(d) => (
          <>
            {d.savedAt && <OfflineCopyNote savedAt={d.savedAt} onRetry={res.reload} />}
            <ul class="card-list">
              {d.data.items.map((m) => (
                <Message key={m.id} m={m} onRead={res.reload} />
              ))}
            </ul>
          </>
        )}
      </Async>
    </section>
  );
}
