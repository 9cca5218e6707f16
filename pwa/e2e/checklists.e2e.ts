/**
 * 核查清单 as the admin, on a phone: read the 变更 checklist, edit it (drop the last item, say
 * why), save — a new version is in force and the first edition is still listed unchanged. The
 * screens are checked for layout and kept in test-results/screens/ (normal and large text).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

describe('the checklist catalogue', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'an admin edits the 变更 checklist into a new version',
    async () => {
      const { page } = await open(browser, { device: 'phone' });
      await signInStaff(page, 'admin');
      await page.goto(`${BASE_URL}/checklists`);
      await page.getByTestId('checklist-kind-change').click();
      const items = page.getByTestId('checklist-items').locator('li');
      await items.first().waitFor();
      const before = await items.count();
      expect(before).toBeGreaterThanOrEqual(5);
      await settle(page);
      await checkLayout(page, 'checklists');
      await screenshot(page, 'checklists');
      await page.getByTestId('checklist-edit').click();
      await page.getByTestId('checklist-remove').last().click();
      await page.getByTestId('checklist-note').fill('删去最后一项（旅程测试）');
      await settle(page);
      await checkLayout(page, 'checklists-edit');
      await screenshot(page, 'checklists-edit');
      await page.getByTestId('checklist-save').click();
      await expect.poll(() => items.count()).toBe(before - 1);
      const history = page.getByTestId('checklist-history').locator('li');
      expect(await history.count()).toBeGreaterThanOrEqual(2);
      await expect.poll(() => history.last().textContent()).toContain('change-v1');
      const v1 = (await (
        await page.request.get(`${BASE_URL}/api/checklists/versions/change-v1`)
      ).json()) as { version: { items: unknown[] } };
      expect(v1.version.items.length).toBe(before);
      await largeText(page, true);
      await page.getByTestId('checklists-view').waitFor();
      await page.getByTestId('checklist-kind-change').click();
      await settle(page);
      await checkLayout(page, 'checklists-large');
      await screenshot(page, 'checklists-large');
      await largeText(page, false);
    },
    TEST_TIMEOUT,
  );
});
