import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, launch, open, randomPhone, signInApplicant } from './helpers';
import { fillNewApplication, verifiedApplicant } from './apply-helpers';
import { largeText, shoot } from './shots';

describe('before 提交申请: the summary, the promise and the consents', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'shows what will be sent; nothing is sent until the promise and both consents are ticked',
    async () => {
      const shop = `核对承诺便利店${Date.now() % 100000}`;
      const applicant = await verifiedApplicant(browser);
      const { page } = applicant;
      try {
        await fillNewApplication(page, shop);
        // Required fields are marked from the start, not only after a failed submit.
        const form = page.getByTestId('apply-form');
        expect(await form.locator('.required-mark').count()).toBeGreaterThanOrEqual(10);
        await form.locator('[data-field="shopName"] .required-mark').waitFor();
        // The name came from the verified identity, and the hint says so only while it does.
        const nameField = page.locator('[data-field="operatorName"]');
        expect(await nameField.innerText()).toContain('已按您的实名认证信息填写');
        await page.getByLabel('经营者姓名').fill('');
        expect(await nameField.innerText()).not.toContain('已按您的实名认证信息填写');
        await page.getByLabel('经营者姓名').fill(applicant.name);

        await page.getByTestId('submit-application').click();
        const review = page.getByTestId('review-step');
        await review.waitFor();
        const text = await review.innerText();
        expect(text).toContain(shop);
        expect(text).toContain('潍城区');
        expect(text).toMatch(/\d{6}\*+\d{3}[\dX]|\*{4}/); // the ID number, masked on screen
        expect(await page.getByTestId('review-photos').locator('li').count()).toBe(3);
        // The promise (告知承诺) and the consent facts PIPL asks for.
        expect(await page.getByTestId('promise').innerText()).toContain('真实、准确、完整');
        const consent = await page.getByTestId('consent').innerText();
        for (const fact of ['处理者', '潍坊市烟草专卖局', '目的', '保存期限', '撤回同意']) {
          expect(consent).toContain(fact);
        }
        expect(consent).toContain('身份证号码和身份证照片中的人脸图像');
        // Nothing is ticked for the applicant.
        for (const c of ['promise', 'personalInfo', 'sensitiveInfo']) {
          expect(await page.getByTestId(`consent-${c}`).isChecked()).toBe(false);
        }
        await shoot(page, 'summary-phone');

        // Without the ticks: refused on the phone, nothing sent.
        await page.getByTestId('confirm-submit').click();
        await page.getByTestId('consent-error').waitFor();
        await page.getByTestId('consent-promise').check();
        await page.getByTestId('confirm-submit').click();
        expect(await page.getByTestId('consent-error').innerText()).toContain('2');
        await shoot(page, 'summary-phone-refused');
        const mine = async () =>
          (
            (await (await page.request.get(`${BASE_URL}/api/my/applications`)).json()) as {
              items: { shopName: string; status: string }[];
            }
          ).items.filter((a) => a.shopName === shop && a.status !== 'draft');
        expect(await mine()).toEqual([]);
        // …and by the server, whatever a client sends: no consent, no submission.
        const bare = await page.request.post(`${BASE_URL}/api/my/applications/submissions`, {
          data: { idempotencyKey: crypto.randomUUID(), type: 'reissue', licenceId: 'x', form: {} },
          headers: { origin: BASE_URL },
        });
        expect(bare.status()).toBe(422);
        expect(((await bare.json()) as { error: { code: string } }).error.code).toBe(
          'CONSENT_REQUIRED',
        );

        await largeText(page, true);
        await page.getByTestId('apply-form').waitFor();
        await shoot(page, 'form-required-phone-large');
        await page.getByTestId('submit-application').click();
        await page.getByTestId('review-step').waitFor();
        await shoot(page, 'summary-phone-large');
        for (const c of ['promise', 'personalInfo', 'sensitiveInfo']) {
          await page.getByTestId(`consent-${c}`).check();
        }
        await page.getByTestId('confirm-submit').click();
        await page.getByTestId('application-view').waitFor();
        await page.getByTestId('status-badge').filter({ hasText: '已提交' }).waitFor();
        expect(await mine()).toHaveLength(1);
      } finally {
        await applicant.context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );

  test(
    'a new applicant is led to 实名认证; a draft opens its form and is deleted, not withdrawn',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', path: '/privacy' });
      try {
        // The privacy notice, open to everyone before signing in.
        await page.getByTestId('privacy-view').waitFor();
        await shoot(page, 'privacy-phone');
        await page.getByRole('link', { name: /返回/ }).click();
        await signInApplicant(page, randomPhone());
        await page.getByTestId('realname-view').waitFor();
        await shoot(page, 'realname-first-phone');
        await page.getByTestId('realname-later').click();
        await page.getByTestId('realname-lead').waitFor();

        await page.getByTestId('tab-apply').click();
        await page.getByTestId('new-application').click();
        await page.getByRole('radio', { name: /新办/ }).check();
        await page.getByTestId('create-draft').click();
        await page.getByTestId('apply-form').waitFor();
        // Not verified: the name is not "filled in from your verified identity".
        expect(await page.locator('[data-field="operatorName"]').innerText()).not.toContain(
          '已按您的实名认证信息填写',
        );
        await page.getByLabel('店铺名称').fill('想开的小店');
        await page.getByText('已保存（服务器）').waitFor();
        await shoot(page, 'draft-unverified-phone');

        await page.getByTestId('tab-apply').click();
        const card = page.getByTestId('application-card').filter({ hasText: '想开的小店' });
        await card.click();
        // A draft opens its form, which offers 删除草稿 and no 撤回.
        await page.getByTestId('apply-form').waitFor();
        expect(await page.getByTestId('withdraw').count()).toBe(0);
        await page.getByTestId('delete-draft').click();
        await page.getByTestId('dialog-delete-draft').getByTestId('dialog-submit').click();
        await page.getByTestId('my-applications').waitFor();
        await page.getByText('您还没有申请').waitFor();
        const list = (await (await page.request.get(`${BASE_URL}/api/my/applications`)).json()) as {
          items: unknown[];
        };
        expect(list.items).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
