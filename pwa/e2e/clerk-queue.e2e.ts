import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, launch, open, signInStaff } from './helpers';

describe('clerk works the queue', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'sees rows with clock badges and opens a case with its history',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'clerk');

        const identity = page.getByTestId('staff-identity');
        expect(await identity.innerText()).toContain('窗口人员');
        expect(await identity.innerText()).toContain('潍城区');

        await page.getByTestId('queue-view').waitFor();
        const rows = page.getByTestId('queue-row');
        await rows.first().waitFor();
        expect(await rows.count()).toBeGreaterThan(0);
        // Every row carries a clock badge with words, not colour alone.
        const badges = page.getByTestId('queue-table').getByTestId('clock-badge');
        expect(await badges.count()).toBe(await rows.count());
        const texts = await badges.allInnerTexts();
        for (const text of texts) expect(text).toMatch(/正常|临期|超期|未计时/);

        // The clerk only ever sees their own county, so neither a county column nor filter.
        const counties = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.county));
        for (const c of counties) expect(c).toBe('370702');
        expect(await page.getByTestId('queue-table').locator('th').allInnerTexts()).not.toContain(
          '区县',
        );
        expect(await page.locator('#f-county').count()).toBe(0);

        const ref = await rows.first().getByRole('link').innerText();
        await rows.first().getByRole('link').click();
        await page.getByTestId('case-view').waitFor();
        expect(await page.locator('h1').innerText()).toContain(ref);
        await page.getByTestId('timeline').waitFor();
        expect(await page.getByTestId('event').count()).toBeGreaterThan(0);
        await page.getByTestId('id-number').waitFor();

        // Back returns to the queue.
        await page.getByRole('link', { name: /返回列表/ }).click();
        await page.getByTestId('queue-view').waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
