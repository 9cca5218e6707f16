import { describe, expect, it } from 'vitest';
import {
  installPushHandlers,
  type NotificationClickLike,
  type PushEventLike,
  type PushScope,
  type WindowClientLike,
} from './push-handlers';

function fakeScope(windows: WindowClientLike[] = []) {
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const opened: string[] = [];
  const listeners: Record<string, (e: never) => void> = {};
  const sw: PushScope = {
    location: { origin: 'https://xuke.example' },
    registration: {
      showNotification: (title, options) => {
        shown.push({ title, options });
        return Promise.resolve();
      },
    },
    clients: {
      matchAll: () => Promise.resolve(windows),
      openWindow: (url) => {
        opened.push(url);
        return Promise.resolve(null);
      },
    },
    addEventListener: (type: string, l: (e: never) => void) => {
      listeners[type] = l;
    },
  };
  installPushHandlers(sw);
  const fire = async (type: string, e: PushEventLike | NotificationClickLike) => {
    let done: Promise<unknown> = Promise.resolve();
    (listeners[type] as (e: unknown) => void)({
      ...e,
      waitUntil: (p: Promise<unknown>) => (done = p),
    });
    await done;
  };
  return { shown, opened, fire };
}

const push = (data: unknown): PushEventLike => ({
  data: { json: () => data },
  waitUntil: () => undefined,
});
const click = (url: unknown): NotificationClickLike => ({
  notification: { data: { url }, close: () => undefined },
  waitUntil: () => undefined,
});

describe('push handlers of the service worker', () => {
  it('shows the reminder with its text, tag and the page to open', async () => {
    const s = fakeScope();
    await s.fire(
      'push',
      push({
        title: '许可证延续提醒',
        body: '将于…到期',
        url: '/services/licences/l1',
        tag: 'renewal_60:l1',
      }),
    );
    expect(s.shown).toEqual([
      {
        title: '许可证延续提醒',
        options: expect.objectContaining({
          body: '将于…到期',
          tag: 'renewal_60:l1',
          data: { url: '/services/licences/l1' },
        }),
      },
    ]);
  });

  it('never keeps a foreign URL from a payload', async () => {
    const s = fakeScope();
    await s.fire('push', push({ title: 't', url: 'https://evil.example/' }));
    await s.fire('push', push({ title: 't', url: '//evil.example/x' }));
    expect(s.shown.map((n) => (n.options.data as { url: string }).url)).toEqual(['/', '/']);
  });

  it('a tap focuses an open window on the page, or opens one', async () => {
    const navigated: string[] = [];
    const win: WindowClientLike = {
      url: 'https://xuke.example/consult',
      focus: () => Promise.resolve(),
      navigate: (u) => {
        navigated.push(u);
        return Promise.resolve();
      },
    };
    const withWindow = fakeScope([win]);
    await withWindow.fire('notificationclick', click('/apply/app_a'));
    expect(navigated).toEqual(['https://xuke.example/apply/app_a']);
    const none = fakeScope();
    await none.fire('notificationclick', click('/apply/app_a'));
    expect(none.opened).toEqual(['https://xuke.example/apply/app_a']);
  });
});
