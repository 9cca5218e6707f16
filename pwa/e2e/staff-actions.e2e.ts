import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, launch, open, signInStaff } from './helpers';

/** The id of a seeded case of 潍城区 in `status`, through the staff queue API. */
/** A case of 潍城区 in `status`, preferably 新办, whose deadline was not yet extended. */
async function caseIn(page: Page, status: string): Promise<string> {
  const res = await page.request.get(
    `/api/applications?status=${status}&county=370702&pageSize=50`,
  );
  const body = (await res.json()) as { items: { id: string; type: string }[] };
  const ordered = [...body.items.filter((i) => i.type === 'new'), ...body.items];
  for (const item of ordered) {
    const d = (await (await page.request.get(`/api/applications/${item.id}`)).json()) as {
      application: { extended: boolean };
    };
    if (!d.application.extended) return item.id;
  }
  throw new Error(`seed: no ${status} case in 370702 that can still be extended`);
}

describe('the approver works a case through its dialogs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'inspection by two officers, its result, one extension, a reasoned refusal, and delivery',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'approver');
        const id = await caseIn(page, 'accepted');
        await page.goto(`${BASE_URL}/queue/${id}`);
        const status = (s: string) =>
          page.getByTestId('status-badge').filter({ hasText: s }).waitFor();
        await status('已受理');

        await page.getByTestId('action-require_inspection').click();
        let dialog = page.getByTestId('dialog-require_inspection');
        const boxes = dialog.getByTestId('inspector-list').getByRole('checkbox');
        await boxes.first().check();
        await dialog.getByTestId('dialog-submit').click();
        await dialog.getByText('2名以上').waitFor(); // one officer is not enough
        await boxes.nth(1).check();
        await dialog.getByTestId('dialog-submit').click();
        await status('核查中');

        // Only an assigned officer records the result: not the approver; the second officer may.
        expect(await page.getByTestId('action-record_inspection').count()).toBe(0);
        const field = await open(browser, { device: 'phone', path: `/queue/${id}` });
        try {
          await signInStaff(field.page, 'inspector2');
          await field.page.goto(`${BASE_URL}/queue/${id}`);
          await field.page.getByTestId('status-badge').filter({ hasText: '核查中' }).waitFor();
          expect(await field.page.getByTestId('action-accept').count()).toBe(0);
          await field.page.getByTestId('action-record_inspection').click();
          const found = field.page.getByTestId('dialog-record_inspection');
          await found.getByLabel('核查情况说明').fill('经营场所与申请材料一致，周边无学校');
          await found.getByTestId('dialog-submit').click();
          await field.page.getByTestId('status-badge').filter({ hasText: '已受理' }).waitFor();
        } finally {
          await field.context.close();
        }
        await page.reload();
        await status('已受理');

        await page.getByTestId('action-extend').click();
        dialog = page.getByTestId('dialog-extend');
        await dialog.getByLabel('延长理由').fill('需征求街道意见');
        await dialog.getByTestId('dialog-submit').click();
        await page.getByTestId('event').filter({ hasText: '延长办理时限' }).waitFor();
        // Once only.
        expect(await page.getByTestId('action-extend').count()).toBe(0);

        await page.getByTestId('action-refuse').click();
        dialog = page.getByTestId('dialog-refuse');
        await dialog.getByTestId('add-item').click();
        await dialog.getByTestId('item-input').last().fill('经营场所距离中学不足50米');
        const preview = dialog.getByTestId('appeal-preview');
        expect(await preview.innerText()).toContain('经营场所距离中学不足50米');
        expect(await preview.innerText()).toMatch(/复议/);
        expect(await preview.innerText()).toMatch(/诉讼/);
        await dialog.getByTestId('dialog-submit').click();
        await status('不予许可');
        expect(await page.getByTestId('case-actions').innerText()).toContain('没有可执行的操作');

        const approved = await caseIn(page, 'approved');
        await page.goto(`${BASE_URL}/queue/${approved}`);
        await status('准予许可');
        await page.getByTestId('action-deliver').click();
        dialog = page.getByTestId('dialog-deliver');
        await dialog.getByRole('radio', { name: '邮寄送达' }).check();
        await dialog.getByTestId('dialog-submit').click();
        await status('已送达');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
