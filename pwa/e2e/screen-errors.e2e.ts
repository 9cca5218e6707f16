/**
 * A screen that breaks does not break the app: a chunk that cannot be fetched, a render
 * error and a failed request each show their own calm state, the header and the navigation
 * keep working, and "重试" recovers. Service workers are blocked so that page.route() sees
 * every request. Screenshots go to test-results/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  TEST_TIMEOUT,
  launch,
  open,
  randomPhone,
  rolePlan,
  signInApplicant,
  signInStaff,
} from './helpers';

/** The built file of a lazy screen, e.g. `assets/rate-view-abc.js`. */
function chunkOf(role: 'applicant' | 'staff', name: string): string {
  const file = rolePlan().plan.roles[role].find((f) => f.startsWith(`assets/${name}-`));
  if (!file) throw new Error(`no ${name} chunk for ${role}`);
  return file;
}

function consoleErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(m.text());
  });
  return seen;
}

async function largeText(page: Page, on: boolean) {
  await page.evaluate((v) => localStorage.setItem('xuke.largeText', v ? '1' : '0'), on);
  await page.reload();
}

describe('a screen that fails', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'whose chunk cannot be fetched says so, keeps the tabs, and loads on retry (phone)',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', serviceWorkers: 'block' });
      const errors = consoleErrors(page);
      try {
        await signInApplicant(page, randomPhone());
        const rate = chunkOf('applicant', 'rate-view');
        await context.route(`**/${rate}`, (r) => r.abort('internetdisconnected'));

        await page.getByTestId('tab-rate').click();
        const failed = page.getByTestId('screen-failed');
        await failed.waitFor();
        expect(await failed.getAttribute('data-kind')).toBe('not-loaded');
        expect(await failed.innerText()).toContain('这个页面没能打开');
        expect(await page.getByTestId('not-found').count()).toBe(0);
        expect(errors.some((e) => e.includes('[xuke] the "rate" screen failed at /rate'))).toBe(
          true,
        );
        await page.screenshot({ path: 'test-results/screen-not-loaded-phone.png' });
        await largeText(page, true);
        await failed.waitFor();
        await page.screenshot({ path: 'test-results/screen-not-loaded-phone-large.png' });
        await largeText(page, false);
        await failed.waitFor();

        // The tab bar still works, and so does the screen once its chunk can be fetched.
        await page.getByTestId('tab-services').click();
        await page.getByTestId('services-view').waitFor();
        await page.getByTestId('tab-rate').click();
        await failed.waitFor();
        await context.unroute(`**/${rate}`);
        await failed.getByRole('button', { name: '重试' }).click();
        await page.getByTestId('rate-view').waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'that throws while rendering shows the message, not a blank app (phone)',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', serviceWorkers: 'block' });
      const errors = consoleErrors(page);
      try {
        await signInApplicant(page, randomPhone());
        // A reply the screen cannot render (a broken proxy, a server/app version mismatch).
        await context.route('**/api/my/applications', (r) =>
          r.fulfill({ contentType: 'application/json', body: '{"items":null}' }),
        );
        await page.getByTestId('tab-apply').click();
        const failed = page.getByTestId('screen-failed');
        await failed.waitFor();
        expect(await failed.getAttribute('data-kind')).toBe('crashed');
        expect(await failed.innerText()).toContain('这个页面出了点问题');
        expect(errors.some((e) => e.includes('the "applications" screen failed at /apply'))).toBe(
          true,
        );
        await page.getByTestId('applicant-tabs').waitFor();
        await page.screenshot({ path: 'test-results/screen-crashed-phone.png' });
        await largeText(page, true);
        await failed.waitFor();
        await page.screenshot({ path: 'test-results/screen-crashed-phone-large.png' });
        await largeText(page, false);
        await failed.waitFor();

        await context.unroute('**/api/my/applications');
        await failed.getByRole('button', { name: '重试' }).click();
        await page.getByTestId('my-applications').waitFor();
        await page.getByText('您还没有申请').waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'without network is offline, and only a real 404 is "not found" (phone)',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', serviceWorkers: 'block' });
      try {
        await signInApplicant(page, randomPhone());
        await page.goto(`/apply/${crypto.randomUUID()}`);
        const view = page.getByTestId('application-view');
        await view.getByTestId('state-not-found').waitFor();
        expect(await view.innerText()).toContain('没有找到这份申请');
        await page.screenshot({ path: 'test-results/state-not-found-phone.png' });

        // The same screen when the request never reaches the server.
        await context.route('**/api/my/applications/*', (r) => r.abort('internetdisconnected'));
        await page.goto(`/apply/${crypto.randomUUID()}`);
        await view.getByTestId('state-offline').waitFor();
        expect(await view.getByTestId('state-not-found').count()).toBe(0);
        expect(await view.innerText()).toContain('网络连接不可用');
        await page.screenshot({ path: 'test-results/state-offline-phone.png' });
        await largeText(page, true);
        await view.getByTestId('state-offline').waitFor();
        await page.screenshot({ path: 'test-results/state-offline-phone-large.png' });

        // Back online, 重试 asks the server again, which knows no such application.
        await context.unroute('**/api/my/applications/*');
        await view.getByTestId('state-offline').getByRole('button', { name: '重试' }).click();
        await view.getByTestId('state-not-found').waitFor();
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'on the workbench keeps the header and the nav, and recovers (desktop)',
    async () => {
      const { context, page } = await open(browser, { serviceWorkers: 'block' });
      try {
        await signInStaff(page, 'clerk');
        const warnings = chunkOf('staff', 'warnings-view');
        await context.route(`**/${warnings}`, (r) => r.abort('internetdisconnected'));
        await page.getByTestId('staff-nav').getByRole('link', { name: '预警' }).click();
        const failed = page.getByTestId('screen-failed');
        await failed.waitFor();
        await page.getByTestId('staff-identity').waitFor();
        await page.screenshot({ path: 'test-results/screen-not-loaded-desktop.png' });

        await context.unroute(`**/${warnings}`);
        await failed.getByRole('button', { name: '重试' }).click();
        await page.getByTestId('warnings-view').waitFor();

        // A case that does not exist is "not found", inside the workbench.
        await page.goto(`/queue/${crypto.randomUUID()}`);
        await page.getByTestId('case-view').getByTestId('state-not-found').waitFor();
        expect(await page.getByTestId('case-view').innerText()).toContain('没有找到这个案件');
        await page.screenshot({ path: 'test-results/state-not-found-desktop.png' });
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
