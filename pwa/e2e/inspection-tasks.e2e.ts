/**
 * 核查任务 on the inspector's phone: the demo inspector's open tasks, nearest deadline first;
 * accepting one; an appointment that ends before it starts is refused in words, then saved.
 * (The on-site record itself: inspection-record.e2e.ts.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, appToday, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';

describe('the inspector’s tasks', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'lists them by deadline, accepts one, and agrees an appointment',
    async () => {
      const { page } = await open(browser, { device: 'phone' });
      await signInStaff(page, 'inspector');
      await page.locator('[data-testid=staff-nav] a[href="/inspections"]').click();
      const cards = page.getByTestId('task-card');
      await cards.first().waitFor();
      // Nearest deadline first.
      const dues = await page
        .locator('[data-testid=task-card] [data-testid=deadline]')
        .allInnerTexts();
      expect(dues.length).toBeGreaterThan(0);
      expect(dues).toEqual([...dues].sort());
      await settle(page);
      await checkLayout(page, 'the inspector’s tasks (phone)');
      await screenshot(page, 'phone-inspector-tasks');

      const card = page.locator('[data-testid=task-card]:has([data-testid=task-accept])').first();
      const id = await card.getAttribute('data-task');
      const mine = page.locator(`[data-testid=task-card][data-task="${id}"]`);
      await mine.getByTestId('task-accept').click();
      await mine.getByText('✓ 已接受').first().waitFor();
      expect(await mine.getByTestId('task-accept').count()).toBe(0);

      await mine.getByTestId('task-window-open').click();
      const dialog = page.getByTestId('dialog-task-window');
      await dialog.waitFor();
      // A day after the app's today (the server refuses a past day).
      const today = await appToday(page);
      const day = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await dialog.getByLabel('日期').fill(day);
      await dialog.getByLabel('开始').fill('15:00');
      await dialog.getByLabel('结束').fill('14:00');
      await dialog.getByTestId('dialog-submit').click();
      await dialog.getByText('结束时间须晚于开始时间').waitFor();
      await dialog.getByLabel('结束').fill('16:00');
      await dialog.getByTestId('dialog-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await expect
        .poll(async () => mine.getByTestId('task-window').innerText())
        .toContain('15:00–16:00');
      await page.evaluate(() => document.documentElement.classList.add('large-text'));
      await settle(page);
      await checkLayout(page, 'the inspector’s tasks (phone, large text)');
      await screenshot(page, 'phone-large-inspector-tasks');
      await page.context().close();
    },
    TEST_TIMEOUT * 2,
  );
});
