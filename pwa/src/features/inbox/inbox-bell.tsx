/** The bell in the applicant's header: part of the shell, so kept apart from the inbox screen. */
import { fmt, t } from '../../app/i18n';
import { I } from './inbox.strings';
import { unread } from './inbox.store';

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
