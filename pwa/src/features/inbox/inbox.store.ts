/**
 * The applicant's messages (消息) and the unread count shown on the bell. Refreshed when the
 * app starts, when a screen asks, and every minute while the app is visible: the bureau acts
 * on cases at any time and the count should not need a reload to show it.
 */
import { signal } from '@preact/signals';
import type { InboxView } from '@core/api';
import { api, opts, read } from '../../app/api';
import { applicant } from '../../app/auth';
import { enqueue, isTransient } from '../../app/outbox';

export const unread = signal(0);

export async function fetchInbox(signal?: AbortSignal): Promise<InboxView> {
  const res = await read(api.my.notifications.$get(undefined, opts({ signal })));
  unread.value = res.unread;
  return res;
}

/**
 * Marks a message read; offline the mark waits in the outbox (marking twice is marking once),
 * and the count drops at once either way.
 */
export async function markRead(id: string): Promise<void> {
  try {
    await read(api.my.notifications[':id'].read.$post({ param: { id: encodeURIComponent(id) } }));
  } catch (err) {
    const who = applicant.value;
    if (!isTransient(err) || !who) throw err;
    await enqueue({
      key: `read:${id}`,
      request: { kind: 'read', messageId: id },
      ownerId: who.id,
      tag: id,
    });
  }
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
