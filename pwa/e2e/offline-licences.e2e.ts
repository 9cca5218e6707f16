import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DEMO_APPLICANT_PHONE,
  TEST_TIMEOUT,
  launch,
  open,
  signInApplicant,
  waitForRoleCache,
  waitForServiceWorker,
} from './helpers';
import { TYPE_OUTCOMES, type BusinessType } from '../../worker/core/business-types';
import { largeText, shoot } from './shots';

describe('my licences and my applications without signal', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'after a first online visit, show the last copy with its date',
    async () => {
      const { context, page } = await open(browser, { device: 'phone', path: '/services' });
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        await waitForServiceWorker(page);
        await page.getByTestId('licence-card').first().waitFor();
        const online = await page.getByTestId('licence-card').allInnerTexts();
        expect(online.length).toBeGreaterThan(0);
        await page.getByTestId('tab-apply').click();
        await page.getByTestId('application-card').first().waitFor();
        const cases = await page.getByTestId('application-card').count();
        // A finished case of another type than 新办 reads its own result (core's wording).
        const list = (await (await page.request.get('/api/my/applications')).json()) as {
          items: { id: string; type: BusinessType; status: string }[];
        };
        const done = list.items.find((a) => a.status === 'delivered' && a.type !== 'new');
        expect(done, 'the demo applicant has a finished case other than 新办').toBeTruthy();
        await page.goto(`/apply/${done?.id}`);
        const outcome = await page.getByTestId('case-outcome').innerText();
        expect(outcome).toContain(TYPE_OUTCOMES[done!.type].result.zh);
        await shoot(page, 'applicant-case-finished-phone');
        await page.getByTestId('tab-apply').click();
        await page.getByTestId('application-card').first().waitFor();
        await waitForRoleCache(page, 'applicant');

        // In the cellar: no signal, the app opened again from the phone.
        await context.setOffline(true);
        await page.goto('/services');
        await page.getByTestId('offline-notice').waitFor();
        const note = page.getByTestId('offline-copy');
        await note.waitFor();
        expect(await note.innerText()).toMatch(
          /^离线显示，数据截至 \d{1,2}月\d{1,2}日 \d{2}:\d{2}/,
        );
        expect(await page.getByTestId('licence-card').allInnerTexts()).toEqual(online);
        await shoot(page, 'offline-licences-phone');
        await largeText(page, true);
        await page.getByTestId('licence-card').first().waitFor();
        await shoot(page, 'offline-licences-phone-large');
        await largeText(page, false);

        await page.getByTestId('tab-apply').click();
        await page.getByTestId('offline-copy').waitFor();
        expect(await page.getByTestId('application-card').count()).toBe(cases);
        await shoot(page, 'offline-applications-phone');

        // Signal back: fresh from the server, the note goes by itself.
        await context.setOffline(false);
        await page.reload();
        await page.getByTestId('application-card').first().waitFor();
        expect(await page.getByTestId('offline-copy').count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
