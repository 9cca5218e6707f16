/**
 * The supervision record and its rules: the 潍城区 approver opens a licence from 综合查询,
 * records a penalty (行政处罚) and sees its class fall, registers a complaint and sees its draw
 * weight rise; the class rules and the conflict register at /supervision/register (a conflict
 * added, then removed). Desktop, and the same screens on a 390 px phone in normal and large text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, TIMEOUT, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

async function phoneShots(page: Page, name: string, ready: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const mode of ['normal', 'large'] as const) {
    if (mode === 'large') await largeText(page, true);
    await page.getByTestId(ready).waitFor();
    await settle(page);
    await checkLayout(page, `${name} (phone, ${mode} text)`);
    await screenshot(page, `phone-${mode}-${name}`);
  }
  await largeText(page, false);
}

describe('supervision record, class rules and conflicts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'an approver records a penalty and a complaint on a licence',
    async () => {
      const { page, context } = await open(browser, { device: 'desktop' });
      await signInStaff(page, 'approver.weicheng');
      await page.goto('/search?q=%E5%BB%BA%E5%9B%BD%E7%83%9F%E9%85%92%E5%95%86%E8%A1%8C');
      await page.getByTestId('search-item-licence').first().click();
      await page.getByTestId('licence-view').waitFor();
      const record = page.getByTestId('supervision-record');
      await record.waitFor();
      const klass = page.getByTestId('licence-compliance');
      const before = await klass.innerText();

      await page.getByTestId('penalty-open').click();
      await page.getByLabel('处罚种类').selectOption('fine');
      await page.getByLabel('处罚决定书文号（可不填）').fill('潍城烟罚〔2026〕第88号');
      await page.getByLabel('违法事实').fill('向未成年人销售卷烟');
      await page.getByTestId('penalty-save').click();
      await expect
        .poll(() => page.getByTestId('record-penalties').innerText(), { timeout: TIMEOUT })
        .toContain('第88号');
      // The page's class line is read with the licence; the record's own answer is fresh.
      await page.reload();
      await page.getByTestId('record-penalties').waitFor();
      expect(await klass.innerText()).not.toBe(before);
      expect(await klass.innerText()).toMatch(/ 90 分|分/);

      const weight = page.getByTestId('record-weight');
      const w0 = await weight.innerText();
      await page.getByTestId('complaint-open').click();
      await page.getByLabel('来源').selectOption('hotline');
      await page.getByLabel('投诉内容').fill('群众来电反映该店向未成年人售烟');
      await page.getByTestId('complaint-save').click();
      await expect.poll(() => weight.innerText(), { timeout: TIMEOUT }).toMatch(/近期投诉 1 件/);
      expect(await weight.innerText()).not.toBe(w0);
      expect(await page.getByTestId('record-complaints').innerText()).toContain('12313 热线');

      // A bad date: refused, said on the form, nothing recorded.
      await page.getByLabel('收到日期').fill('2099-01-01');
      await page.getByLabel('投诉内容').fill('重复登记的测试投诉');
      await page.getByTestId('complaint-save').click();
      await page.getByTestId('complaint-form').getByRole('alert').waitFor();
      expect(await page.getByTestId('record-complaints').locator('li').count()).toBe(1);

      await settle(page);
      await checkLayout(page, 'licence supervision record (desktop)');
      await screenshot(page, 'desktop-licence-record');
      await phoneShots(page, 'licence-record', 'supervision-record');
      await context.close();
    },
    TEST_TIMEOUT * 2,
  );

  test(
    'the class rules are read, and a conflict is registered and removed',
    async () => {
      const { page, context } = await open(browser, { device: 'desktop' });
      await signInStaff(page, 'approver.weicheng');
      // A licence of 潍城区 (the demo applicant's 建国烟酒商行): its number from its page.
      await page.goto('/search?q=%E5%BB%BA%E5%9B%BD%E7%83%9F%E9%85%92%E5%95%86%E8%A1%8C');
      await page.getByTestId('search-item-licence').first().click();
      const number = (await page.getByTestId('licence-number').innerText()).trim();
      await page.locator('[data-testid=staff-nav] a[href="/supervision"]').click();
      await page.getByTestId('register-link').click();
      await page.getByTestId('rules-form').waitFor();
      // Approvers read the rules; only the admin saves them.
      expect(await page.getByTestId('rules-save').count()).toBe(0);
      expect(await page.getByLabel('A 类不低于').inputValue()).toBe('91');

      const form = page.getByTestId('conflict-form');
      await form.getByLabel('核查人员').selectOption({ index: 1 });
      await form.getByLabel('许可证号').fill(number);
      await form.getByLabel('回避事由').fill('核查人员系该零售户经营者的近亲属');
      await page.getByTestId('conflict-save').click();
      const list = page.getByTestId('conflict-list');
      await expect
        .poll(() => list.innerText().catch(() => ''), { timeout: TIMEOUT })
        .toContain(number);
      await settle(page);
      await checkLayout(page, 'class rules and conflicts (desktop)');
      await screenshot(page, 'desktop-supervision-register');
      await phoneShots(page, 'supervision-register', 'conflicts-section');
      await page.setViewportSize({ width: 1280, height: 900 });
      // Its own entry: the seed's declared conflicts are listed too.
      await list.locator('li', { hasText: number }).getByTestId('conflict-remove').click();
      await expect
        .poll(() => page.getByTestId('conflicts-section').innerText(), { timeout: TIMEOUT })
        .not.toContain(number);
      await context.close();

      // The admin may change a rule; an impossible one is refused with its reason.
      const admin = await open(browser, { device: 'desktop' });
      await signInStaff(admin.page, 'admin');
      await admin.page.goto('/supervision/register');
      await admin.page.getByTestId('rules-form').waitFor();
      await admin.page.getByLabel('B 类不低于').fill('95');
      await admin.page.getByTestId('rules-save').click();
      await admin.page.getByTestId('rules-error').waitFor();
      await admin.page.getByLabel('B 类不低于').fill('81');
      await admin.page.getByLabel('每件投诉增加权重').fill('0.6');
      await admin.page.getByTestId('rules-save').click();
      await admin.page.getByText('规则已保存').waitFor();
      await admin.context.close();
    },
    TEST_TIMEOUT * 2,
  );
});
