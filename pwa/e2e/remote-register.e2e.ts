/**
 * 登记远程视频核查: a clerk registers a remote inspection from a 潍城区 case in 核查 (the phone
 * must be the applicant's own: a wrong one is refused in words), moves the appointment, and the
 * applicant finds both messages in the inbox and the inspection under 视频核查.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, launch, open, signInApplicant, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';

const headers = { origin: BASE_URL };

describe('registering a remote inspection', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a clerk registers and moves it; the applicant is told',
    async () => {
      const { page } = await open(browser, { device: 'desktop' });
      await signInStaff(page, 'clerk');
      const list = (await (
        await page.request.get(`${BASE_URL}/api/applications?status=inspection&county=370702`)
      ).json()) as { items: { id: string; type: string }[] };
      // Other journeys register inspections too: take a case without an open one.
      const busy = new Set(
        (
          (await (
            await page.request.get(`${BASE_URL}/api/inspections?state=open&pageSize=100`)
          ).json()) as { items: { applicationId: string }[] }
        ).items.map((i) => i.applicationId),
      );
      const kase = list.items.find(
        (i) => ['new', 'renewal', 'change', 'resume'].includes(i.type) && !busy.has(i.id),
      );
      expect(kase, 'a 潍城区 case in 核查 in the demo data').toBeTruthy();
      const id = kase!.id;
      const { phone } = (await (
        await page.request.post(`${BASE_URL}/api/applications/${id}/reveal-phone`, {
          data: { reason: '登记远程视频核查' },
          headers,
        })
      ).json()) as { phone: string };

      await page.goto(`${BASE_URL}/queue/${id}`);
      const panel = page.getByTestId('remote-panel');
      await panel.getByTestId('remote-register-open').click();
      const form = page.getByTestId('remote-register');
      await form
        .getByLabel('联系电话')
        .fill('13912345678' === phone ? '13912345679' : '13912345678');
      await form.getByLabel('联系人').fill('王测试');
      const lead = form.getByLabel('主核查人（主持视频）');
      await lead.locator('option').nth(1).waitFor({ state: 'attached' });
      await lead.selectOption({ index: 1 });
      await form.getByTestId('remote-observers').locator('input').first().check();
      await form.getByTestId('remote-register-submit').click();
      await form.getByText('联系电话须为该案件申请人已验证的手机号码').waitFor();
      await form.getByLabel('联系电话').fill(phone);
      await settle(page);
      await checkLayout(page, 'remote registration');
      await screenshot(page, 'remote-register');
      await form.getByTestId('remote-register-submit').click();
      const item = panel.getByTestId('remote-item');
      await item.waitFor();
      expect(await item.getAttribute('data-state')).toBe('scheduled');

      await item.getByTestId('remote-move-open').click();
      const move = panel.getByTestId('remote-move');
      await move.getByLabel('预约时间').fill('15:30');
      await move.getByLabel('调整原因').fill('申请人临时外出');
      await move.getByRole('button', { name: '保存并通知申请人' }).click();
      await expect.poll(() => panel.getByTestId('remote-item').innerText()).toContain('15:30');
      await settle(page);
      await checkLayout(page, 'the case with its remote inspection');
      await screenshot(page, 'remote-case-panel');
      await page.context().close();

      const applicant = await open(browser, { device: 'phone' });
      await signInApplicant(applicant.page, phone);
      await applicant.page.goto(`${BASE_URL}/inbox`);
      // Not necessarily the top one: the demo's messages of today carry their planned times of
      // day, which may be later than now in the early morning.
      const moved = applicant.page
        .getByTestId('inbox-item')
        .filter({ hasText: '远程视频核查时间变更' });
      await moved.first().waitFor();
      await moved.first().getByRole('button', { name: '查看视频核查' }).click();
      const mine = applicant.page.getByTestId('my-remote-item');
      await mine.first().waitFor();
      expect(await mine.first().innerText()).toContain('15:30');
      await settle(applicant.page);
      await checkLayout(applicant.page, 'the applicant’s video inspections');
      await screenshot(applicant.page, 'phone-my-remote');
      await applicant.context.close();
    },
    TEST_TIMEOUT * 2,
  );
});
