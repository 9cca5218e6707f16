import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WorkCalendar, type CalendarView } from '../../worker/core/calendar';
import { addCalendarDays } from '../../worker/core/dates';
import { renewalDeadline } from '../../worker/core/preconditions';
import { DEMO_APPLICANT_PHONE, TEST_TIMEOUT, launch, open, signInApplicant } from './helpers';

interface Licence {
  id: string;
  shopName: string;
  expiresOn: string;
}

describe('a renewal filed too late', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'is refused on the device with the reason and the last allowed date; nothing is sent',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', path: '/apply' });
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        const licences = (await (await page.request.get('/api/my/licences')).json()) as {
          items: Licence[];
        };
        const shop = licences.items.find((l) => l.shopName === '建国便利店');
        if (!shop) throw new Error('seed: 建国便利店 missing');
        // The app's own today and calendar: the seed was generated for the same day.
        const view = (await (await page.request.get('/api/calendar')).json()) as CalendarView;
        const cal = new WorkCalendar(view.years);
        // The seed makes it expire 20 working days from the day it was seeded, inside the 30-day
        // lead: today, or yesterday when the run crossed midnight in China after the server
        // started (a CI run at 23:49 found it 2027-01-01, not today's 2027-01-04).
        const seededOn = [view.today, addCalendarDays(view.today, -1)];
        expect(seededOn.map((d) => cal.addWorkingDays(d, 20))).toContain(shop.expiresOn);
        const last = renewalDeadline(shop.expiresOn, cal);
        const before = (
          (await (await page.request.get('/api/my/applications')).json()) as { items: unknown[] }
        ).items.length;

        await page.getByTestId('my-applications').waitFor();
        await page.getByTestId('new-application').click();
        await page.getByRole('radio', { name: /延续/ }).check();
        await page.getByRole('radio', { name: /建国便利店/ }).check();
        const refusal = page.getByTestId('precondition-refusal');
        await refusal.waitFor();
        const reason = refusal.locator('[data-code="renewal_too_late"]');
        expect(await reason.innerText()).toContain(`不晚于${last}`);
        expect(await reason.innerText()).toContain('30个工作日');
        expect(await page.getByTestId('create-draft').isDisabled()).toBe(true);

        const after = (
          (await (await page.request.get('/api/my/applications')).json()) as { items: unknown[] }
        ).items.length;
        expect(after).toBe(before);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
