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
    'the demo applicant sees applications, a timeline, licences and the messages of those cases',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', path: '/apply' });
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        await page.getByTestId('my-applications').waitFor();
        const cards = page.getByTestId('application-card');
        await cards.first().waitFor();
        expect(await cards.count()).toBeGreaterThan(0);

        // A case that was sent (a draft opens its form instead).
        await page.locator('[data-testid="application-card"]:not([href$="/edit"])').first().click();
        await page.getByTestId('application-view').waitFor();
        await page.getByTestId('timeline').waitFor();
        expect(await page.getByTestId('event').count()).toBeGreaterThan(0);

        await page.getByTestId('tab-services').click();
        await page.getByTestId('licence-card').first().waitFor();

        // The seeded inbox tells the story of those cases: the 补正 request of 建国超市, still
        // unread, leads to the case waiting for corrections.
        await page.getByTestId('unread-count').waitFor();
        await page.getByTestId('inbox-bell').click();
        await page.getByTestId('inbox-view').waitFor();
        const items = page.getByTestId('inbox-item');
        await items.first().waitFor();
        const texts = await items.allInnerTexts();
        // Titles in each type's own words: the demo's finished case is a 停业 (suspension).
        for (const title of ['申请已提交', '申请已受理', '不予许可', '准予停业', '停业手续已办结'])
          expect(
            texts.some((t) => t.includes(title)),
            `${title} in: ${texts.join(' | ')}`,
          ).toBe(true);
        const request = items.filter({ hasText: '请补正材料' });
        expect(await request.count()).toBe(1);
        expect(await request.innerText()).toContain(
          '1.租赁合同复印件不清晰；2.营业执照经营范围未包含烟草制品零售',
        );
        expect(await request.innerText()).toContain('未读');
        await request.getByRole('button', { name: '查看申请' }).click();
        await page.getByTestId('application-view').waitFor();
        await page.getByTestId('status-badge').filter({ hasText: '待补正' }).waitFor();
        await page.getByTestId('correction-request').waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
