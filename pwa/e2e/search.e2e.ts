/**
 * 跨系统查询: a clerk finds a licence by two characters of its shop name, opens it, and sees
 * its number and the cases about it; one character is refused before anything is asked; the
 * same words find the records of the sales and distribution systems, which open their licence.
 * Screens on a phone (normal and large text) and a desktop.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

describe('one search across the register', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a two-character fragment of a shop name finds its licence',
    async () => {
      const { page, context } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'clerk');
        await page.getByTestId('staff-nav').getByRole('link', { name: '综合查询' }).click();
        await page.getByTestId('search-view').waitFor();

        await page.getByTestId('search-input').fill('便');
        await page.getByTestId('search-submit').click();
        await page.getByText('每个词至少输入两个字').waitFor();
        expect(new URL(page.url()).searchParams.get('q')).toBeNull();

        // A character no search may hold is refused before anything is asked, and says which.
        await page.getByTestId('search-input').fill('<便利>');
        await page.getByTestId('search-submit').click();
        await page.getByText('查询内容不能含有“<”或“>”。').waitFor();
        expect(new URL(page.url()).searchParams.get('q')).toBeNull();
        await settle(page);
        await checkLayout(page, 'search refused (desktop)');
        await screenshot(page, 'search-refused-desktop');

        await page.getByTestId('search-input').fill('便利');
        await page.getByTestId('search-submit').click();
        const licences = page.getByTestId('search-item-licence');
        await licences.first().waitFor();
        const titles = await licences.allInnerTexts();
        expect(titles.length).toBeGreaterThan(0);
        for (const title of titles) expect(title.split('\n')[0]).toContain('便利');
        await settle(page);
        await checkLayout(page, 'search results (desktop)');
        await screenshot(page, 'search-desktop');

        // The first licence: its page shows the number the result line named.
        const sub = await licences.first().locator('.search-item-sub').innerText();
        const number = /^\d{12,}/.exec(sub)?.[0];
        expect(number).toBeTruthy();
        await licences.first().click();
        await page.getByTestId('licence-view').waitFor();
        expect(await page.getByTestId('licence-number').innerText()).toBe(number);
        await settle(page);
        await checkLayout(page, 'licence (desktop)');
        await screenshot(page, 'search-licence-desktop');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'the search reads on a phone, with large text too',
    async () => {
      const { page, context } = await open(browser, { device: 'phone' });
      try {
        await signInStaff(page, 'approver');
        await page.goto('/search');
        for (const large of [false, true]) {
          await largeText(page, large);
          await page.getByTestId('search-input').fill('<便利>');
          await page.getByTestId('search-submit').click();
          await page.getByRole('alert').filter({ hasText: '查询内容不能含有' }).waitFor();
          await settle(page);
          await checkLayout(page, `search refused (phone${large ? ', large text' : ''})`);
          await screenshot(page, `search-refused-phone${large ? '-large' : ''}`);
        }
        await largeText(page, false);
        await page.goto('/search?q=%E4%BE%BF%E5%88%A9');
        await page.getByTestId('search-item-licence').first().waitFor();
        await settle(page);
        await checkLayout(page, 'search results (phone)');
        await screenshot(page, 'search-phone');
        await largeText(page, true);
        await page.getByTestId('search-item-licence').first().waitFor();
        await settle(page);
        await checkLayout(page, 'search results (phone, large text)');
        await screenshot(page, 'search-phone-large');
        await page.getByTestId('search-item-licence').first().click();
        await page.getByTestId('licence-view').waitFor();
        await settle(page);
        await checkLayout(page, 'licence (phone, large text)');
        await screenshot(page, 'search-licence-phone-large');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'records from the other systems are found too, and open their licence',
    async () => {
      const { page, context } = await open(browser, { device: 'phone' });
      try {
        await signInStaff(page, 'clerk');
        await page.goto('/search?q=%E4%BE%BF%E5%88%A9');
        const records = page.getByTestId('search-item-record');
        await records.first().waitFor();
        const first = await records.first().innerText();
        // The shop, the system it comes from, and the licence number with the customer code.
        expect(first).toContain('便利');
        expect(first).toMatch(/营销系统|配送系统|内管系统/);
        const number = /\d{12,}/.exec(first)?.[0];
        expect(number).toBeTruthy();
        await settle(page);
        await checkLayout(page, 'record results (phone)');
        await screenshot(page, 'search-records-phone');
        await records.first().click();
        await page.getByTestId('licence-view').waitFor();
        expect(await page.getByTestId('licence-number').innerText()).toBe(number);
        // The panel comes at once, its records once they are read.
        await page.getByTestId('licence-record').first().waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
