import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  TEST_TIMEOUT,
  cachedPaths,
  launch,
  open,
  randomPhone,
  rolePlan,
  signInApplicant,
  waitForRoleCache,
  waitForServiceWorker,
} from './helpers';

describe('precache per role', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    "an applicant's phone keeps the applicant's screens and nothing of the staff's",
    async () => {
      const { plan } = rolePlan();
      const applicant = new Set(plan.roles.applicant);
      const shared = new Set([...plan.shell, ...plan.roles.applicant, ...plan.firstUse]);
      const staffOnly = [...plan.roles.staff, ...plan.roles.admin].filter((f) => !shared.has(f));
      // The build itself: the workbench, the staff map, grid administration and the
      // spreadsheet reader are all staff-only, and none of them is in the shell.
      for (const name of ['staff-app', 'map-view', 'grid-admin', 'read-sheet']) {
        expect(staffOnly.some((f) => f.startsWith(`assets/${name}-`))).toBe(true);
      }
      expect(plan.roles.applicant.some((f) => f.startsWith('assets/applicant-app-'))).toBe(true);
      // Only the admin installs the spreadsheet reader: a clerk's one import (外部系统数据)
      // needs the network anyway, and the reader loads when a sheet is chosen.
      const reader = (files: string[]) => files.some((f) => f.startsWith('assets/read-sheet-'));
      expect([reader(plan.roles.staff), reader(plan.roles.admin)]).toEqual([false, true]);

      const { context, page } = await open(browser, { device: 'phone' });
      try {
        await page.getByTestId('sms-form').waitFor();
        await waitForServiceWorker(page);
        // Before anyone signed in, only the shell is installed.
        const before = Object.values(await cachedPaths(page)).flat();
        expect(before.filter((p) => applicant.has(p.slice(1)))).toEqual([]);
        expect(before).toContain(`/${plan.shell.find((f) => f.endsWith('.js'))}`);

        await signInApplicant(page, randomPhone());
        const cached = await waitForRoleCache(page, 'applicant');
        const everything = Object.values(cached).flat();
        expect(everything.filter((p) => staffOnly.includes(p.slice(1)))).toEqual([]);
        // Workbox's own precache stayed the shell: no role chunk went in there.
        const precache = Object.entries(cached)
          .filter(([name]) => name.includes('precache'))
          .flatMap(([, paths]) => paths);
        expect(
          precache.filter((p) => shared.has(p.slice(1)) && !plan.shell.includes(p.slice(1))),
        ).toEqual([]);

        // And the applicant's screens open offline, lazily loaded ones included.
        await context.setOffline(true);
        await page.reload();
        await page.getByTestId('applicant-tabs').waitFor();
        await page.getByTestId('tab-services').click();
        await page.getByTestId('services-view').waitFor();
        await page.getByTestId('tab-rate').click();
        await page.getByTestId('rate-view').getByTestId('state-offline').waitFor();
        expect(await page.getByTestId('screen-failed').count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
