/** The messages of a case's thread, for the applicant's and the staff's case pages alike. */
import type { ThreadMessage } from '@core/thread';
import { formatDateTime } from '../../app/format';
import { t } from '../../app/i18n';
import { M } from './thread.strings';
import './thread.css';

export function ThreadMessages(props: {
  messages: ThreadMessage[];
  /** Whose side is "mine" (drawn on the right). */
  viewer: 'applicant' | 'staff';
  /** Messages still in the outbox, shown as not yet sent. */
  queued?: string[];
}) {
  return (
    <ol class="thread-list" data-testid="thread-list">
      {props.messages.map((m) => (
        <li
          key={m.id}
          class={m.from === props.viewer ? 'thread-msg thread-msg-mine' : 'thread-msg'}
          data-testid="thread-message"
        >
          <span class="thread-meta">
            {m.from === props.viewer && props.viewer === 'applicant'
              ? t(M.you)
              : m.from === 'applicant'
                ? t(M.applicant)
                : m.authorName}{' '}
            · {formatDateTime(m.createdAt)}
          </span>
          <p class="thread-body">{m.body}</p>
          {m.attachmentId && (
            <img
              class="thread-photo"
              src={`/api/attachments/${m.attachmentId}`}
              alt={t(M.photoAlt)}
              loading="lazy"
            />
          )}
        </li>
      ))}
      {(props.queued ?? []).map((body, i) => (
        <li
          key={`q${i}`}
          class="thread-msg thread-msg-mine thread-queued"
          data-testid="thread-queued"
        >
          <span class="thread-meta">{t(M.queued)}</span>
          <p class="thread-body">{body}</p>
        </li>
      ))}
    </ol>
  );
}
