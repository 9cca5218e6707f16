/**
 * 协助更换手机号 at the window: an applicant with a verified real name has lost the old phone.
 * A clerk sends a code to the new phone, enters it with the ID card's name and number and the
 * reason; a wrong ID number is refused first and changes nothing. The account moves, the
 * applicant's old session ends, and the new number signs in to the same account. The clerk's
 * screen on a desktop and on a 390 px phone in normal and large text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomIdNumber } from './apply-helpers';
import {
  TEST_TIMEOUT,
  TIMEOUT,
  launch,
  open,
  randomPhone,
  readSmsCode,
  signInApplicant,
  signInStaff,
} from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

async function shot(page: Page, name: string, where: string): Promise<void> {
  await page.getByTestId('assisted-phone').waitFor();
  await settle(page);
  await checkLayout(page, `${name} (${where})`);
  await screenshot(page, name);
}

/** The form as the clerk fills it (the code was sent to the new phone before). */
async function fill(page: Page, f: Record<'old' | 'new' | 'code' | 'name' | 'id', string>) {
  await page.getByLabel('原手机号（账号）').fill(f.old);
  await page.getByLabel('新手机号').fill(f.new);
  await page.getByLabel('新手机收到的验证码').fill(f.code);
  await page.getByLabel('姓名（与身份证一致）').fill(f.name);
  await page.getByLabel('居民身份证号码').fill(f.id);
  await page.getByLabel('办理原因').fill('原手机遗失，已核验本人身份证原件');
}

describe('phone change at the window (协助更换手机号)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a clerk moves a verified applicant to a new phone after the ID check',
    async () => {
      const name = '周建华';
      const idNumber = randomIdNumber();
      const oldPhone = randomPhone();
      const newPhone = randomPhone();
      const applicant = await open(browser, { device: 'phone' });
      await signInApplicant(applicant.page, oldPhone);
      await applicant.page.getByTestId('tab-services').click();
      await applicant.page.getByLabel('姓名', { exact: true }).fill(name);
      await applicant.page.getByLabel('居民身份证号码').fill(idNumber);
      await applicant.page.getByTestId('realname-consent').check();
      await applicant.page.getByRole('button', { name: '提交认证' }).click();
      await applicant.page.getByTestId('realname-form').waitFor({ state: 'detached' });

      const { page, context } = await open(browser, { device: 'desktop' });
      await signInStaff(page, 'clerk');
      await page.getByTestId('staff-nav').getByRole('link', { name: '更换手机号' }).click();
      await page.getByTestId('assisted-phone').waitFor();
      await page.getByLabel('原手机号（账号）').fill(oldPhone);
      await page.getByLabel('新手机号').fill(newPhone);
      await page.getByTestId('ap-send').click();
      await page.getByText('验证码已发送到新手机号').waitFor();
      const code = await readSmsCode(page, newPhone);

      // Another person's ID number: refused, said, and the account stays where it was.
      const form = { old: oldPhone, new: newPhone, code, name, id: randomIdNumber() };
      await fill(page, form);
      await page.getByTestId('ap-confirm').click();
      const status = page.getByTestId('ap-status');
      await page.locator('[data-testid=ap-status][role=alert]').waitFor();
      expect(await status.innerText()).toContain('与该账号实名认证的信息不一致');
      await shot(page, 'desktop-assisted-phone', 'desktop');
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, 'phone-normal-assisted-phone', 'phone, normal text');

      // On the phone in large text, with the right ID number (the code was not spent).
      await largeText(page, true);
      await fill(page, { ...form, id: idNumber });
      await shot(page, 'phone-large-assisted-phone', 'phone, large text');
      await page.getByTestId('ap-confirm').click();
      await expect
        .poll(() => status.innerText(), { timeout: TIMEOUT })
        .toMatch(/已更换为 \d{3}\*{4}\d{4}/);
      await largeText(page, false);
      await context.close();

      // The lost phone's session is over; the new number reaches the same verified account.
      await applicant.page.reload();
      await applicant.page.getByTestId('mode-applicant').waitFor();
      await signInApplicant(applicant.page, newPhone);
      await applicant.page.getByTestId('tab-services').click();
      await expect
        .poll(() => applicant.page.getByTestId('realname-form').count(), { timeout: TIMEOUT })
        .toBe(0);
      await applicant.context.close();
    },
    TEST_TIMEOUT * 2,
  );
});
