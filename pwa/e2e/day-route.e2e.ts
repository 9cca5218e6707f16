/**
 * 今日路线 on the inspector's phone: twelve of the demo inspector's tasks proposed, planned in
 * the browser's worker, numbered on the map; dragging a stop re-times the day and the total
 * changes; a stop opens in AMap with GCJ-02 coordinates.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';

describe('the inspector’s day route', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'plans twelve stops, numbers them, follows a dragged stop, and opens navigation',
    async () => {
      const { page } = await open(browser, { device: 'phone' });
      await signInStaff(page, 'inspector');
      await page.locator('[data-testid=staff-nav] a[href="/route"]').click();
      await page.getByTestId('route-plan').waitFor();
      const ticked = page.locator('[data-testid=route-choice]:checked');
      expect(await ticked.count()).toBe(12);
      await page.getByTestId('route-plan').click();
      const stops = page.getByTestId('route-stop');
      await page.getByTestId('route-result').waitFor();
      expect(await stops.count()).toBe(12);
      // Numbered on the map, one marker per stop.
      await page.locator('[data-testid=route-map][data-ready=yes]').waitFor();
      await expect.poll(() => page.locator('[data-testid=route-marker]').count()).toBe(12);
      const totals = page.getByTestId('route-totals');
      const before = Number(await totals.getAttribute('data-metres'));
      expect(before).toBeGreaterThan(0);
      expect(await totals.innerText()).toMatch(/共12站 · 全程约[\d.]+公里/);
      await settle(page);
      await checkLayout(page, 'the day route (phone)');
      await screenshot(page, 'phone-inspector-route');

      // Drag the first stop to the last place: the planned order was the shortest, so the
      // day gets longer, and the screen says so.
      const first = await stops.first().getAttribute('data-stop');
      await stops.first().getByTestId('route-handle').dragTo(stops.last());
      await expect.poll(() => stops.last().getAttribute('data-stop')).toBe(first);
      await page.getByTestId('route-reordered').waitFor();
      const after = Number(await totals.getAttribute('data-metres'));
      expect(after).not.toBe(before);
      expect(after).toBeGreaterThanOrEqual(before);

      // Navigation in AMap: GCJ-02 coordinates, shifted from the WGS-84 ones by a few hundred m.
      const href = (await stops.first().getByTestId('nav-amap').getAttribute('href')) ?? '';
      expect(href).toMatch(/^https:\/\/uri\.amap\.com\/navigation\?to=1\d\d\.\d{6},3\d\.\d{6},/);
      expect(href).toContain('coordinate=gaode');
      await page.context().close();
    },
    TEST_TIMEOUT * 2,
  );
});
