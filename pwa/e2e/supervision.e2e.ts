/**
 * 双随机、一公开: the city approver (desktop) previews 奎文区's population, draws a plan, sees
 * the drawn list with its pairs of inspectors, and has the server re-run the draw (and the
 * seeded demo plan's) to the same list; anyone on a phone reads the published results, which
 * name shops and licences but no person.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';

/** The demo's inspectors (worker/scripts/seed/staff.ts): never on the public page. */
const INSPECTOR_NAMES = ['陈刚', '孙丽', '钱浩', '王磊', '刘芳', '徐斌'];

describe('random inspections (双随机、一公开)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'an approver draws a plan, sees the pairs, and the draw reproduces',
    async () => {
      const { page } = await open(browser, { device: 'desktop' });
      await signInStaff(page, 'approver');
      await page.locator('[data-testid=staff-nav] a[href="/supervision"]').click();
      const list = page.getByTestId('plan-list');
      await list.waitFor();
      // The demo's plans (潍城区, 奎文区) are there, with their progress.
      expect(await list.locator('li').count()).toBeGreaterThanOrEqual(2);
      await expect.poll(() => list.innerText()).toMatch(/已完成 10\/30/);

      await page.getByTestId('new-plan').click();
      await page.getByTestId('plan-form').waitFor();
      await page.getByLabel('抽查区域').selectOption('370705');
      await page.getByText('按户数').click();
      await page.getByLabel('抽查户数').fill('6');
      const preview = page.getByTestId('plan-preview');
      await expect.poll(() => preview.innerText()).toMatch(/持证零售户 \d+ 户/);
      expect(await preview.innerText()).toMatch(/可派核查人员 3 名/);
      await settle(page);
      await checkLayout(page, 'new random-inspection plan (desktop)');
      await screenshot(page, 'desktop-supervision-new');
      await page.getByTestId('plan-create').click();

      await page.getByTestId('plan-view').waitFor();
      const rows = page.locator('[data-testid=plan-picks] tbody tr');
      await expect.poll(() => rows.count()).toBe(6);
      // Each drawn retailer has two of 奎文区's inspectors.
      for (const text of await rows.allInnerTexts()) {
        expect(text.match(/王磊|刘芳|徐斌/g)?.length).toBe(2);
      }
      expect(await page.getByTestId('plan-seed').innerText()).toMatch(/^\d+$/);
      await page.getByTestId('plan-verify').click();
      const verified = page.getByTestId('plan-verified');
      await verified.waitFor();
      expect(await verified.getAttribute('data-reproduces')).toBe('true');
      expect(await verified.innerText()).toContain('核对一致');
      await settle(page);
      await checkLayout(page, 'random-inspection plan (desktop)');
      await screenshot(page, 'desktop-supervision-plan');

      // The seeded demo plan, drawn from a fixed seed when the demo was made, reproduces too.
      await page.goto('/supervision/sp_demo_370702');
      await page.getByTestId('plan-seed').waitFor();
      expect(await page.getByTestId('plan-seed').innerText()).toBe('20261201');
      await page.getByTestId('plan-verify').click();
      await page.getByTestId('plan-verified').waitFor();
      expect(await page.getByTestId('plan-verified').getAttribute('data-reproduces')).toBe('true');

      // The same plan on a phone-sized window: the list scrolls inside its frame, not the page.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.getByTestId('plan-picks').waitFor();
      await settle(page);
      await checkLayout(page, 'random-inspection plan (phone)');
      await screenshot(page, 'phone-supervision-plan');
      await page.context().close();
    },
    TEST_TIMEOUT * 2,
  );

  test(
    'anyone reads the published results on a phone, without personal data',
    async () => {
      const { page } = await open(browser, { device: 'phone', path: '/public/supervision' });
      const results = page.getByTestId('public-result');
      await results.first().waitFor();
      expect(await results.count()).toBeGreaterThanOrEqual(10);
      const first = await results.first().innerText();
      expect(first).toMatch(/\d{6,}/);
      expect(first).toMatch(/合格|责令整改/);
      const text = await page.getByTestId('public-supervision').innerText();
      for (const name of INSPECTOR_NAMES) expect(text).not.toContain(name);
      expect(text).not.toMatch(/1[3-9]\d{9}/);
      expect(await page.getByTestId('public-plans').innerText()).toMatch(/奎文区/);
      await settle(page);
      await checkLayout(page, 'published results (phone)');
      await screenshot(page, 'phone-public-supervision');
      await page.context().close();
    },
    TEST_TIMEOUT,
  );
});
