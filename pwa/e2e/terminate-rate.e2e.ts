/**
 * 终止办理 end to end: the approver ends an accepted 潍城区 case whose premises cannot be found
 * (the dialog warns it ends the case, asks for a ground and the facts, and previews the notice);
 * a clerk is not offered the button; the applicant sees 已终止办理 with the ground and the
 * reason on the phone, the notice in the inbox, and rates the case from its page.
 * Screens: the dialog on a desktop, the terminated case on a phone in normal and large text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RATING_INDICATORS } from '../../worker/core/ratings';
import {
  BASE_URL,
  DEMO_APPLICANT_PHONE,
  TEST_TIMEOUT,
  launch,
  open,
  signInApplicant,
  signInStaff,
} from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

const FACTS = '两次上门核查，申报地址为空置门面，电话联系申请人未接通。';

/**
 * An accepted 潍城区 case of someone other than the demo applicant (whose cases other journeys
 * use), from the end of the queue, and its applicant's phone (revealed with a reason, audited).
 */
async function caseToEnd(page: Page): Promise<{ id: string; phone: string }> {
  const res = await page.request.get('/api/applications?status=accepted&county=370702&pageSize=50');
  const { items } = (await res.json()) as { items: { id: string }[] };
  for (const { id } of [...items].reverse()) {
    const r = await page.request.post(`/api/applications/${id}/reveal-phone`, {
      data: { reason: '终止办理前电话联系申请人' },
    });
    const { phone } = (await r.json()) as { phone?: string };
    if (phone && phone !== DEMO_APPLICANT_PHONE) return { id, phone };
  }
  throw new Error('seed: no accepted 潍城区 case of another applicant');
}

describe('终止办理 and its rating', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'the approver terminates a case; the applicant sees why and rates it',
    async () => {
      const approver = await open(browser, { device: 'desktop' });
      const clerk = await open(browser, { device: 'desktop' });
      const applicant = await open(browser, { device: 'phone' });
      try {
        const a = approver.page;
        await signInStaff(a, 'approver');
        const { id, phone } = await caseToEnd(a);

        // A clerk of the county works the case but is not offered to end it.
        await signInStaff(clerk.page, 'clerk');
        await clerk.page.goto(`${BASE_URL}/queue/${id}`);
        await clerk.page.getByTestId('case-actions').waitFor();
        await clerk.page.getByTestId('status-badge').filter({ hasText: '已受理' }).waitFor();
        expect(await clerk.page.getByTestId('action-terminate').count()).toBe(0);

        await a.goto(`${BASE_URL}/queue/${id}`);
        await a.getByTestId('status-badge').filter({ hasText: '已受理' }).waitFor();
        await a.getByTestId('action-terminate').click();
        const dialog = a.getByTestId('dialog-terminate');
        await dialog.getByTestId('terminate-warning').waitFor();
        expect(await dialog.getByTestId('terminate-warning').innerText()).toContain('不可撤销');
        // A lapsed correction does not fit an accepted case: not offered.
        const grounds = dialog.getByTestId('termination-grounds');
        expect(await grounds.innerText()).not.toContain('逾期未提交补正材料');
        // Nothing chosen: told what is missing, nothing sent.
        await dialog.getByTestId('dialog-submit').click();
        await dialog.getByText('请选择终止理由类别').waitFor();
        await grounds.getByText('经营场所无法找到或无法核实').click();
        await dialog.getByTestId('dialog-submit').click();
        await dialog.getByText('请填写具体情况').waitFor();
        await dialog.getByLabel(/具体情况/).fill(FACTS);
        const preview = dialog.getByTestId('termination-preview');
        await preview.waitFor();
        expect(await preview.innerText()).toContain('行政复议');
        await settle(a);
        await checkLayout(a, 'terminate dialog (desktop)');
        await screenshot(a, 'desktop-terminate-dialog');
        const [sent] = await Promise.all([
          a.waitForResponse((r) => r.url().endsWith(`/api/applications/${id}/actions`)),
          dialog.getByTestId('dialog-submit').click(),
        ]);
        expect(sent.status(), await sent.text()).toBe(200);
        await a.getByTestId('status-badge').filter({ hasText: '已终止办理' }).waitFor();
        const panel = a.getByTestId('case-termination');
        await panel.waitFor();
        expect(await panel.innerText()).toContain(FACTS);
        expect(await a.getByTestId('action-terminate').count()).toBe(0);
        // The levels the case never reached say so, instead of waiting for an opinion.
        const levels = a.getByTestId('case-levels');
        await levels.waitFor();
        expect(await levels.innerText()).toContain('未经此级');
        expect(await levels.locator('li[data-state="due"]').count()).toBe(0);
        await settle(a);
        await screenshot(a, 'desktop-terminated-case');

        // The applicant: the notice in the inbox, then the case with its ground and reason.
        const p = applicant.page;
        await signInApplicant(p, phone);
        await p.goto('/inbox');
        const note = p.locator('li').filter({ hasText: '申请已终止办理' }).first();
        await note.waitFor();
        expect(await note.innerText()).toContain('行政复议');
        await p.goto(`/apply/${id}`);
        await p.getByTestId('status-badge').filter({ hasText: '已终止办理' }).waitFor();
        expect(await p.getByTestId('termination-ground').innerText()).toBe(
          '经营场所无法找到或无法核实',
        );
        expect(await p.getByTestId('termination-reason').innerText()).toBe(FACTS);
        await p.getByTestId('case-rating').waitFor();
        for (const mode of ['normal', 'large'] as const) {
          await largeText(p, mode === 'large');
          await p.getByTestId('case-rating').waitFor();
          await settle(p);
          await checkLayout(p, `terminated case (phone, ${mode} text)`);
          await screenshot(p, `phone-${mode}-terminated-case`);
        }
        await largeText(p, false);

        // Rated from the case page, inside its window.
        await p.getByTestId('case-rating').getByRole('link').click();
        await p.getByTestId('rate-form').waitFor();
        expect(await p.locator('.rate-outcome-terminated').innerText()).toContain('终止办理');
        for (const k of ['overall', ...RATING_INDICATORS]) {
          await p.getByTestId(`level-${k}-basic`).click();
        }
        await p.getByTestId('rate-submit').click();
        const confirm = p.getByTestId('rate-confirm');
        await confirm.waitFor();
        await confirm.getByRole('button', { name: '提交评价' }).click();
        await p.getByTestId('rating-card').waitFor();
        await settle(p);
        await checkLayout(p, 'terminated case rated (phone)');
        await screenshot(p, 'phone-normal-terminated-rated');
      } finally {
        await approver.context.close();
        await clerk.context.close();
        await applicant.context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
