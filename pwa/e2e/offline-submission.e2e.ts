import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, TIMEOUT, launch, waitForRoleCache } from './helpers';
import { confirmSubmission, fillNewApplication, verifiedApplicant } from './apply-helpers';

describe('an offline submission', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'is queued, sent after reconnecting, and arrives exactly once',
    async () => {
      const shop = `离线测试商店${Date.now() % 100000}`;
      const applicant = await verifiedApplicant(browser);
      const { context, page } = applicant;
      try {
        await fillNewApplication(page, shop);
        // Closing and reopening the app restores the draft as it was typed.
        await page.reload();
        await page.getByTestId('apply-form').waitFor();
        expect(await page.getByLabel('店铺名称').inputValue()).toBe(shop);
        await page.locator('[data-testid="photo-premisesProof"][data-uploaded="yes"]').waitFor();

        // The applicant's screens are kept on the phone since sign-in: the reload below works.
        await waitForRoleCache(page, 'applicant');
        await context.setOffline(true);
        await confirmSubmission(page);
        const queued = page.getByTestId('queued');
        await queued.waitFor();
        expect(await queued.innerText()).toContain('已排队，联网后自动提交');
        // Still offline: the sender keeps retrying with the same key, and nothing is lost on reload.
        await page.waitForTimeout(3000);
        await page.reload();
        await page.getByTestId('queued').waitFor();

        await context.setOffline(false);
        // The outbox delivers and the form gives way to the case.
        await page.getByTestId('application-view').waitFor({ timeout: TIMEOUT * 2 });
        await page.getByTestId('status-badge').filter({ hasText: '已提交' }).waitFor();

        const res = await page.request.get('/api/my/applications');
        expect(res.ok()).toBe(true);
        const body = (await res.json()) as { items: { shopName: string; status: string }[] };
        const mine = body.items.filter((a) => a.shopName === shop);
        expect(mine).toHaveLength(1);
        expect(mine[0]?.status).toBe('submitted');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
