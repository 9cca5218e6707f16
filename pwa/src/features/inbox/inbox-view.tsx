/** 消息: every status change of the applicant's cases, newest first; opening one marks it read. */
import { useLocation } from 'preact-iso';
import { errorText } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { I } from './inbox.strings';
import type { InboxItem } from '@core/api';
import { fetchInbox, markRead } from './inbox.store';

function Message({ m, onRead }: { m: InboxItem; onRead: () => void }) {
  const { route } = useLocation();
  async function open() {
    try {
      if (!m.read) await markRead(m.id);
      onRead();
      if (m.applicationId) route(`/apply/${m.applicationId}`);
    } catch (err) {
      toast(errorText(err));
    }
  }
  return (
    <li class={`card inbox-item${m.read ? '' : ' inbox-unread'}`} data-testid="inbox-item">
      <div class="card-row">
        <strong class="card-title">{m.title}</strong>
        {!m.read && <span class="badge">{t(I.unreadTag)}</span>}
      </div>
      <p>{m.body}</p>
      <div class="card-row">
        <time class="card-meta" dateTime={m.createdAt}>
          {formatDateTime(m.createdAt)}
        </time>
        <button type="button" class="btn btn-small" onClick={() => void open()}>
          {t(m.applicationId ? I.openCase : I.markRead)}
        </button>
      </div>
    </li>
  );
}

export function InboxView() {
  const res = useResource((signal) => fetchInbox(signal), []);
  return (
    <section data-testid="inbox-view">
      <PageTitle text={I.title} />
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={I.empty}>
        {(d) => (
          <ul class="card-list">
            {d.items.map((m) => (
              <Message key={m.id} m={m} onRead={res.reload} />
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
