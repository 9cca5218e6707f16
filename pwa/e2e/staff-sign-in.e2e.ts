/**
 * Staff sign-in throttling as a clerk meets it: after two wrong passwords the form says why it
 * must wait and counts down on its button; once the server's wait is over, the right password
 * signs in. Screenshots of the waiting form go to test-results/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, launch, open, signInStaff } from './helpers';

// An account no other journey signs in with: its wait must not slow the others down.
const USERNAME = 'clerk.linqu';

async function failTwice(page: Page, username: string): Promise<void> {
  await page.getByTestId('mode-staff').click();
  await page.getByLabel('用户名').fill(username);
  for (let i = 0; i < 2; i++) {
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByTestId('staff-submit').click();
    await page.getByTestId('form-error').getByText('用户名或密码不正确').waitFor();
  }
}

describe('staff sign-in after wrong passwords', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'the form shows the wait, counts it down, then signs in',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await failTwice(page, USERNAME);
        const submit = page.getByTestId('staff-submit');
        await expect.poll(() => submit.innerText()).toMatch(/^\d 秒后可再次登录$/);
        expect(await submit.isDisabled()).toBe(true);
        await page.getByTestId('form-error').getByText('为保护账号安全').waitFor();
        await page.screenshot({ path: 'test-results/staff-sign-in-wait-desktop.png' });
        // The server's wait (5 s) runs out; the button comes back and the password works.
        await page.getByRole('button', { name: '登录', exact: true }).waitFor({ timeout: 10_000 });
        await signInStaff(page, USERNAME);
        expect(await page.getByTestId('staff-nav').isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'on a phone, in normal and large text',
    async () => {
      for (const large of [false, true]) {
        const { context, page } = await open(browser, { device: 'phone' });
        try {
          if (large) {
            await page.evaluate(() => localStorage.setItem('xuke.largeText', '1'));
            await page.reload();
          }
          // A name that is no account: the wait is the same, and nobody else is slowed down.
          await failTwice(page, `nobody.${large ? 'large' : 'normal'}`);
          await expect
            .poll(() => page.getByTestId('staff-submit').innerText())
            .toMatch(/秒后可再次登录$/);
          const file = `test-results/staff-sign-in-wait-phone${large ? '-large' : ''}.png`;
          await page.screenshot({ path: file, fullPage: true });
        } finally {
          await context.close();
        }
      }
    },
    TEST_TIMEOUT,
  );
});
