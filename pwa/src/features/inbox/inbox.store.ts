/**
 * The applicant's messages (消息) and the unread count shown on the bell. Refreshed when the
 * app starts, when a screen asks, and every minute while the app is visible: the bureau acts
 * on cases at any time and the count should not need a reload to show it.
 */
import { signal } from '@preact/signals';
import { api } from '../../app/api';

export interface InboxItem {
  id: string;
  applicationId: string | null;
  template: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

export const unread = signal(0);

export async function fetchInbox(
  signal?: AbortSignal,
): Promise<{ items: InboxItem[]; unread: number }> {
  const res = await api.get<{ items: InboxItem[]; unread: number }>(
    '/api/my/notifications',
    signal ? { signal } : {},
  );
  unread.value = res.unread;
  return res;
}

export async function markRead(id: string): Promise<void> {
  await api.post(`/api/my/notifications/${encodeURIComponent(id)}/read`);
  unread.value = Math.max(0, unread.value - 1);
}

let started = false;

export function startInboxPolling(): void {
  if (started) return;
  started = true;
  const tick = () => {
    if (document.visibilityState === 'visible') void fetchInbox().catch(() => undefined);
  };
  tick();
  setInterval(tick, 60_000);
  document.addEventListener('visibilitychange', tick);
}
