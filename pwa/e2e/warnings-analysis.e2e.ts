/**
 * 许可业务预警 and 办证智能分析 on the seeded city: a clerk acknowledges a warning with a note
 * (it leaves the open list, the menu count drops, the note shows under 已确认); the approver's
 * analysis draws its charts for the whole city and exports a CSV; phone (390 px, large text)
 * and desktop screenshots of both.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, appToday, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';

/** The clock jobs (warnings, the roll-up) as the cron runs them; safe to run again. */
async function runCron(): Promise<void> {
  await fetch(`${BASE_URL}/cdn-cgi/local/scheduled`);
}

async function waitForWarnings(page: Page): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.getByTestId('warnings-view').waitFor();
    await page.waitForFunction(() => !document.querySelector('.state-loading'));
    if ((await page.getByTestId('warning').count()) > 0) return;
    await page.waitForTimeout(1000);
    await page.reload();
  }
  throw new Error('no warnings appeared');
}

describe('warnings and analysis', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    await runCron();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a clerk acknowledges a warning with a note',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'clerk');
        await page.goto(`${BASE_URL}/warnings`);
        await waitForWarnings(page);
        const badge = page.getByTestId('menu-warning-count');
        await badge.waitFor();
        const before = Number(await badge.innerText());
        expect(before).toBeGreaterThan(0);
        await settle(page);
        await checkLayout(page, 'the warnings (desktop)');
        await screenshot(page, 'desktop-warnings');

        const first = page.getByTestId('warning').first();
        const label = await first.locator('a').first().innerText();
        await first.getByRole('button', { name: '确认' }).click();
        const form = page.getByTestId('warning-ack-form');
        await form.locator('textarea').fill('已督促承办人今日办结。');
        await form.getByRole('button', { name: '确认预警' }).click();
        await page.waitForFunction(
          (n) =>
            Number(document.querySelector('[data-testid=menu-warning-count]')?.textContent ?? 0) ===
            n - 1,
          before,
        );
        await page.getByTestId('state-acknowledged').click();
        const acked = page.getByTestId('warning').filter({ hasText: label });
        await acked.first().waitFor();
        expect(await acked.first().getByTestId('warning-acked').innerText()).toContain(
          '已督促承办人今日办结。',
        );
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'the analysis draws its charts for the whole city and exports a CSV',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'approver');
        await page.goto(`${BASE_URL}/analysis`);
        await page.getByTestId('analysis-filed').waitFor();
        // uPlot draws into a canvas once its chunk has loaded.
        await page.locator('[data-testid=analysis-filed] canvas').waitFor();
        expect(
          await page.locator('[data-testid=analysis-chart] canvas').count(),
        ).toBeGreaterThanOrEqual(5);
        const rows = await page
          .locator('[data-testid=analysis-filed] .analysis-table tbody tr')
          .count();
        expect(rows).toBe(12);
        // No month chosen: the fields say which twelve months the figures are for.
        const [y, m] = (await appToday(page)).split('-').map(Number) as [number, number];
        const period = [new Date(Date.UTC(y, m - 12, 1)), new Date(Date.UTC(y, m - 1, 1))];
        expect([
          await page.getByTestId('analysis-from').inputValue(),
          await page.getByTestId('analysis-to').inputValue(),
        ]).toEqual(period.map((d) => d.toISOString().slice(0, 7)));
        // On a desktop no table scrolls sideways: a panel with a wide one takes the whole row.
        const scrolled = await page
          .locator('.analysis-table-wrap')
          .evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
        expect(scrolled).toBe(0);
        const download = page.waitForEvent('download');
        await page.getByTestId('csv-filed').click();
        const file = await download;
        expect(file.suggestedFilename()).toBe('xuke-filed.csv');
        const text = await (await file.createReadStream()).toArray();
        const csv = Buffer.concat(text).toString('utf8');
        expect(csv.split('\r\n')[0]).toContain('月份');
        expect(csv.split('\r\n').length).toBeGreaterThan(12);
        await settle(page);
        await checkLayout(page, 'the analysis (desktop)');
        await screenshot(page, 'desktop-analysis');
        // One county, one type: the filters are in the URL.
        await page.getByTestId('analysis-county').selectOption('370702');
        await page.getByTestId('analysis-type').selectOption('renewal');
        await page.waitForURL(/county=370702.*type=renewal|type=renewal.*county=370702/);
        await page.locator('[data-testid=analysis-filed] canvas').waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'both screens on a phone with large text',
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      try {
        await signInStaff(page, 'approver');
        await page.goto(`${BASE_URL}/settings`);
        await page.getByTestId('large-text-switch').click();
        await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
        await page.goto(`${BASE_URL}/warnings`);
        await waitForWarnings(page);
        await settle(page);
        await checkLayout(page, 'the warnings (phone, large text)');
        await screenshot(page, 'phone-large-warnings');
        await page.goto(`${BASE_URL}/analysis`);
        await page.locator('[data-testid=analysis-filed] canvas').waitFor();
        await settle(page);
        await checkLayout(page, 'the analysis (phone, large text)');
        await screenshot(page, 'phone-large-analysis');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
