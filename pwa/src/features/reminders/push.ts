/**
 * Web Push on this device: subscribe (asking for the notification permission only now, after
 * the applicant switched reminders on), unsubscribe, and whether this browser is subscribed.
 * Reminders also go by SMS and to the inbox: push is an extra, and many browsers have none.
 */
import { fromBase64Url } from '@core/push';
import { api, read } from '../../app/api';

export type PushState = 'on' | 'off' | 'unsupported' | 'denied';

export function pushSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function registration(): Promise<ServiceWorkerRegistration> {
  return navigator.serviceWorker.ready;
}

/** Whether this browser holds a subscription the server knows for the applicant. */
export async function currentPushState(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const sub = await (await registration()).pushManager.getSubscription();
  if (!sub) return 'off';
  const mine = await read(api.my['push-subscriptions'].$get());
  return mine.endpoints.includes(sub.endpoint) ? 'on' : 'off';
}

/** Asks for permission, subscribes with the server's VAPID key and registers the subscription. */
export async function enablePush(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return permission === 'denied' ? 'denied' : 'off';
  const { publicKey } = await read(api.my['push-subscriptions'].$get());
  const key = publicKey ? fromBase64Url(publicKey) : null;
  if (!key) return 'unsupported';
  const reg = await registration();
  const sub =
    (await reg.pushManager.getSubscription()) ??
    (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }));
  const json = sub.toJSON() as {
    endpoint: string;
    expirationTime?: number | null;
    keys: { p256dh: string; auth: string };
  };
  await read(
    api.my['push-subscriptions'].$post({
      json: {
        endpoint: json.endpoint,
        expirationTime: json.expirationTime ?? null,
        keys: json.keys,
      },
    }),
  );
  return 'on';
}

/** Forgets this browser's subscription on the server and in the browser. */
export async function disablePush(): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  const sub = await (await registration()).pushManager.getSubscription();
  if (sub) {
    await read(api.my['push-subscriptions'].$delete({ json: { endpoint: sub.endpoint } })).catch(
      () => null, // already gone on the server
    );
    await sub.unsubscribe();
  }
  return 'off';
}
