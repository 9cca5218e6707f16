import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, TIMEOUT, launch, waitForRoleCache } from './helpers';
import {
  caseIdOf,
  confirmSubmission,
  fillNewApplication,
  jpeg,
  staffOnCase,
  verifiedApplicant,
} from './apply-helpers';
import { shoot } from './shots';

interface StaffCase {
  application: {
    status: string;
    version: number;
    form: { address: string; attachments: Record<string, string> };
    events: { action: string }[];
  };
}

describe('an offline correction (补正)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'is corrected without signal, a photo waits calmly, and the correction arrives exactly once',
    async () => {
      const applicant = await verifiedApplicant(browser);
      const { context, page } = applicant;
      let clerk;
      try {
        await fillNewApplication(page, `离线补正店${Date.now() % 100000}`);
        await confirmSubmission(page);
        await page.getByTestId('status-badge').filter({ hasText: '已提交' }).waitFor();
        const id = caseIdOf(page);

        clerk = await staffOnCase(browser, 'clerk', id);
        const asClerk = async () =>
          (await (
            await clerk!.page.request.get(`${BASE_URL}/api/applications/${id}`)
          ).json()) as StaffCase;
        const before = await asClerk();
        const sent = await clerk.page.request.post(`${BASE_URL}/api/applications/${id}/actions`, {
          data: {
            action: 'request_correction',
            version: before.application.version,
            items: ['身份证照片不清晰，请重新拍摄', '经营地址填写不详细，请补充门牌号'],
          },
          headers: { origin: BASE_URL },
        });
        expect(sent.ok()).toBe(true);

        // Online once: the case page and the form are opened (kept on the phone from now on).
        await page.reload();
        await page.getByTestId('correction-request').waitFor();
        await page.getByTestId('correct-now').click();
        await page.getByTestId('apply-form').waitFor();
        await waitForRoleCache(page, 'applicant');

        // No signal from here on: the address is fixed, the ID card photographed again.
        await context.setOffline(true);
        await page.getByLabel('详细地址').fill('潍城区符山镇南村中心街128号');
        await page.getByTestId('file-idCardFront').setInputFiles(await jpeg(page, 'id-offline'));
        const photo = page.getByTestId('photo-idCardFront');
        await page.getByTestId('photo-waiting-idCardFront').waitFor();
        // Waiting for the network is not an error: no red message on the photo.
        expect(await photo.locator('.error').count()).toBe(0);
        expect(await page.getByTestId('photo-waiting-idCardFront').innerText()).toContain(
          '等待网络，联网后自动上传',
        );
        await photo.scrollIntoViewIfNeeded();
        await shoot(page, 'offline-photo-waiting');

        await confirmSubmissionOffline(page);
        const queued = page.getByTestId('queued');
        await queued.waitFor();
        expect(await queued.innerText()).toContain('联网后自动提交');
        await shoot(page, 'offline-correction-queued');
        // Still offline, the app closed and opened again: nothing is lost.
        await page.reload();
        await page.getByTestId('queued').waitFor();

        // Back online, the first answer is lost on the way (the server did act): the outbox
        // sends the same request again, and the server answers it as the same correction.
        let resubmits = 0;
        const loseFirstAnswer = async (route: Route) => {
          resubmits++;
          const res = await route.fetch();
          if (resubmits === 1) await route.abort('connectionreset');
          else await route.fulfill({ response: res });
        };
        await context.route('**/api/my/applications/*/resubmit', loseFirstAnswer);
        await context.setOffline(false);
        await page.getByTestId('application-view').waitFor({ timeout: TIMEOUT * 3 });
        await page.getByTestId('status-badge').filter({ hasText: '已补正' }).waitFor();
        expect(resubmits).toBeGreaterThanOrEqual(2);

        const after = await asClerk();
        expect(after.application.status).toBe('resubmitted');
        expect(after.application.events.filter((e) => e.action === 'resubmit')).toHaveLength(1);
        expect(after.application.form.address).toBe('潍城区符山镇南村中心街128号');
        // The photo taken offline went up with it: a new picture of the ID card.
        expect(after.application.form.attachments.idCardFront).not.toBe(
          before.application.form.attachments.idCardFront,
        );
        await context.unroute('**/api/my/applications/*/resubmit');
      } finally {
        await clerk?.context.close();
        await context.close();
      }
    },
    TEST_TIMEOUT * 3,
  );
});

/** The summary works offline too: the promise and consents are ticked, the request queued. */
async function confirmSubmissionOffline(page: Page): Promise<void> {
  await page.getByTestId('submit-application').click();
  await page.getByTestId('review-step').waitFor();
  expect(await page.getByTestId('review-photos').innerText()).toContain('等待网络');
  for (const c of ['promise', 'personalInfo', 'sensitiveInfo']) {
    await page.getByTestId(`consent-${c}`).check();
  }
  await page.getByTestId('confirm-submit').click();
}
