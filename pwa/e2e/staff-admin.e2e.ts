/**
 * 人员管理 and 审计日志: an admin creates a clerk with a first password; the clerk signs in,
 * is held at the password change until the new one meets the policy, then works; the admin
 * finds the creation in the audit log and exports it as CSV. Screens on desktop and phone.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

const FIRST = 'Gr4nite-Harbour!';
const NEXT = 'Quiet#Lantern-92';

describe('staff accounts and the audit log', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a new clerk changes the first password before working; the admin audits it',
    async () => {
      const username = `zhao${Date.now() % 100000}`;
      const admin = await open(browser, { device: 'desktop' });
      const clerk = await open(browser, { device: 'phone' });
      try {
        const a = admin.page;
        await signInStaff(a, 'admin');
        await a.getByTestId('staff-nav').getByRole('link', { name: '人员管理' }).click();
        await a.getByTestId('staff-row').first().waitFor();
        await a.getByRole('button', { name: '新建账号' }).click();
        const form = a.getByTestId('staff-new');
        await form.getByLabel('账号名').fill(username);
        await form.getByLabel('姓名（显示名）').fill('赵新员');
        await form.getByLabel('岗位').selectOption('clerk');
        await form.getByLabel('潍城区').check();
        // A weak password is refused in words, and nothing is created.
        await form.getByLabel('初始密码').fill('xuke2026');
        await form.getByRole('button', { name: '创建账号' }).click();
        await form.getByRole('alert').filter({ hasText: '密码至少10个字符' }).waitFor();
        await form.getByLabel('初始密码').fill(FIRST);
        await settle(a);
        await checkLayout(a, 'new staff account (desktop)');
        await screenshot(a, 'admin-staff-new-desktop');
        await form.getByRole('button', { name: '创建账号' }).click();
        await a.getByTestId('staff-row').filter({ hasText: username }).waitFor();
        expect(
          await a.getByTestId('staff-row').filter({ hasText: username }).innerText(),
        ).toContain('待改密码');

        const c = clerk.page;
        await c.getByTestId('mode-staff').click();
        await c.getByLabel('用户名').fill(username);
        await c.getByLabel('密码').fill(FIRST);
        await c.getByRole('button', { name: '登录', exact: true }).click();
        await c.getByTestId('change-password').waitFor();
        expect(await c.getByTestId('staff-nav').count()).toBe(0);
        await largeText(c, true);
        await c.getByTestId('change-password').waitFor();
        await settle(c);
        await checkLayout(c, 'password change (phone, large text)');
        await screenshot(c, 'admin-password-phone-large');
        await c.getByLabel('当前密码').fill(FIRST);
        await c.getByLabel('新密码', { exact: true }).fill(NEXT);
        await c.getByLabel('再次输入新密码').fill(NEXT);
        await c.getByTestId('pw-save').click();
        await c.getByTestId('staff-nav').waitFor();

        await a.getByTestId('staff-nav').getByRole('link', { name: '审计日志' }).click();
        await a.getByLabel('操作', { exact: true }).selectOption('staff_account_created');
        await a.getByRole('button', { name: '查询' }).click();
        await a.getByTestId('audit-row').filter({ hasText: username }).waitFor();
        await settle(a);
        await checkLayout(a, 'audit log (desktop)');
        await screenshot(a, 'admin-audit-desktop');
        const [download] = await Promise.all([
          a.waitForEvent('download'),
          a.getByTestId('audit-export').click(),
        ]);
        const csv = readFileSync((await download.path())!, 'utf8');
        expect(csv).toContain('staff_account_created');
        expect(csv).toContain(username);
      } finally {
        await admin.context.close();
        await clerk.context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'the units’ settings: each unit its own card, saved only once changed, a bad pattern refused as typed',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'admin');
        await page.getByTestId('staff-nav').getByRole('link', { name: '设置' }).click();
        const unit = page.locator('[data-testid=unit-settings][data-code="370702"]');
        await unit.waitFor();
        expect(await page.getByTestId('unit-settings').count()).toBeGreaterThan(10);
        const save = unit.getByRole('button', { name: '保存' });
        const pattern = unit.getByLabel('许可证号规则');
        const before = await pattern.inputValue();
        // Nothing changed yet: nothing to save.
        expect(await save.isDisabled()).toBe(true);
        await pattern.fill('{county}{year}');
        await unit.getByText('规则无效').waitFor();
        expect(await save.isDisabled()).toBe(true);
        await pattern.fill('WF-{year}-{seq:6}');
        await unit.getByText(/下一个号码：WF-\d{4}-\d{6}/).waitFor();
        expect(await save.isEnabled()).toBe(true);
        await settle(page);
        await checkLayout(page, 'the units’ settings (desktop)');
        await screenshot(page, 'admin-units-desktop');
        // Typed back as it was: unchanged again, and left unsaved (other journeys issue numbers).
        await pattern.fill(before);
        expect(await save.isDisabled()).toBe(true);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
