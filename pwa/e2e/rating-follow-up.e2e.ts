/**
 * 好差评 end to end: the demo applicant rates the refused 建国便民超市 case 非常不满意 on the
 * phone, with a photo, confirmed while offline (the outbox sends it once back online); the
 * 潍城区 clerk finds the follow-up under 预警, opens the case (the rater named, the clock
 * shown, the photo), replies in writing; the applicant reads the reply in the inbox and on the
 * case and answers 已解决; an admin sees the anonymous figures and the platform record.
 * Screens: the rating form on a phone in normal and large text, the follow-up on a desktop.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RATING_INDICATORS } from '../../worker/core/ratings';
import {
  DEMO_APPLICANT_PHONE,
  TEST_TIMEOUT,
  launch,
  open,
  signInApplicant,
  signInStaff,
} from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

const SHOP = '建国便民超市';
/** A 1×1 PNG. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const COMMENT = '核查后等了很久才出结果，也没人说明原因。';
const REPLY =
  '已电话联系您说明不予许可的原因（市场单元已饱和），并已要求窗口今后在决定前主动告知进度。';

/** Measures and photographs the screen now shown, in normal then large text. */
async function bothSizes(page: Page, name: string, ready: string): Promise<void> {
  for (const mode of ['normal', 'large'] as const) {
    if (mode === 'large') await largeText(page, true);
    await page.getByTestId(ready).waitFor();
    await settle(page);
    await checkLayout(page, `${name} (phone, ${mode} text)`);
    await screenshot(page, `phone-${mode}-${name}`);
  }
  await largeText(page, false);
  await page.getByTestId(ready).waitFor();
}

describe('好差评 with its follow-up', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'the applicant rates 非常不满意, the clerk replies, the applicant reads it and answers 已解决',
    async () => {
      const applicant = await open(browser, { device: 'phone', path: '/rate' });
      const clerk = await open(browser, { device: 'desktop' });
      const page = applicant.page;
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        await page.goto('/rate');
        const item = page.locator('.rate-item').filter({ hasText: SHOP });
        await item.getByTestId('rate-now').click();
        await page.getByTestId('rate-form').waitFor();
        await bothSizes(page, 'rate-form', 'rate-form');

        // Sending without a level says what is missing, and sends nothing.
        await page.getByTestId('rate-submit').click();
        await page.getByText('请为总体评价和每个分项选择一个等级').waitFor();
        for (const k of ['overall', ...RATING_INDICATORS]) {
          await page.getByTestId(`level-${k}-very_dissatisfied`).click();
        }
        expect(
          await page.getByTestId('level-overall-very_dissatisfied').getAttribute('aria-checked'),
        ).toBe('true');
        await page.getByLabel('意见建议（选填）').fill(COMMENT);
        // One photo: shrunk on the phone, kept there, uploaded with the rating.
        await page.getByTestId('rate-photo').setInputFiles({
          name: 'shop.png',
          mimeType: 'image/png',
          buffer: Buffer.from(PNG, 'base64'),
        });
        await page.getByAltText('评价照片预览').waitFor();
        await screenshot(page, 'phone-normal-rate-form-filled');
        await page.getByTestId('rate-submit').click();
        const confirm = page.getByTestId('rate-confirm');
        await confirm.waitFor();
        expect(await confirm.innerText()).toContain('非常不满意');
        // Sent without signal: kept on the phone, then sent once the network is back.
        await applicant.context.setOffline(true);
        await confirm.getByRole('button', { name: '提交评价' }).click();
        await page.getByTestId('rate-queued').waitFor();
        await applicant.context.setOffline(false);
        const followUp = page.getByTestId('rating-followup');
        await followUp.waitFor();
        expect(await followUp.innerText()).toContain('办理单位将于');
        const caseId = /\/rate\/([^/?]+)/.exec(page.url())?.[1] ?? '';
        expect(caseId).not.toBe('');
        await bothSizes(page, 'rate-given', 'rating-card');

        // The clerk of 潍城区: the follow-up under 预警, then on the case page.
        const c = clerk.page;
        await signInStaff(c, 'clerk');
        await c.goto('/warnings');
        const list = c.getByTestId('followup-list');
        await list.waitFor();
        const row = list.locator('.followups-item').filter({ hasText: SHOP });
        await row.waitFor();
        expect(await row.innerText()).toContain('非常不满意');
        await row.getByRole('link').click();
        const panel = c.getByTestId('followup-panel');
        await panel.waitFor();
        expect(await c.getByTestId('followup-rater').innerText()).toContain('王建国');
        expect(await panel.innerText()).toContain(COMMENT);
        // The photo came with it, and the clerk may open it.
        const photo = panel.getByRole('link', { name: '评价照片' });
        const href = (await photo.getAttribute('href')) ?? '';
        const got = await c.request.get(href);
        expect(got.status()).toBe(200);
        expect(got.headers()['content-type']).toBe('image/jpeg');
        await settle(c);
        await checkLayout(c, 'follow-up on the case page (desktop)');
        await screenshot(c, 'desktop-followup');
        await c.getByLabel(/书面答复/).fill(REPLY);
        await c.getByTestId('followup-reply-submit').click();
        const sure = c.getByTestId('followup-confirm');
        await sure.waitFor();
        await sure.getByRole('button', { name: '提交答复' }).click();
        await c.getByTestId('followup-reply').waitFor();
        expect(await c.getByTestId('followup-reply').innerText()).toBe(REPLY);
        await settle(c);
        await screenshot(c, 'desktop-followup-replied');

        // The applicant: the reply in the inbox, then on the case; answers 已解决.
        await page.goto('/inbox');
        const message = page.locator('li').filter({ hasText: '差评回访答复' }).first();
        await message.waitFor();
        expect(await message.innerText()).toContain(REPLY.slice(0, 12));
        await page.goto(`/apply/${caseId}`);
        const onCase = page.getByTestId('case-rating');
        await onCase.waitFor();
        expect(await onCase.getByTestId('rating-reply').innerText()).toBe(REPLY);
        await onCase.getByTestId('resolution-resolved').click();
        await onCase.getByTestId('resolution-submit').click();
        await onCase.getByTestId('rating-resolution').waitFor();
        expect(await onCase.getByTestId('rating-resolution').innerText()).toContain('已解决');
        await settle(page);
        await checkLayout(page, 'the reply and the 整改 answer on the case (phone)');
        await screenshot(page, 'phone-normal-rate-reply');

        // The clerk sees the answer too.
        await c.reload();
        await c.getByTestId('followup-resolution').waitFor();
        expect(await c.getByTestId('followup-resolution').innerText()).toContain('已解决');

        // An admin: the anonymous figures, and the rating as recorded for the provincial platform.
        const admin = await open(browser, { device: 'desktop' });
        try {
          await signInStaff(admin.page, 'admin');
          await admin.page.goto('/analysis');
          const stats = admin.page.getByTestId('rating-stats');
          await stats.waitFor();
          expect(await stats.innerText()).not.toContain('王建国');
          const log = admin.page.getByTestId('platform-log');
          await log.waitFor();
          const sent = log.locator('tr').filter({ hasText: '非常不满意' }).first();
          await sent.waitFor();
          expect(await sent.innerText()).toContain('已推送');
          await settle(admin.page);
          await checkLayout(admin.page, 'rating statistics and platform record (desktop)');
          await screenshot(admin.page, 'desktop-rating-stats');
        } finally {
          await admin.context.close();
        }
      } finally {
        await applicant.context.close();
        await clerk.context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
