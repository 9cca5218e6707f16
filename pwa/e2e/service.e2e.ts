/**
 * 掌上服务 in the browser:
 * - reminders switched on under 服务 register a Web Push subscription. No push service is
 *   reachable here and headless Debian Chromium refuses `pushManager.subscribe()` even with the
 *   permission granted, so at that one boundary the page's `PushManager.prototype.subscribe`
 *   (and `getSubscription`) are replaced by a stand-in that returns a subscription with a real
 *   P-256 key; everything before it (the switch, the permission request, the VAPID key from the
 *   worker, the service worker's registration) and after it (the POST the worker validates and
 *   stores) is the app's own. The worker's sending side is tested against a decrypting
 *   stand-in push service in the worker tests.
 * - an applicant writes on a case's thread and a clerk of the county answers;
 * - an admin edits a guide and the applicant sees the new text, without a new release.
 * Screens measured and photographed on a phone, normal and large text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BASE_URL,
  DEMO_APPLICANT_PHONE,
  TEST_TIMEOUT,
  launch,
  open,
  signInApplicant,
  signInStaff,
  waitForServiceWorker,
} from './helpers';
import { jpeg } from './apply-helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

async function bothSizes(page: Page, name: string, ready: string): Promise<void> {
  for (const mode of ['normal', 'large'] as const) {
    if (mode === 'large') await largeText(page, true);
    await page.getByTestId(ready).waitFor();
    await settle(page);
    await checkLayout(page, `${name} (phone, ${mode} text)`);
    await screenshot(page, `phone-${mode}-${name}`);
  }
  await largeText(page, false);
  await page.getByTestId(ready).waitFor();
}

/** Replaces the browser's push subscription call (see the file's comment) with a stand-in. */
async function standInSubscribe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __xukePush: { key: number[] | null; sub: unknown } };
    w.__xukePush = { key: null, sub: null };
    const b64url = (b: ArrayBuffer) =>
      btoa(String.fromCharCode(...new Uint8Array(b)))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    PushManager.prototype.getSubscription = () =>
      Promise.resolve(w.__xukePush.sub as PushSubscription | null);
    PushManager.prototype.subscribe = async (options?: PushSubscriptionOptionsInit) => {
      const key = options?.applicationServerKey as Uint8Array;
      w.__xukePush.key = Array.from(key);
      const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
        'deriveBits',
      ]);
      const p256dh = b64url(await crypto.subtle.exportKey('raw', pair.publicKey));
      const auth = b64url(crypto.getRandomValues(new Uint8Array(16)).buffer);
      const endpoint = `https://fcm.googleapis.com/fcm/send/e2e-${crypto.randomUUID()}`;
      const sub = {
        endpoint,
        expirationTime: null,
        toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh, auth } }),
        unsubscribe: () => {
          w.__xukePush.sub = null;
          return Promise.resolve(true);
        },
      };
      w.__xukePush.sub = sub;
      return sub as unknown as PushSubscription;
    };
  });
}

const endpoints = async (page: Page) =>
  (await (await page.request.get(`${BASE_URL}/api/my/push-subscriptions`)).json()) as {
    publicKey: string;
    endpoints: string[];
  };

describe('掌上服务: reminders, the thread, the guide', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'reminders switched on ask for permission and register a push subscription; off removes it',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', path: '/services' });
      try {
        await context.grantPermissions(['notifications'], { origin: BASE_URL });
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        await page.goto(`${BASE_URL}/services`);
        await waitForServiceWorker(page);
        await page.getByTestId('reminders').waitFor();
        await bothSizes(page, 'services-reminders', 'reminders');
        await standInSubscribe(page);
        const sw = page.getByTestId('push-switch');
        await expect.poll(() => sw.isEnabled()).toBe(true);
        expect(await sw.getAttribute('aria-checked')).toBe('false');
        await sw.click();
        await expect.poll(() => sw.getAttribute('aria-checked')).toBe('true');
        const { publicKey, endpoints: list } = await endpoints(page);
        const sub = (await page.evaluate(
          () =>
            (window as unknown as { __xukePush: { key: number[]; sub: { endpoint: string } } })
              .__xukePush,
        )) as { key: number[]; sub: { endpoint: string } };
        expect(list).toContain(sub.sub.endpoint);
        // The app subscribed with the worker's VAPID public key.
        const sent = Buffer.from(sub.key).toString('base64url');
        expect(sent).toBe(publicKey);
        await sw.click();
        await expect.poll(() => sw.getAttribute('aria-checked')).toBe('false');
        expect((await endpoints(page)).endpoints).not.toContain(sub.sub.endpoint);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'an applicant writes on a case; a clerk of the county answers; both see the thread',
    async () => {
      const applicant = await open(browser, { device: 'phone', path: '/apply' });
      const clerk = await open(browser, { device: 'desktop' });
      try {
        const a = applicant.page;
        await signInApplicant(a, DEMO_APPLICANT_PHONE);
        const list = (await (await a.request.get(`${BASE_URL}/api/my/applications`)).json()) as {
          items: { id: string; status: string; county: { code: string } }[];
        };
        const c =
          list.items.find((i) => i.status !== 'draft' && i.county.code === '370702') ??
          list.items.find((i) => i.status !== 'draft');
        expect(c).toBeDefined();
        const staffUser = c!.county.code === '370702' ? 'clerk' : 'approver';
        const text = `请问现场核查大概什么时候？${Date.now() % 10000}`;
        await a.goto(`${BASE_URL}/apply/${c!.id}`);
        await a.getByTestId('thread').waitFor();
        await a.getByTestId('thread-input').fill(text);
        // A photo: shown before it goes, removable, and the pick button back once removed.
        const photo = await jpeg(a, 'thread');
        await a.getByTestId('thread-photo').setInputFiles(photo);
        await a.getByTestId('thread-photo-preview').waitFor();
        await a.getByTestId('thread-photo-remove').click();
        await a.getByTestId('thread-photo').setInputFiles(photo);
        await a.getByTestId('thread-photo-preview').waitFor();
        await settle(a);
        await checkLayout(a, 'thread with a photo chosen (phone)');
        await screenshot(a, 'phone-normal-thread-photo');
        await a.getByTestId('thread-send').click();
        const sent = a.getByTestId('thread-message').filter({ hasText: text });
        await sent.waitFor();
        await sent.locator('img').waitFor();
        // Sent: the form is empty again, with no photo left chosen.
        expect(await a.getByTestId('thread-photo-preview').count()).toBe(0);
        expect(await a.getByTestId('thread-input').inputValue()).toBe('');

        const s = clerk.page;
        await signInStaff(s, staffUser);
        await s.goto(`${BASE_URL}/queue`);
        await s.getByTestId('waiting-messages').waitFor();
        await s.goto(`${BASE_URL}/queue/${c!.id}`);
        const thread = s.getByTestId('staff-thread');
        await thread.getByTestId('thread-message').filter({ hasText: text }).waitFor();
        const answer = '预计下周二上午，核查人员会提前电话联系您。';
        await s.getByTestId('staff-thread-input').fill(answer);
        await s.getByTestId('staff-thread-send').click();
        await thread.getByTestId('thread-message').filter({ hasText: answer }).waitFor();

        await a.goto(`${BASE_URL}/inbox`);
        await a.getByTestId('thread-answers').waitFor();
        await a.goto(`${BASE_URL}/apply/${c!.id}#thread`);
        await a.getByTestId('thread-message').filter({ hasText: answer }).waitFor();
        await a.getByTestId('thread').scrollIntoViewIfNeeded();
        await bothSizes(a, 'case-thread', 'thread');
      } finally {
        await applicant.context.close();
        await clerk.context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'an admin edits a guide; the applicant sees the new version without a new release',
    async () => {
      const admin = await open(browser, { device: 'desktop' });
      const phoneAdmin = await open(browser, { device: 'phone' });
      const applicant = await open(browser, { device: 'phone', path: '/consult' });
      try {
        const s = admin.page;
        await signInStaff(s, 'admin');
        await s.goto(`${BASE_URL}/guides`);
        await s.getByTestId('guide-editor').waitFor();
        await s.getByTestId('guide-type').selectOption('closure');
        await s.locator('[data-testid="guide-editor-version"][data-type="closure"]').waitFor();
        const before = await s.getByTestId('guide-editor-version').innerText();
        const when = `终止经营的，请在歇业之日起30个工作日内办理（${Date.now() % 10000}）。`;
        await s.getByTestId('guide-when-zh').fill(when);
        await s.getByTestId('guide-note').fill('更新适用情形');
        await s.getByTestId('guide-save').click();
        await s.getByTestId('guide-status').filter({ hasText: '已保存为第' }).waitFor();
        expect(await s.getByTestId('guide-editor-version').innerText()).not.toBe(before);
        await s.getByTestId('guide-versions').getByText('更新适用情形').waitFor();
        await screenshot(s, 'desktop-guide-editor');

        const p = phoneAdmin.page;
        await signInStaff(p, 'admin');
        await p.goto(`${BASE_URL}/guides`);
        await p.getByTestId('guide-editor-version').waitFor();
        for (const mode of ['normal', 'large'] as const) {
          if (mode === 'large') await largeText(p, true);
          await p.getByTestId('guide-editor-version').waitFor();
          await settle(p);
          await screenshot(p, `phone-${mode}-guide-editor`);
        }

        const a = applicant.page;
        await signInApplicant(a, DEMO_APPLICANT_PHONE);
        await a.goto(`${BASE_URL}/consult/closure`);
        await a.getByTestId('guide-when').filter({ hasText: when }).waitFor();
        expect(await a.getByTestId('guide-version').innerText()).toMatch(/第\d+版/);
        await bothSizes(a, 'guide-edited', 'guide-view');
      } finally {
        await admin.context.close();
        await phoneAdmin.context.close();
        await applicant.context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
