/**
 * 能否在此开店？ as a shop owner uses it: search a road or a shop of the demo city, pick a
 * result — the pin, the county and the verdict follow; "use my current location" recentres the
 * map with the pin; tapping and dragging move the pin; a spot outside the city says so in words.
 */
import type { Locator, Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, launch, open, randomPhone, signInApplicant } from './helpers';
import { openableSpot, verifiedApplicant } from './apply-helpers';

const SHOTS = 'test-results';

/** The pin's spot as the picker map records it: [lat, lng]. */
async function pinOf(page: Page): Promise<[number, number] | null> {
  const v = await page.getByTestId('picker-map').getAttribute('data-pin');
  return v ? (v.split(',').map(Number) as [number, number]) : null;
}

async function waitForPinChange(
  page: Page,
  from: [number, number] | null,
): Promise<[number, number]> {
  await page.waitForFunction(
    (was) => {
      const v = document.querySelector('[data-testid="picker-map"]')?.getAttribute('data-pin');
      return !!v && v !== was;
    },
    from ? `${from[0].toFixed(6)},${from[1].toFixed(6)}` : null,
  );
  return (await pinOf(page)) as [number, number];
}

/** Whether the pin's marker is drawn inside the map's frame (the map moved to it). */
async function pinInView(page: Page): Promise<boolean> {
  const map = await page.getByTestId('picker-map').boundingBox();
  const pin = await page.getByTestId('picker-pin').boundingBox();
  if (!map || !pin) return false;
  const x = pin.x + pin.width / 2;
  const y = pin.y + pin.height;
  return x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height;
}

/** How many county labels show on the picker's map, and how many pairs of them overlap. */
function labelOverlaps(page: Page): Promise<{ overlaps: number; shown: number }> {
  return page.evaluate(() => {
    const rects = Array.from(document.querySelectorAll<HTMLElement>('.map-picker-label'))
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => el.getBoundingClientRect());
    let overlaps = 0;
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i]!, rects[j]!];
        if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) {
          overlaps++;
        }
      }
    }
    return { overlaps, shown: rects.length };
  });
}

const verdict = (page: Page): Locator => page.getByTestId('layout-verdict');

async function countyShown(page: Page): Promise<string> {
  const c = page.locator('[data-testid="picker-county"][data-county]:not([data-county=""])');
  await c.waitFor();
  return (await c.getAttribute('data-county')) ?? '';
}

describe('能否在此开店？: find the spot, see the verdict', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'search, pin, county and verdict follow; current position recentres; outside the city in words',
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      try {
        await context.grantPermissions(['geolocation'], { origin: BASE_URL });
        await signInApplicant(page, randomPhone());
        // A first sign-in leads to 实名认证; the consultation needs none.
        await page.getByTestId('tab-consult').click();
        // A slow connection: until the map's data comes, its box says it is loading.
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/api/map/outlines*', async (route) => {
          await held;
          await route.continue();
        });
        await page.getByTestId('can-i-open-link').click();
        await page.getByTestId('can-i-open').waitFor();
        await page.getByTestId('picker').getByText('正在加载地图…').waitFor();
        await page.screenshot({ path: `${SHOTS}/picker-loading-phone.png` });
        release();
        await page.locator('[data-testid="picker-map"][data-ready="yes"]').waitFor();
        expect(await page.getByTestId('picker').getByText('正在加载地图…').count()).toBe(0);
        // The county names never print over each other (small districts' wait for a zoom).
        await expect
          .poll(() => labelOverlaps(page))
          .toEqual({ overlaps: 0, shown: expect.any(Number) });
        expect((await labelOverlaps(page)).shown).toBeGreaterThanOrEqual(3);
        expect(await pinOf(page)).toBeNull();

        // A demo road by two characters: 胜利西街 of 潍城区.
        await page.getByLabel('搜索地址或店名').fill('胜利');
        const road = page
          .getByTestId('picker-hit')
          .filter({ hasText: '胜利西街' })
          .filter({ hasText: '潍城区' });
        await road.first().waitFor();
        await page.screenshot({ path: `${SHOTS}/picker-search-phone.png` });
        await road.first().click();
        const first = await waitForPinChange(page, null);
        expect(await countyShown(page)).toBe('370702');
        await verdict(page).waitFor();
        expect(['ok', 'queue', 'refused']).toContain(
          await verdict(page).getAttribute('data-verdict'),
        );
        await page.locator('[data-testid="layout-verdict"] [data-standing]').waitFor();
        await page.waitForTimeout(600); // the map's ease to the pin
        expect(await pinInView(page)).toBe(true);
        await page.screenshot({ path: `${SHOTS}/picker-verdict-phone.png`, fullPage: true });

        // A shop by its name: the pin goes to its premises, the county with it.
        await page.getByLabel('搜索地址或店名').fill('便利店');
        const shop = page.locator('[data-testid="picker-hit"][data-kind="shop"]').first();
        await shop.waitFor();
        const shopCounty = (await shop.locator('.map-picker-hit-meta').innerText()).split(' · ')[1];
        await shop.click();
        const atShop = await waitForPinChange(page, first);
        await countyShown(page);
        expect(await page.getByTestId('picker-county').innerText()).toContain(shopCounty ?? '?');
        await verdict(page).waitFor();

        // 使用当前位置: near 奎文区's seat — the map moves there and the pin with it.
        const here = { latitude: 36.7052, longitude: 119.1391 };
        await context.setGeolocation(here);
        await page.getByTestId('use-location').click();
        const mine = await waitForPinChange(page, atShop);
        expect(mine[0]).toBeCloseTo(here.latitude, 5);
        expect(mine[1]).toBeCloseTo(here.longitude, 5);
        expect(await countyShown(page)).toBe('370705');
        await page.waitForTimeout(600);
        expect(await pinInView(page)).toBe(true);
        await verdict(page).waitFor();

        // Tap the map beside the pin: it moves there; then drag it a little further.
        const box = (await page.getByTestId('picker-map').boundingBox())!;
        await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.4);
        const tapped = await waitForPinChange(page, mine);
        expect(tapped).not.toEqual(mine);
        await verdict(page).waitFor();
        const pin = (await page.getByTestId('picker-pin').boundingBox())!;
        await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2);
        await page.mouse.down();
        await page.mouse.move(pin.x + pin.width / 2 + 40, pin.y + pin.height / 2 + 30, {
          steps: 8,
        });
        await page.mouse.up();
        const dragged = await waitForPinChange(page, tapped);
        expect(dragged[1]).toBeGreaterThan(tapped[1]); // dragged east
        await verdict(page).waitFor();

        // Coordinates, for staff, behind a disclosure: a spot outside the city, said in words.
        await page.getByText('输入坐标（工作人员使用）').click();
        await page.getByLabel('纬度（WGS-84）').fill('35.65');
        await page.getByLabel('经度（WGS-84）').fill('118.15');
        const outside = page.getByTestId('picker-outside');
        await outside.waitFor();
        expect(await outside.innerText()).toContain('该位置不在潍坊市范围内');
        expect(await verdict(page).count()).toBe(0);
        await page.screenshot({ path: `${SHOTS}/picker-outside-phone.png`, fullPage: true });
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );

  test(
    'looked at: phone in large text, and desktop',
    async () => {
      for (const [device, large] of [
        ['phone', true],
        ['desktop', false],
      ] as const) {
        const { context, page } = await open(browser, { device });
        try {
          await page.evaluate((v) => localStorage.setItem('xuke.largeText', v), large ? '1' : '0');
          await signInApplicant(page, randomPhone());
          await page.goto(`${BASE_URL}/consult/can-i-open`);
          await page.locator('[data-testid="picker-map"][data-ready="yes"]').waitFor();
          await page.getByLabel('搜索地址或店名').fill('胜利');
          await page.getByTestId('picker-hit').first().waitFor();
          const name = large ? 'phone-large' : device;
          await page.screenshot({ path: `${SHOTS}/picker-search-${name}.png`, fullPage: true });
          await page.getByTestId('picker-hit').first().click();
          await verdict(page).waitFor();
          await page.waitForTimeout(600);
          await page.screenshot({ path: `${SHOTS}/picker-verdict-${name}.png`, fullPage: true });
          // Nothing sticks out sideways on any of them.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
        } finally {
          await context.close();
        }
      }
    },
    TEST_TIMEOUT * 2,
  );

  test(
    'the 新办 form’s location is the same picker: the county follows the spot',
    async () => {
      const { context, page } = await verifiedApplicant(browser);
      try {
        await page.getByTestId('tab-apply').click();
        await page.getByTestId('new-application').click();
        await page.getByRole('radio', { name: /新办/ }).check();
        await page.getByTestId('create-draft').click();
        await page.getByTestId('apply-form').waitFor();
        const picker = page.getByTestId('picker');
        await picker.locator('[data-testid="picker-map"][data-ready="yes"]').waitFor();
        // No county to choose before a spot: it is set from the spot.
        expect(await page.locator('#f-county').count()).toBe(0);
        await context.setGeolocation(await openableSpot(page));
        await page.getByTestId('use-location').click();
        expect(await countyShown(page)).toBe('370702');
        await page.getByTestId('layout-hint').waitFor();
        await picker.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/picker-apply-phone.png` });
        // The spot moves with a search; the county with it.
        await page.getByLabel('搜索地址或店名').fill('胜利东街');
        await page.getByTestId('picker-hit').filter({ hasText: '奎文区' }).first().click();
        await page.locator('[data-testid="picker-county"][data-county="370705"]').waitFor();
        // The draft holds what the picker set.
        await page.getByText('已保存（服务器）').waitFor();
        const lat = await page.locator('#f-lat').inputValue();
        expect(Number(lat)).toBeGreaterThan(36);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
