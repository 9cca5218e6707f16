/**
 * Every main screen, measured and photographed: the demo applicant's on a 390 px phone in
 * normal and large-text mode, and the clerk's case page on a desktop. The screens are reached
 * by tapping through the app as a user would (no reloads), so each feature's stylesheet stays
 * loaded for the screens after it — the way the map's `.facts` rule once broke every panel.
 * The PNGs land in test-results/screens/.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emptySpot } from './apply-helpers';
import {
  DEMO_APPLICANT_PHONE,
  TEST_TIMEOUT,
  TIMEOUT,
  launch,
  open,
  signInApplicant,
  signInStaff,
} from './helpers';
import { checkLayout, freshScreensDir, layoutProblems, screenshot, settle } from './layout';

/** What the map's stylesheet used to say for every page once the map had been opened. */
const LEAKING_RULE = `.facts { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 0.75rem; }
.facts dd { margin: 0; }`;

describe('main screens lay out on a phone and a desktop', () => {
  let browser: Browser;
  beforeAll(async () => {
    freshScreensDir();
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'the applicant’s screens, in normal and large text',
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        let draftId = '';
        for (const mode of ['normal', 'large'] as const) {
          let n = 0;
          const shot = async (screen: string, ready: Locator) => {
            await ready.waitFor();
            await settle(page);
            await checkLayout(page, `${screen} (phone, ${mode} text)`);
            await noBrokenPanel(page, screen);
            await screenshot(page, `phone-${mode}-${String(++n).padStart(2, '0')}-${screen}`);
          };
          if (mode === 'large') {
            await page.getByTestId('tab-services').click();
            await page.getByTestId('large-text-switch').click();
            await page.waitForFunction(() =>
              document.documentElement.classList.contains('large-text'),
            );
          }

          // First the screens that bring their own stylesheet (map, form), then the rest.
          await page.getByTestId('tab-consult').click();
          await page.getByTestId('can-i-open-link').click();
          const spot = emptySpot();
          // The county follows the spot; coordinates are typed behind their disclosure.
          await page.getByText('输入坐标（工作人员使用）').click();
          await page.getByLabel(/纬度/).fill(spot.latitude.toFixed(6));
          await page.getByLabel(/经度/).fill(spot.longitude.toFixed(6));
          await shot('can-i-open', page.getByTestId('layout-verdict'));

          await page.getByTestId('tab-apply').click();
          await page.getByTestId('new-application').click();
          await shot('new-application', page.getByTestId('new-application-view'));
          if (!draftId) {
            await page.getByRole('radio', { name: /新办/ }).check();
            await page.getByTestId('create-draft').click();
            await page.getByTestId('apply-form').waitFor();
            draftId = /\/apply\/([^/]+)\/edit$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
            expect(draftId).not.toBe('');
          } else {
            // A draft opens its form straight from the list.
            await page.getByTestId('tab-apply').click();
            await page.locator(`a[href="/apply/${draftId}/edit"]`).click();
          }
          // The form's map, drawn (the loading box is what a slow connection sees first).
          await page.locator('[data-testid="picker-map"][data-ready="yes"]').waitFor();
          await shot('application-form', page.getByTestId('apply-form'));

          await page.getByTestId('tab-apply').click();
          const cards = page.getByTestId('application-card');
          await shot('applications', cards.first());
          // Every case of the demo applicant: each status shows other panels.
          const count = Math.min(await cards.count(), 10);
          for (let i = 0; i < count; i++) {
            const badge = cards.nth(i).getByTestId('status-badge');
            const status = /status-(\w+)/.exec((await badge.getAttribute('class')) ?? '')?.[1];
            await cards.nth(i).click();
            // A draft opens its form; every other case its page with the history.
            const ready = page.getByTestId(status === 'draft' ? 'apply-form' : 'timeline');
            await shot(`application-${i + 1}-${status}`, ready);
            await page.getByRole('link', { name: /全部申请/ }).click();
            await page.getByTestId('my-applications').waitFor();
          }

          await page.getByTestId('inbox-bell').click();
          await shot('inbox', page.getByTestId('inbox-view'));

          await page.getByTestId('tab-services').click();
          await shot('services', page.getByTestId('licence-card').first());

          await page.getByTestId('tab-consult').click();
          await page.locator('.faq-item summary').first().click();
          await shot('consult', page.getByTestId('consult-view'));
          await page.locator('a[href="/consult/new"]').click();
          await shot('guide', page.getByTestId('guide-view'));

          if (mode === 'normal') await theCheckCatchesTheLeak(page);
        }
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 4,
  );

  test(
    'the clerk’s queue and case page on a desktop',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await signInStaff(page, 'clerk');
        // A 新办 case: it carries the layout check panel on top of the others.
        await page.locator('#f-type').selectOption('new');
        const row = page.getByTestId('queue-row').first();
        await row.waitFor();
        await settle(page);
        await checkLayout(page, 'the queue (desktop)');
        await screenshot(page, 'desktop-01-queue');
        await row.getByRole('link').click();
        await page.getByTestId('case-layout').locator('[data-verdict]').waitFor();
        await settle(page);
        await checkLayout(page, 'a case (desktop)');
        await screenshot(page, 'desktop-02-case');
        // The audited reveal of the ID number opens a form inside the panel.
        const reveal = page.getByTestId('reveal-id');
        if (await reveal.isVisible()) {
          await reveal.click();
          await page.locator('#reveal-reason').waitFor();
          await checkLayout(page, 'a case with the ID reveal form (desktop)');
          await screenshot(page, 'desktop-03-case-reveal-form');
        }

        await page.locator('[data-testid=staff-nav] a[href="/warnings"]').click();
        await page.getByTestId('count-red').waitFor();
        await settle(page);
        await checkLayout(page, 'the warnings (desktop)');
        await screenshot(page, 'desktop-06-warnings');

        await page.locator('[data-testid=staff-nav] a[href="/map"]').click();
        await page.locator('[data-testid=map][data-idle-ms]').waitFor({ timeout: TIMEOUT * 3 });
        await page.getByTestId('filter-county').selectOption('370702');
        await clickMapUntil(page, page.getByTestId('grid-panel'));
        await settle(page);
        await checkLayout(page, 'the map with a grid chosen (desktop)');
        await screenshot(page, 'desktop-07-map');
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );

  test(
    'the approver’s and the admin’s desktop, in normal and large text',
    async () => {
      for (const who of ['approver', 'admin'] as const) {
        const { context, page } = await open(browser, { device: 'desktop' });
        try {
          await signInStaff(page, who);
          // The admin, who enters the holidays, keeps the notice with a way to the form.
          const notice = page.getByTestId('calendar-notice');
          if (who === 'admin' && (await notice.isVisible())) {
            expect(await notice.getByTestId('calendar-notice-enter').isVisible()).toBe(true);
            expect(await notice.getByTestId('calendar-notice-dismiss').count()).toBe(0);
          }
          const nav = (href: string) => page.locator(`[data-testid=staff-nav] a[href="${href}"]`);
          for (const mode of ['normal', 'large'] as const) {
            let n = 0;
            const shot = async (screen: string) => {
              await settle(page);
              await checkLayout(page, `${screen} (${who}’s desktop, ${mode} text)`);
              await noBrokenPanel(page, `${screen} (${who}, ${mode} text)`);
              await screenshot(
                page,
                `desktop-${who}-${mode}-${String(++n).padStart(2, '0')}-${screen}`,
              );
            };
            if (mode === 'large') {
              await nav('/settings').click();
              await page.getByTestId('large-text-switch').click();
              await page.waitForFunction(() =>
                document.documentElement.classList.contains('large-text'),
              );
            }
            await page.getByRole('link', { name: /工作队列/ }).click();
            const row = page.getByTestId('queue-row').first();
            await row.waitFor();
            await shot('queue');
            // The deadline and the clock of a row stay in sight, large text or not.
            for (const col of ['截止日期', '时限']) {
              const th = page.getByTestId('queue-table').locator('th', { hasText: col });
              const box = await th.boundingBox();
              const wrap = await page.locator('.table-wrap').boundingBox();
              expect(box && wrap && box.x + box.width <= wrap.x + wrap.width + 1, col).toBe(true);
            }
            await row.getByRole('link').click();
            await page.getByTestId('timeline').waitFor();
            await shot('case');
            await nav('/inspections').click();
            await page.getByTestId('inspections-view').waitFor();
            await page.waitForFunction(() => !document.querySelector('.state-loading'));
            await shot('tasks');
            await nav('/settings').click();
            await page.getByTestId('settings-view').waitFor();
            if (who === 'admin') await page.getByTestId('unit-settings').first().waitFor();
            await shot('settings');
          }
        } finally {
          await context.close();
        }
      }
    },
    TEST_TIMEOUT * 4,
  );

  test(
    'the inspector’s screens on a phone, in normal and large text',
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      try {
        await signInStaff(page, 'inspector');
        // While a year's holidays are missing (most of the year's end, on the seed's calendar),
        // an inspector may put the notice away, and it stays away.
        const notice = page.getByTestId('calendar-notice');
        if (await notice.isVisible()) {
          await page.getByTestId('calendar-notice-dismiss').click();
          await notice.waitFor({ state: 'detached' });
          await page.reload();
          await page.getByTestId('staff-nav').waitFor();
          await settle(page);
          expect(await notice.count()).toBe(0);
        }
        const nav = (href: string) => page.locator(`[data-testid=staff-nav] a[href="${href}"]`);
        for (const mode of ['normal', 'large'] as const) {
          let n = 0;
          const shot = async (screen: string) => {
            await settle(page);
            await checkLayout(page, `${screen} (inspector’s phone, ${mode} text)`);
            await noBrokenPanel(page, screen);
            await screenshot(
              page,
              `phone-inspector-${mode}-${String(++n).padStart(2, '0')}-${screen}`,
            );
          };
          if (mode === 'large') {
            await nav('/settings').click();
            await page.getByTestId('large-text-switch').click();
            await page.waitForFunction(() =>
              document.documentElement.classList.contains('large-text'),
            );
          }
          await nav('/warnings').click();
          await page.getByTestId('count-red').waitFor();
          await shot('warnings');

          await nav('/inspections').click();
          await page.getByTestId('inspections-view').waitFor();
          await page.waitForFunction(() => !document.querySelector('.state-loading'));
          await page.getByTestId('task-card').first().waitFor();
          await shot('tasks');
          await navIsOneRowShowingCurrent(page, mode);
          await page.getByTestId('task-case').first().click();
          await page.getByTestId('timeline').waitFor();
          await shot('case');

          await nav('/map').click();
          await page.locator('[data-testid=map][data-idle-ms]').waitFor({ timeout: TIMEOUT * 3 });
          // The map takes the screen; its panel is a sheet folded to one line.
          const map = await page.getByTestId('map').boundingBox();
          expect(map?.height ?? 0).toBeGreaterThan(844 * 0.75);
          await shot('map');
          await clickMapUntil(page, page.getByTestId('grid-panel'));
          await shot('map-sheet');
          await page.getByTestId('map-sheet-toggle').click();
          await page.getByRole('link', { name: /工作台/ }).click();
          await page.getByTestId('queue-view').waitFor();
        }
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 4,
  );
});

/**
 * No part of a screen says "not found" or "failed to load": a panel its viewer may not use is
 * left out, not shown broken (an inspector's case page once showed 文书 as not found).
 */
async function noBrokenPanel(page: Page, screen: string): Promise<void> {
  const broken = page.locator('[data-testid="state-not-found"], .state-error');
  expect(await broken.allInnerTexts(), `${screen}: a panel in an error state`).toEqual([]);
}

/**
 * On a phone the staff nav is one row that scrolls sideways (in large text it wrapped into four
 * rows above every screen), with the current section whole in sight.
 */
async function navIsOneRowShowingCurrent(page: Page, mode: string): Promise<void> {
  const nav = page.getByTestId('staff-nav');
  await expect
    .poll(
      () =>
        nav.evaluate((el) => {
          const links = Array.from(el.querySelectorAll('a'), (a) => a.getBoundingClientRect());
          const current = el.querySelector('[aria-current=page]')?.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return {
            rows: new Set(links.map((r) => Math.round(r.top))).size,
            currentInSight: !!current && current.left >= box.left && current.right <= box.right,
          };
        }),
      { message: `the staff nav on a phone, ${mode} text` },
    )
    .toEqual({ rows: 1, currentInSight: true });
}

/** Clicks around the middle of the map until `shown` appears (a grid or a retailer panel). */
async function clickMapUntil(page: Page, shown: Locator): Promise<void> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map');
  for (let i = 0; i < 25; i++) {
    const dx = ((i % 5) - 2) * 0.08;
    const dy = (Math.floor(i / 5) - 2) * 0.06;
    await page.mouse.click(box.x + box.width * (0.5 + dx), box.y + box.height * (0.4 + dy));
    try {
      await shown.waitFor({ timeout: 1500 });
      return;
    } catch {
      // an empty spot: try the next one
    }
  }
  throw new Error('no grid under any of 25 clicks on the map');
}

/**
 * The check itself can fail: with the rule that once leaked from the map's stylesheet, the
 * services screen's panels (licences, profile) are reported squeezed.
 */
async function theCheckCatchesTheLeak(page: Page): Promise<void> {
  await page.getByTestId('tab-services').click();
  await page.getByTestId('licence-card').first().waitFor();
  await settle(page);
  // Through the CSSOM: the app's Content-Security-Policy refuses inline <style>.
  const leak = (on: boolean) =>
    page.evaluate(
      ([rule, add]) => {
        if (!add) {
          document.adoptedStyleSheets = [];
          return;
        }
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(rule);
        document.adoptedStyleSheets = [sheet];
      },
      [LEAKING_RULE, on] as const,
    );
  await leak(true);
  try {
    const problems = await layoutProblems(page);
    expect(problems.filter((p) => /under four characters/.test(p)).length).toBeGreaterThan(2);
  } finally {
    await leak(false);
  }
  expect(await layoutProblems(page)).toEqual([]);
}
