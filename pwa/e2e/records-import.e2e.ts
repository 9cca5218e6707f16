/**
 * 外部系统数据 and 接口令牌: a 潍城区 clerk uploads a sales-system CSV — the dry run rejects an
 * unknown licence and a repeated row and nothing can be imported while they are there (all or
 * nothing); the corrected file imports after a confirmation and the record shows on the licence
 * page; an .xlsx of the same records reads and checks the same. An admin creates an API token (shown once), a system reads a licence with it, and the
 * admin revokes it. Screens on a phone (normal and large text) and a desktop.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, TIMEOUT, appToday, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';
import { recordsWorkbook } from '../src/features/imports/xlsx.fixture';

interface Licence {
  id: string;
  number: string;
}

/** Two active 潍城区 licences of the seeded city, found as the clerk finds them. */
async function twoLicences(page: Page): Promise<Licence[]> {
  const res = await page.request.get(`${BASE_URL}/api/search?q=${encodeURIComponent('便利')}`);
  const body = (await res.json()) as {
    groups: { kind: string; items: { id: string; county: string; status?: string }[] }[];
  };
  const items = (body.groups.find((g) => g.kind === 'licence')?.items ?? []).filter(
    (i) => i.county === '370702' && i.status === 'active',
  );
  const out: Licence[] = [];
  for (const i of items.slice(0, 2)) {
    const l = (await (await page.request.get(`${BASE_URL}/api/licences/${i.id}`)).json()) as {
      licence: Licence;
    };
    out.push({ id: i.id, number: l.licence.number });
  }
  expect(out.length).toBe(2);
  return out;
}

function csv(lines: string[]) {
  return { name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) };
}

describe('data from other systems', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'a CSV checked, corrected and imported (an XLSX reads the same), then seen on the licence page',
    async () => {
      const { page, context } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'clerk');
        const [a, b] = (await twoLicences(page)) as [Licence, Licence];
        const today = await appToday(page);
        const head = '客户编码,许可证号,月订货量,最近送货日期,状态';
        const good = [
          `E2E00001,${a.number},135,${today},正常`,
          `E2E00002,${b.number},80,${today},暂停供货`,
        ];
        await page.getByTestId('staff-nav').getByRole('link', { name: '外部系统数据' }).click();
        await page.getByTestId('record-import').waitFor();
        await page.getByTestId('record-source').selectOption('sales');

        // The dry run: an unknown licence and a repeated row; nothing can be imported.
        await page
          .getByTestId('record-file')
          .setInputFiles(
            csv([head, ...good, `E2E00003,370702999999999,10,${today},正常`, good[0] as string]),
          );
        await page.getByText('已读取 4 行').waitFor();
        await page.getByTestId('record-check').click();
        const report = page.getByTestId('record-report');
        await report.getByText('不合格 2').waitFor({ timeout: TIMEOUT });
        const rejected = await report.getByTestId('rejected-row').allInnerTexts();
        expect(rejected.join('\n')).toMatch(/第 4 行[\s\S]*许可证号不存在/);
        expect(rejected.join('\n')).toMatch(/第 5 行[\s\S]*文件内许可证号重复/);
        expect(await page.getByTestId('record-commit').isDisabled()).toBe(true);
        await settle(page);
        await checkLayout(page, 'record import dry run (desktop)');
        await screenshot(page, 'records-import-dry-run-desktop');

        // A spreadsheet (.xlsx) reads the same: its reader is loaded only now, from the network
        // (a clerk's install leaves it out), and its date cell becomes the delivery date.
        await page.getByTestId('record-file').setInputFiles({
          name: 'records.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(recordsWorkbook(a.number, today)),
        });
        await page.getByText('已读取 1 行').waitFor();
        await page.getByTestId('record-check').click();
        await report.getByText('全部合格，可以导入').waitFor({ timeout: TIMEOUT });

        // The corrected file: checked, confirmed, imported.
        await page.getByTestId('record-file').setInputFiles(csv([head, ...good]));
        await page.getByText('已读取 2 行').waitFor();
        await page.getByTestId('record-check').click();
        await report.getByText('全部合格，可以导入').waitFor({ timeout: TIMEOUT });
        await page.getByTestId('record-commit').click();
        await page.getByText('确认导入以上 2 条').waitFor();
        await page.getByTestId('record-confirm').click();
        await report.getByText('导入完成：已导入 2 条').waitFor({ timeout: TIMEOUT });

        // The licence page shows the sales record beside the seeded distribution one.
        await page.goto(`${BASE_URL}/licences/${a.id}`);
        const records = page.getByTestId('licence-records');
        await records.getByText('E2E00001').waitFor({ timeout: TIMEOUT });
        await records.getByText('营销系统').waitFor();
        await records.getByText('配送系统').waitFor();
        await settle(page);
        await checkLayout(page, 'licence page with records (desktop)');
        await screenshot(page, 'records-licence-desktop');
      } finally {
        await context.close();
      }

      const phone = await open(browser, { device: 'phone' });
      try {
        await signInStaff(phone.page, 'clerk');
        await phone.page.goto(`${BASE_URL}/admin/records`);
        await phone.page.getByTestId('record-import').waitFor();
        await settle(phone.page);
        await checkLayout(phone.page, 'record import (phone)');
        await screenshot(phone.page, 'records-import-phone');
        const [a] = (await twoLicences(phone.page)) as [Licence];
        await phone.page.goto(`${BASE_URL}/licences/${a.id}`);
        await phone.page.getByTestId('licence-record').first().waitFor({ timeout: TIMEOUT });
        await settle(phone.page);
        await checkLayout(phone.page, 'licence page with records (phone)');
        await screenshot(phone.page, 'records-licence-phone');
        await largeText(phone.page, true);
        await phone.page.getByTestId('licence-record').first().waitFor({ timeout: TIMEOUT });
        await settle(phone.page);
        await checkLayout(phone.page, 'licence page with records (phone, large text)');
        await screenshot(phone.page, 'records-licence-phone-large');
      } finally {
        await phone.context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );

  test(
    'an API token: created and shown once, used by a system, revoked',
    async () => {
      const { page, context } = await open(browser, { device: 'phone' });
      try {
        await signInStaff(page, 'admin');
        await page.goto(`${BASE_URL}/admin/tokens`);
        await page.getByTestId('api-tokens').waitFor();
        await page.getByRole('button', { name: '新建令牌' }).click();
        const form = page.getByTestId('token-new');
        await form.getByLabel('名称（用途）').fill('配送系统对接');
        await form.getByLabel('读取许可证信息 (licences:read)').check();
        await form.getByLabel('潍城区').check();
        await form.getByRole('button', { name: '创建' }).click();
        const secret = (await page.getByTestId('token-secret').locator('code').innerText()).trim();
        expect(secret).toMatch(/^xk_[a-f0-9]{16}_/);
        await settle(page);
        await checkLayout(page, 'API token shown once (phone)');
        await screenshot(page, 'tokens-secret-phone');

        // A system reads a licence with it (no cookie: a fresh request context).
        const [a] = (await twoLicences(page)) as [Licence];
        const system = await page.context().browser()?.newContext({ baseURL: BASE_URL });
        const read = await system?.request.get(`/api/system/licences/${a.number}`, {
          headers: { authorization: `Bearer ${secret}` },
        });
        expect(read?.status()).toBe(200);

        await page.getByRole('button', { name: '我已保存' }).click();
        await expect.poll(() => page.getByTestId('token-secret').count()).toBe(0);
        const row = page.getByTestId('token-row').filter({ hasText: '配送系统对接' }).first();
        await row.getByRole('button', { name: '吊销' }).click();
        await row.getByTestId('token-revoke-confirm').click();
        await row.getByText('已吊销').waitFor({ timeout: TIMEOUT });
        const after = await system?.request.get(`/api/system/licences/${a.number}`, {
          headers: { authorization: `Bearer ${secret}` },
        });
        expect(after?.status()).toBe(401);
        await system?.close();
        await settle(page);
        await checkLayout(page, 'API tokens (phone)');
        await screenshot(page, 'tokens-list-phone');
        await page.setViewportSize({ width: 1366, height: 900 });
        await settle(page);
        await checkLayout(page, 'API tokens (desktop)');
        await screenshot(page, 'tokens-list-desktop');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
