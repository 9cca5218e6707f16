/**
 * 开放接口: an admin opens the API documentation from the menu (served by our worker, no CDN),
 * finds the webhook endpoints with the filter and opens one; then subscribes a receiver to
 * licence events, sees the signing secret once, pauses the subscription and deletes it again
 * (so no later journey queues deliveries to it). Screens on desktop and on a phone in large text.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

describe('the open API', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'an admin reads the API documentation and manages a webhook',
    async () => {
      const admin = await open(browser, { device: 'desktop' });
      const phone = await open(browser, { device: 'phone' });
      try {
        const a = admin.page;
        await signInStaff(a, 'admin');
        // Nothing the page loads comes from another origin.
        const foreign: string[] = [];
        a.on('request', (r) => {
          if (!r.url().startsWith(BASE_URL) && !r.url().startsWith('data:')) foreign.push(r.url());
        });
        await a.getByTestId('staff-nav').getByRole('link', { name: '接口文档' }).click();
        await a.getByTestId('api-op').first().waitFor();
        const total = Number(/\d+/.exec(await a.getByTestId('api-count').innerText())?.[0]);
        expect(total).toBeGreaterThan(140);
        await a.getByLabel('筛选接口').fill('webhooks');
        await expect.poll(() => a.getByTestId('api-op').count()).toBe(6);
        const create = a.getByTestId('api-op').filter({ hasText: '新建推送订阅' });
        await create.locator('summary').click();
        await create.getByText('WEBHOOK_URL_REFUSED').first().waitFor();
        expect(await create.innerText()).toContain('"events"');
        await settle(a);
        await checkLayout(a, 'API documentation (desktop)');
        await screenshot(a, 'integrations-api-docs-desktop');

        await a.getByTestId('staff-nav').getByRole('link', { name: '事件推送' }).click();
        const form = a.getByTestId('webhook-new');
        await form.getByLabel('接收地址（https）').fill('http://receiver.example/hook');
        await form.getByLabel('许可证核发', { exact: false }).first().check();
        await form.getByRole('button', { name: '创建订阅' }).click();
        // Plain http is refused in words, and nothing is created.
        await form.getByRole('alert').filter({ hasText: 'https' }).waitFor();
        await form.getByLabel('接收地址（https）').fill('https://receiver.example/hook');
        await form.getByLabel('备注').fill('营销系统');
        await form.getByRole('button', { name: '创建订阅' }).click();
        const secret = a.getByTestId('webhook-secret');
        await secret.waitFor();
        expect(await secret.locator('code').innerText()).toMatch(/^whsec_/);
        const row = a.getByTestId('webhook-row').filter({ hasText: 'receiver.example' });
        await row.getByRole('button', { name: '暂停' }).click();
        await row.getByText('已暂停').waitFor();
        await settle(a);
        await checkLayout(a, 'webhooks (desktop)');
        await screenshot(a, 'integrations-webhooks-desktop');
        await secret.getByRole('button', { name: '我已保存密钥' }).click();
        expect(await secret.count()).toBe(0);

        const p = phone.page;
        await signInStaff(p, 'admin');
        await p.goto(`${BASE_URL}/admin/api`);
        await largeText(p, true);
        await p.getByTestId('api-op').first().waitFor();
        await p.getByLabel('筛选接口').fill('/api/admin/webhooks/deliveries');
        await p.getByTestId('api-op').first().locator('summary').click();
        await settle(p);
        await checkLayout(p, 'API documentation (phone, large text)');
        await screenshot(p, 'integrations-api-docs-phone-large');
        await p.goto(`${BASE_URL}/admin/webhooks`);
        await p.getByTestId('webhook-row').first().waitFor();
        await settle(p);
        await checkLayout(p, 'webhooks (phone, large text)');
        await screenshot(p, 'integrations-webhooks-phone-large');

        a.once('dialog', (d) => void d.accept());
        await row.getByRole('button', { name: '删除' }).click();
        await a.getByText('还没有推送订阅。').waitFor();
        expect(foreign).toEqual([]);
      } finally {
        await admin.context.close();
        await phone.context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
