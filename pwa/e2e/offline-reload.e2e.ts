import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  TEST_TIMEOUT,
  launch,
  open,
  signInStaff,
  waitForRoleCache,
  waitForServiceWorker,
} from './helpers';

describe('the app shell works offline after the first visit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'signed out: an offline reload still shows the sign-in screen and an offline notice',
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      try {
        await page.getByTestId('sms-form').waitFor();
        await waitForServiceWorker(page);
        await context.setOffline(true);
        await page.reload();
        await page.getByTestId('sms-form').waitFor();
        await page.getByTestId('offline-notice').waitFor();
        // The cached page keeps its headers: still cross-origin isolated (OCR's threads).
        expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'signed in: an offline reload opens the home screen with an offline notice',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'clerk');
        await waitForServiceWorker(page);
        // The shell is precached at install; the workbench's chunks once the clerk signed in.
        await waitForRoleCache(page, 'staff');
        await context.setOffline(true);
        await page.reload();
        await page.getByTestId('staff-nav').waitFor();
        await page.getByTestId('offline-notice').waitFor();
        // The queue cannot load without network: it says so instead of hanging.
        await page.getByText('网络连接不可用').first().waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
