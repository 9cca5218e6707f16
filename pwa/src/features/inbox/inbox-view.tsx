/** 消息: every status change of the applicant's cases, newest first; opening one marks it read. */
import { useLocation } from 'preact-iso';
import { errorText } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { toast } from '../../app/toast';
import { Async, PageTitle } from '../../app/ui';
import { I } from './inbox.strings';
import { fetchInbox, markRead, unread, type InboxItem } from './inbox.store';

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

/** The bell in the header, with the unread count in words for screen readers. */
export function InboxBell() {
  const n = unread.value;
  return (
    <a href="/inbox" class="inbox-bell" aria-label={fmt(t(I.bell), { n })} data-testid="inbox-bell">
      <svg
        viewBox="0 0 24 24"
        width="26"
        height="26"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {n > 0 && (
        <span class="bell-count" data-testid="unread-count" aria-hidden="true">
          {n > 99 ? '99+' : n}
        </span>
      )}
    </a>
  );
}
