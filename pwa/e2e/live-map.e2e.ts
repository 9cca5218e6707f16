/**
 * Two staff maps open (approver and admin): approving a case in one turns its grid's colour in
 * the other within 2 s, through the LiveFeed Durable Object. Saves test-results/map.png.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { saturationLevel } from '../../worker/core/saturation';
import { BASE_URL, TEST_TIMEOUT, TIMEOUT, launch, open, signInStaff } from './helpers';
import { passInspection } from './apply-helpers';

interface Check {
  grid: { id: string; capacity: number; count: number; exists: boolean };
  queue: number;
  reasons: { code: string }[];
}

const headers = { origin: BASE_URL };

async function openMap(browser: Browser, user: string): Promise<Page> {
  const { page } = await open(browser, { device: 'desktop' });
  await signInStaff(page, user);
  await page.goto(`${BASE_URL}/map`);
  await page
    .locator('[data-testid=feed-status][data-status=live]')
    .waitFor({ timeout: TIMEOUT * 2 });
  await page.locator('[data-testid=map][data-idle-ms]').waitFor({ timeout: TIMEOUT * 3 });
  return page;
}

/** An accepted new case in 潍城区 that is alone in its grid's queue, with its grid's numbers. */
async function findCase(page: Page) {
  const fallback: { id: string; version: number; check: Check }[] = [];
  for (let p = 1; p <= 3; p++) {
    const res = await page.request.get(
      `${BASE_URL}/api/applications?status=accepted&type=new&county=370702&pageSize=100&page=${p}`,
    );
    const { items } = (await res.json()) as { items: { id: string }[] };
    for (const item of items) {
      const d = (await (
        await page.request.get(`${BASE_URL}/api/applications/${item.id}`)
      ).json()) as {
        application: { version: number; form: { lat?: number; lng?: number } };
      };
      const { lat, lng } = d.application.form;
      if (typeof lat !== 'number' || typeof lng !== 'number') continue;
      const check = (await (
        await page.request.post(`${BASE_URL}/api/layout/check`, {
          data: { lat, lng, county: '370702' },
          headers,
        })
      ).json()) as Check;
      const { count, capacity, exists } = check.grid;
      if (!exists || check.queue !== 1) continue;
      // A spot that breaks a distance rule would need an override: not the case for this test.
      if (check.reasons.some((r) => r.code === 'too_close_retailer' || r.code === 'school_zone'))
        continue;
      const c = { id: item.id, version: d.application.version, check };
      // One place short of yellow or red: a free place, and one more retailer changes the colour.
      if (
        capacity - count >= 1 &&
        saturationLevel(count + 1, capacity) !== saturationLevel(count, capacity)
      ) {
        return { ...c, override: false };
      }
      if (count >= 1) fallback.push(c);
    }
  }
  const c = fallback[0];
  if (!c) throw new Error('no accepted new case in 潍城区 to approve');
  return { ...c, override: true };
}

describe('live staff map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'an approval in one map recolours the grid in the other within 2 s',
    async () => {
      const approver = await openMap(browser, 'approver');
      const admin = await openMap(browser, 'admin');
      const c = await findCase(approver);
      const { id: gridId, count } = c.check.grid;
      let capacity = c.check.grid.capacity;
      if (c.override) {
        // No grid is naturally one short: the admin sets its capacity to one more than its count.
        capacity = count + 1;
        const res = await admin.request.put(`${BASE_URL}/api/grids/${gridId}/override`, {
          data: { capacity, reason: '端到端测试：差一个名额即饱和' },
          headers,
        });
        expect(res.status()).toBe(200);
      }
      const expected = saturationLevel(count + 1, capacity);
      const version = await passInspection(browser, approver, c.id);
      const t0 = Date.now();
      const res = await approver.request.post(`${BASE_URL}/api/applications/${c.id}/actions`, {
        data: { action: 'approve', version },
        headers,
      });
      expect(res.status(), await res.text()).toBe(200);
      const entry = admin
        .locator(`[data-testid=live-log] li[data-grid="${gridId}"][data-level="${expected}"]`)
        .first();
      await entry.waitFor({ timeout: 2000 });
      const elapsed = Date.now() - t0;
      expect(elapsed).toBeLessThan(2000 + 1000); // 2 s after the approval answered, measured from its start
      // The log says when, where and which shop, in words: not the grid's H3 id.
      const { application } = (await res.json()) as { application: { shopName: string } };
      const said = await entry.innerText();
      expect(said).toMatch(/\d{2}:\d{2}:\d{2}/);
      expect(said).toContain('潍城区');
      expect(said).toContain(application.shopName);
      expect(said).toContain('新发许可证');
      expect(said).not.toContain(gridId);
      // A line opens its grid, outlined on the map, its numbers in the panel.
      await entry.getByRole('button').click();
      await admin.locator(`[data-testid=grid-panel][data-grid="${gridId}"]`).waitFor();
      mkdirSync('test-results', { recursive: true });
      await admin.screenshot({ path: 'test-results/map.png' });
    },
    TEST_TIMEOUT * 2,
  );
});
