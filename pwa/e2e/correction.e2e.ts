import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, launch } from './helpers';
import {
  act,
  caseIdOf,
  confirmSubmission,
  fillNewApplication,
  jpeg,
  staffOnCase,
  verifiedApplicant,
} from './apply-helpers';

describe('a correction round trip (补正)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'the clerk lists two items at once, the applicant fixes both, the clerk accepts',
    async () => {
      const applicant = await verifiedApplicant(browser);
      const { page } = applicant;
      let clerk;
      try {
        await fillNewApplication(page, `南村烟酒店${Date.now() % 100000}`);
        await confirmSubmission(page);
        await page.getByTestId('status-badge').filter({ hasText: '已提交' }).waitFor();
        const id = caseIdOf(page);

        clerk = await staffOnCase(browser, 'clerk', id);
        const cp = clerk.page;
        await cp.getByTestId('action-request_correction').click();
        const dialog = cp.getByTestId('dialog-request_correction');
        await dialog.getByText('只能进行一次').waitFor();
        await dialog.getByRole('button', { name: /身份证照片不清晰/ }).click();
        await dialog.getByTestId('add-item').click();
        await dialog.getByTestId('item-input').last().fill('经营地址填写不详细，请补充门牌号');
        await dialog.getByTestId('dialog-submit').click();
        await cp.getByTestId('status-badge').filter({ hasText: '待补正' }).waitFor();
        // Corrections are listed once: the action is gone now.
        expect(await cp.getByTestId('action-request_correction').count()).toBe(0);

        await page.reload();
        const request = page.getByTestId('correction-request');
        await request.waitFor();
        expect(await request.locator('li').allInnerTexts()).toEqual([
          '身份证照片不清晰，请重新拍摄',
          '经营地址填写不详细，请补充门牌号',
        ]);
        await page.getByTestId('correct-now').click();
        await page.getByTestId('apply-form').waitFor();
        expect(await page.getByTestId('correction-items').locator('li').count()).toBe(2);
        // The fields those items talk about are marked.
        await page.locator('[data-field="address"].field-flag').waitFor();
        await page.locator('[data-testid="photo-idCardFront"].field-flag').waitFor();
        await page.getByLabel('详细地址').fill('潍城区符山镇南村中心街128号');
        await page.getByTestId('file-idCardFront').setInputFiles(await jpeg(page, 'id-again'));
        await page.locator('[data-testid="photo-idCardFront"][data-uploaded="yes"]').waitFor();
        await confirmSubmission(page);
        await page.getByTestId('application-view').waitFor();
        await page.getByTestId('status-badge').filter({ hasText: '已补正' }).waitFor();

        await cp.reload();
        await cp.getByTestId('status-badge').filter({ hasText: '已补正' }).waitFor();
        expect(await cp.getByTestId('case-view').innerText()).toContain('中心街128号');
        await act(cp, 'accept', '已受理');
      } finally {
        await clerk?.context.close();
        await applicant.context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
