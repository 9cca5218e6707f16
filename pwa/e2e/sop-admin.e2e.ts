/**
 * 办理规程: an admin opens a business type's SOP, is told in words that a promise longer than
 * the law cannot be saved, saves a shorter promise with three decision levels as a new version,
 * sees it in the history, and restores one level (the other journeys decide 歇业 cases alone).
 * A clerk's case page shows the procedure and the decision levels. Phone (normal and large
 * text) and desktop.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

async function saveVersion(p: Page, note: string): Promise<void> {
  await p.getByLabel('修改说明').fill(note);
  await p.getByRole('button', { name: '保存为新版本' }).click();
  await p.getByTestId('sop-history').getByText(note).waitFor();
}

describe('SOP settings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'an admin saves a shorter promise with three levels; a longer one is refused in words',
    async () => {
      const phone = await open(browser, { device: 'phone' });
      const desk = await open(browser, { device: 'desktop' });
      try {
        const p = phone.page;
        await signInStaff(p, 'admin');
        await p.goto('/admin/sop');
        await p.getByTestId('sop-editor').waitFor();
        await p.getByLabel('事项').selectOption('closure');
        const before = await p.getByTestId('sop-history').locator('li').count();
        const decision = p.locator('[data-step="decision"]');
        await decision.getByLabel('承诺（工作日）').fill('25');
        await decision
          .getByRole('alert')
          .filter({ hasText: '不能超过法定的 20 个工作日' })
          .waitFor();
        await p.getByLabel('修改说明').fill('压缩办结时限');
        expect(await p.getByRole('button', { name: '保存为新版本' }).isDisabled()).toBe(true);
        await decision.getByLabel('承诺（工作日）').fill('10');
        await p.locator('[data-step="delivery"]').getByLabel('承诺（工作日）').fill('5');
        await p.getByLabel('三级：承办人拟办 → 审核人审核 → 负责人决定').check();
        await settle(p);
        await checkLayout(p, 'SOP editor (phone)');
        await screenshot(p, 'phone-normal-sop-admin');
        await saveVersion(p, '压缩办结时限，三级审批');
        expect(await p.getByTestId('sop-current').innerText()).toContain('决定 10 · 送达 5');
        expect(await p.getByTestId('sop-history').locator('li').count()).toBe(before + 1);

        await largeText(p, true);
        await p.getByTestId('sop-editor').waitFor();
        await p.getByLabel('事项').selectOption('closure');
        await p.getByTestId('sop-history').getByText('压缩办结时限，三级审批').waitFor();
        await settle(p);
        await checkLayout(p, 'SOP editor (phone, large text)');
        await screenshot(p, 'phone-large-sop-admin');
        await p.getByLabel('一级：负责人决定').check();
        await saveVersion(p, '恢复负责人一级决定');
        expect(await p.getByTestId('sop-current').innerText()).toContain('一级');

        const d = desk.page;
        await signInStaff(d, 'admin');
        await d.getByTestId('staff-nav').getByRole('link', { name: '办理规程' }).click();
        await d.getByLabel('事项').selectOption('closure');
        await d.getByTestId('sop-history').getByText('恢复负责人一级决定').waitFor();
        await settle(d);
        await checkLayout(d, 'SOP editor (desktop)');
        await screenshot(d, 'desktop-sop-admin');
      } finally {
        await phone.context.close();
        await desk.context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'a case page shows its procedure and the decision levels',
    async () => {
      const desk = await open(browser, { device: 'desktop' });
      try {
        const d = desk.page;
        await signInStaff(d, 'clerk');
        await d.goto('/queue?status=accepted');
        await d.getByTestId('queue-row').first().click();
        const panel = d.getByTestId('case-levels');
        await panel.waitFor();
        expect(await panel.innerText()).toContain('负责人决定');
        await panel.locator('[data-level="decide"]').waitFor();
        await settle(d);
        await checkLayout(d, 'case with its decision levels (desktop)');
        await screenshot(d, 'desktop-case-levels');
      } finally {
        await desk.context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
