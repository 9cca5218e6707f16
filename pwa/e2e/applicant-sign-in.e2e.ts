import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEMO_APPLICANT_PHONE,
  TEST_TIMEOUT,
  launch,
  open,
  randomPhone,
  signInApplicant,
} from './helpers';

describe('applicant signs in by SMS code', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a new applicant reaches the home tabs',
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      try {
        await page.getByTestId('sms-form').waitFor();
        // The privacy notice is one tap away before signing in.
        await page.getByTestId('privacy-link').click();
        await page
          .getByTestId('privacy-view')
          .getByRole('heading', { name: '敏感个人信息' })
          .waitFor();
        await page.goBack();
        await page.getByTestId('sms-form').waitFor();
        await signInApplicant(page, randomPhone());

        const tabs = page.getByTestId('applicant-tabs').getByRole('link');
        expect(await tabs.allInnerTexts()).toEqual(['咨询', '办理', '评价', '服务']);
        // A new applicant is led to 实名认证 first, and may look around before.
        await page.getByTestId('realname-view').waitFor();
        await page.getByTestId('realname-later').click();
        // The first tab is the service guide with all seven business types; the way to 实名认证
        // stays on top until it is done.
        await page.getByTestId('consult-view').waitFor();
        await page.getByTestId('realname-lead').waitFor();
        expect(await page.locator('.card-list a.card').count()).toBe(7);

        await page.getByTestId('tab-apply').click();
        await page.getByTestId('my-applications').waitFor();
        await page.getByText('您还没有申请').waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'the demo applicant sees applications, a timeline and licences',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', path: '/apply' });
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        await page.getByTestId('my-applications').waitFor();
        const cards = page.getByTestId('application-card');
        await cards.first().waitFor();
        expect(await cards.count()).toBeGreaterThan(0);

        await cards.first().click();
        await page.getByTestId('application-view').waitFor();
        await page.getByTestId('timeline').waitFor();
        expect(await page.getByTestId('event').count()).toBeGreaterThan(0);

        await page.getByTestId('tab-services').click();
        await page.getByTestId('licence-card').first().waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
