/**
 * The clerk's and the approver's day: finding a freshly submitted case by its shop and by its
 * applicant's name; an approval over a layout rule that stays on the record, through a dialog
 * that closes on Escape, gives focus back and drops a message once it is fixed; the title of
 * every screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import {
  caseIdOf,
  confirmSubmission,
  fillNewApplication,
  passInspection,
  verifiedApplicant,
} from './apply-helpers';
import { checkLayout, screenshot, settle } from './layout';

const GIVEN = ['瑾瑜', '珩宇', '璇玑', '玥琪', '琛琳', '璟雯', '琬琰', '瑛琦'];

/** Searches the queue and waits for the results of exactly that search. */
async function search(page: Page, q: string): Promise<void> {
  await page.getByTestId('queue-search').fill(q);
  await page.getByTestId('queue-search-submit').click();
  await page.getByTestId('search-results').filter({ hasText: q }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.state-loading'));
}

/**
 * An accepted 新办 of 潍城区 whose approval the layout gate refuses: a distance rule broken, or
 * else a grid without a free place (the gate's queue rule).
 */
async function refusedByLayout(page: Page): Promise<string> {
  let full: string | null = null;
  for (let p = 1; p <= 5; p++) {
    const res = await page.request.get(
      `${BASE_URL}/api/applications?status=accepted&type=new&county=370702&pageSize=100&page=${p}`,
    );
    const { items } = (await res.json()) as { items: { id: string }[] };
    for (const { id } of items) {
      const { layout } = (await (
        await page.request.get(`${BASE_URL}/api/applications/${id}/layout`)
      ).json()) as {
        layout: { verdict: string; grid: { capacity: number; count: number } } | null;
      };
      if (layout?.verdict === 'refused') return id;
      if (layout && layout.grid.capacity - layout.grid.count <= 0) full ??= id;
    }
    if (items.length < 100) break;
  }
  if (full) return full;
  throw new Error('seed: no accepted 新办 in 潍城区 that the layout gate refuses');
}

describe('the clerk’s and the approver’s day', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a clerk finds a freshly submitted case by its shop name and by the applicant’s name',
    async () => {
      const n = Date.now() % 100000;
      const given = GIVEN[n % GIVEN.length] ?? '瑾瑜';
      const name = `欧阳${given}`;
      const shop = `翠柏${n}便利店`;
      const applicant = await verifiedApplicant(browser, { name });
      const clerk = await open(browser, { device: 'desktop' });
      try {
        const { page } = applicant;
        await fillNewApplication(page, shop);
        await confirmSubmission(page);
        await page.getByTestId('application-view').waitFor();
        await page.getByTestId('status-badge').filter({ hasText: '已提交' }).waitFor();
        const id = caseIdOf(page);
        // The applicant's case page names itself too.
        await page.waitForFunction(() => /^XK\d+ · 新办 · 许可微厅$/.test(document.title));

        const c = clerk.page;
        await signInStaff(c, 'clerk');
        await c.getByTestId('queue-row').first().waitFor();

        // One character is not a search: said before anything is asked.
        await c.getByTestId('queue-search').fill('翠');
        await c.getByTestId('queue-search-submit').click();
        await c.getByText('每个词至少输入两个字').waitFor();
        expect(new URL(c.url()).searchParams.get('q')).toBeNull();

        // By the shop's name: that case alone.
        await search(c, shop);
        const rows = c.getByTestId('queue-row');
        expect(await rows.count()).toBe(1);
        expect(await rows.first().innerText()).toContain(name);
        expect(await c.getByTestId('pager-total').innerText()).toBe('显示第 1–1 件，共 1 件');
        const ref = (await rows.first().getByRole('link').innerText()).trim();
        await rows.first().getByRole('link').click();
        await c.getByTestId('case-view').waitFor();
        expect(new URL(c.url()).pathname).toBe(`/queue/${id}`);
        await c.waitForFunction((t) => document.title === t, `${ref} · 新办 · 许可微厅`);
        // The phone is masked; the ID number too.
        expect(await c.getByTestId('phone-value').innerText()).toMatch(/^1\d{2}\*{4}\d{4}$/);

        // Back to the same search.
        await c.getByRole('link', { name: /返回列表/ }).click();
        await c.getByTestId('search-results').filter({ hasText: shop }).waitFor();
        expect(await c.getByTestId('queue-search').inputValue()).toBe(shop);

        // By the applicant's name, whole and by its two-character given name.
        for (const q of [name, given]) {
          await search(c, q);
          await c.locator(`[data-testid=queue-row] a[href="/queue/${id}"]`).waitFor();
          expect(await c.getByTestId('pager-total').innerText()).toMatch(
            /^显示第 1–\d+ 件，共 \d+ 件$/,
          );
        }
        // A part of the shop's name with the name's: both must match.
        await search(c, `翠柏 ${given}`);
        await c.locator(`[data-testid=queue-row] a[href="/queue/${id}"]`).waitFor();

        await settle(c);
        await checkLayout(c, 'the queue’s search results (desktop)');
        await screenshot(c, 'desktop-04-queue-search');
      } finally {
        await applicant.context.close();
        await clerk.context.close();
      }
    },
    TEST_TIMEOUT * 3,
  );

  test(
    'an approval over a layout rule stays on the case: who, when, which rules, why',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'approver');
        const id = await refusedByLayout(page);
        await passInspection(browser, page, id);
        await page.goto(`${BASE_URL}/queue/${id}`);
        await page.getByTestId('case-layout').locator('[data-verdict]').waitFor();
        expect(await page.getByTestId('layout-as-of').getAttribute('data-as-of')).toBe('now');

        // Escape closes the dialog, and focus is back on the button that opened it.
        const approve = page.getByTestId('action-approve');
        await approve.click();
        const dialog = page.getByTestId('dialog-approve');
        await dialog.waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await page.waitForFunction(
          () => document.activeElement?.getAttribute('data-testid') === 'action-approve',
        );

        await approve.click();
        await dialog.getByTestId('dialog-submit').click();
        // The gate names what it refuses for; the override needs a reason.
        const blocked = dialog.getByTestId('layout-rules').or(dialog.getByTestId('grid-full'));
        await blocked.waitFor();
        const why = await blocked.innerText();
        await dialog.getByTestId('dialog-submit').click();
        const error = dialog.getByTestId('dialog-error');
        await error.filter({ hasText: '请填写理由' }).waitFor();
        // Once the reason is there, the message about it goes.
        await dialog.getByLabel(/理由/).fill('重点帮扶对象，经局务会研究同意特批');
        await error.waitFor({ state: 'detached' });
        await dialog.getByTestId('dialog-submit').click();
        await page.getByTestId('status-badge').filter({ hasText: '准予许可' }).waitFor();
        await dialog.waitFor({ state: 'detached' });
        // Its button is gone: focus waits on the actions panel's heading, not lost to the page.
        await page.waitForFunction(() => document.activeElement?.tagName === 'H2');

        // On the record, for good: after a reload, in any staff member's view.
        await page.reload();
        const record = page.getByTestId('layout-override');
        await record.waitFor();
        const text = await record.innerText();
        expect(text).toContain('重点帮扶对象，经局务会研究同意特批');
        expect(text).toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
        const rules = await record
          .locator('[data-rule]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
        expect(rules.length).toBeGreaterThan(0);
        if (/学校/.test(why)) expect(rules).toContain('school_zone');
        if (/轮候/.test(why)) expect(rules).toContain('grid_place');
        const asOf = page.getByTestId('layout-as-of');
        await asOf.waitFor();
        expect(await asOf.getAttribute('data-as-of')).toBe('decision');
        expect(await asOf.innerText()).toContain('准予许可时的核验结果');
        await settle(page);
        await checkLayout(page, 'a case approved over a layout rule (desktop)');
        await screenshot(page, 'desktop-05-case-override');

        const clerk = await open(browser, { device: 'desktop' });
        try {
          await signInStaff(clerk.page, 'clerk');
          await clerk.page.goto(`${BASE_URL}/queue/${id}`);
          await clerk.page.getByTestId('layout-override').waitFor();
          expect(await clerk.page.getByTestId('override-reason').innerText()).toBe(
            '重点帮扶对象，经局务会研究同意特批',
          );
        } finally {
          await clerk.context.close();
        }
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 3,
  );

  test(
    'every staff screen names itself in the document title',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await page.waitForFunction(() => document.title === '登录 · 许可微厅');
        await signInStaff(page, 'approver');
        await page.waitForFunction(() => document.title === '工作队列 · 许可微厅');
        const screens: [string, string][] = [
          ['/map', '许可地图'],
          ['/warnings', '许可业务预警'],
          ['/inspections', '核查任务'],
          ['/analysis', '办证智能分析'],
          ['/settings', '设置'],
          ['/queue', '工作队列'],
        ];
        for (const [href, title] of screens) {
          await page.locator(`[data-testid=staff-nav] a[href="${href}"]`).click();
          await page.waitForFunction((t) => document.title === `${t} · 许可微厅`, title);
        }
        await page.goto(`${BASE_URL}/nowhere`);
        await page.waitForFunction(() => document.title === '页面不存在 · 许可微厅');
        // In English too.
        await page.goto(`${BASE_URL}/warnings`);
        await page.getByRole('button', { name: 'English' }).click();
        await page.waitForFunction(
          () => document.title === 'Licensing warnings · Xuke Licence Hall',
        );
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
