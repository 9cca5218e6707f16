import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TYPE_OUTCOMES } from '../../worker/core/business-types';
import { BASE_URL, TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { shoot } from './shots';

describe('each business type’s result, in its own words', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a finished 停业 on the staff case page reads 准予停业, never 准予许可 or 许可证已送达',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'approver');
        const res = await page.request.get(
          `${BASE_URL}/api/applications?status=delivered&type=suspension&pageSize=1`,
        );
        const { items } = (await res.json()) as { items: { id: string }[] };
        expect(items.length, 'the demo data has a finished 停业').toBe(1);
        await page.goto(`/queue/${items[0]?.id}`);
        const view = page.getByTestId('case-view');
        await view.waitFor();
        await page.getByTestId('status-badge').filter({ hasText: '已办结' }).waitFor();
        expect(await page.getByTestId('case-outcome').innerText()).toContain(
          TYPE_OUTCOMES.suspension.result.zh,
        );
        const text = await view.innerText();
        expect(text).toContain('准予停业');
        expect(text).not.toContain('准予许可');
        expect(text).not.toContain('许可证已送达');
        await shoot(page, 'staff-case-suspension-desktop');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
