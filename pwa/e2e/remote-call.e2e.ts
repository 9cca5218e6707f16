/**
 * 视频核查 with two Chromium contexts and the fake camera and microphone: a clerk registers a
 * remote inspection; the lead inspector (desktop) and the applicant (phone) join, each sees the
 * other's video (frames that are not black); the applicant agrees to the recording; the lead
 * moves to the next item and the applicant's screen follows; the applicant's page reloads
 * (a dropped connection) and rejoins with the consent and the item as they were.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { BASE_URL, TEST_TIMEOUT, TIMEOUT, open, signInApplicant, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { CALL_ARGS, registerRemote, seesPeer } from './remote-helpers';

describe('the remote video call', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(CALL_ARGS, { timeout: TIMEOUT * 2 });
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'inspector and applicant see each other, consent, walk, and rejoin after a drop',
    async () => {
      // The lead: who they are.
      const lead = await open(browser, { device: 'desktop' });
      await lead.context.grantPermissions(['camera', 'microphone'], { origin: BASE_URL });
      await signInStaff(lead.page, 'inspector');
      const { user: me } = (await (await lead.page.request.get(`${BASE_URL}/api/me`)).json()) as {
        user: { id: string };
      };

      // The clerk registers the inspection for a 潍城区 case in 核查.
      const inspection = await registerRemote(browser, me.id, 'last');
      const { phone } = inspection;

      // The applicant joins from the phone, through the list of their inspections.
      const applicant = await open(browser, { device: 'phone' });
      await applicant.context.grantPermissions(['camera', 'microphone'], { origin: BASE_URL });
      await signInApplicant(applicant.page, phone);
      await applicant.page.goto(`${BASE_URL}/remote`);
      // This inspection's own button: the same person may have others (other cases, journeys).
      await applicant.page
        .locator(`[data-testid=remote-join][href="/remote/${inspection.id}"]`)
        .click();
      await applicant.page.getByTestId('remote-call').waitFor();

      await lead.page.goto(`${BASE_URL}/inspections/remote/${inspection.id}`);
      await lead.page.getByTestId('remote-call').waitFor();

      // Both see the other's camera: a real picture, not a black frame.
      await seesPeer(lead.page, 'lead');
      await seesPeer(applicant.page, 'applicant');
      // The lead came by address, without a tap: where the browser held the sound back, the
      // picture plays muted and one tap turns the sound on.
      const unmute = lead.page.getByTestId('remote-unmute');
      if (await unmute.isVisible()) {
        await screenshot(lead.page, 'desktop-remote-unmute');
        await unmute.click();
        await unmute.waitFor({ state: 'detached' });
        const muted = () =>
          lead.page.evaluate(
            () => document.querySelector<HTMLVideoElement>('video[data-side=peer]')?.muted,
          );
        expect(await muted()).toBe(false);
      }

      // Consent, then the lead moves on and the applicant's screen follows.
      await applicant.page.getByTestId('remote-agree').click();
      await lead.page.getByText('申请人已同意录音录像').waitFor();
      await lead.page.getByTestId('remote-next').click();
      const itemOf = (p: Page) => p.getByTestId('remote-item-now').getAttribute('data-item');
      await expect.poll(() => itemOf(applicant.page)).toBe('fixed_premises');
      await settle(applicant.page);
      await checkLayout(applicant.page, 'the applicant in the call (phone)');
      await screenshot(applicant.page, 'phone-remote-call');
      await settle(lead.page);
      await checkLayout(lead.page, 'the inspector in the call');
      await screenshot(lead.page, 'remote-call-inspector');

      // A dropped connection: the page comes back and rejoins with the room as it was.
      await applicant.page.reload();
      await applicant.page.getByTestId('remote-call').waitFor();
      await applicant.page.getByText('申请人已同意录音录像').waitFor();
      await expect.poll(() => itemOf(applicant.page)).toBe('fixed_premises');
      await seesPeer(applicant.page, 'applicant');
      await seesPeer(lead.page, 'lead');
      await applicant.context.close();
      await lead.context.close();
    },
    TEST_TIMEOUT * 3,
  );
});
