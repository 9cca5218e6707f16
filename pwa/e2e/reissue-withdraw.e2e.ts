import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_APPLICANT_PHONE, TEST_TIMEOUT, launch, open, signInApplicant } from './helpers';
import { confirmSubmission } from './apply-helpers';

describe('a licence-based application (补办), then withdrawn', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'starts from a licence, asks only what 补办 needs, submits, and withdraws with confirmation',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', path: '/apply' });
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        await page.getByTestId('new-application').click();
        await page.getByRole('radio', { name: /补办/ }).check();
        await page.getByRole('radio', { name: /建国烟酒商行/ }).check();
        await page.getByTestId('create-draft').click();
        await page.getByTestId('apply-form').waitFor();
        // Prefilled from the licence: number, shop and address are not asked again.
        expect(await page.getByTestId('licence-summary').innerText()).toContain('建国烟酒商行');
        expect(await page.getByLabel('店铺名称').count()).toBe(0);

        // Everything missing is listed at once, in plain words.
        await page.getByTestId('submit-application').click();
        expect(await page.getByTestId('form-error').innerText()).toContain('2 处需要修改');

        await page.getByRole('radio', { name: '遗失' }).check();
        await page.getByLabel('情况说明').fill('店铺搬运货物时不慎遗失');
        await confirmSubmission(page);
        await page.getByTestId('application-view').waitFor();
        await page.getByTestId('status-badge').filter({ hasText: '已提交' }).waitFor();

        await page.getByTestId('withdraw').click();
        await page.getByText('确定要撤回这份申请吗').waitFor();
        await page.getByTestId('dialog-submit').click();
        await page.getByTestId('status-badge').filter({ hasText: '已撤回' }).waitFor();
        expect(await page.getByTestId('withdraw').count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
