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

const headers = { origin: BASE_URL };

/** Mean brightness (0–255) of the first remote video's current frame, or -1 without one. */
function remoteBrightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const v = Array.from(
      document.querySelectorAll<HTMLVideoElement>('[data-testid=remote-video]'),
    ).find((x) => x.dataset.side === 'peer' && x.videoWidth > 0);
    if (!v) return -1;
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 48;
    const g = c.getContext('2d');
    if (!g) return -1;
    g.drawImage(v, 0, 0, c.width, c.height);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
    return sum / (d.length / 4);
  });
}

/** Waits for a real picture from the other side; says how the peer links stand if none comes. */
async function seesPeer(page: Page, who: string): Promise<void> {
  try {
    await expect.poll(() => remoteBrightness(page), { timeout: TIMEOUT }).toBeGreaterThan(20);
  } catch (err) {
    const links = await page
      .getByTestId('remote-call')
      .getAttribute('data-peers', { timeout: 1000 })
      .catch(() => 'no call on screen');
    throw new Error(`${who} sees no picture from the other side (links: ${links})`, {
      cause: err,
    });
  }
}

describe('the remote video call', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(
      [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        '--allow-loopback-in-peer-connection',
        // Host candidates as plain loopback addresses: nothing resolves mDNS names here.
        '--disable-features=WebRtcHideLocalIpsWithMdns',
      ],
      { timeout: TIMEOUT * 2 },
    );
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
      const clerk = await open(browser, { device: 'desktop' });
      await signInStaff(clerk.page, 'clerk');
      const r = clerk.page.request;
      const cases = (await (
        await r.get(`${BASE_URL}/api/applications?status=inspection&county=370702`)
      ).json()) as { items: { id: string; type: string; shopName: string; address: string }[] };
      // Other journeys register inspections too: take a case without an open one.
      const busy = new Set(
        (
          (await (await r.get(`${BASE_URL}/api/inspections?state=open&pageSize=100`)).json()) as {
            items: { applicationId: string }[];
          }
        ).items.map((i) => i.applicationId),
      );
      const kase = [...cases.items].reverse().find((i) => i.type === 'new' && !busy.has(i.id));
      expect(kase, 'a 潍城区 新办 in 核查').toBeTruthy();
      const { phone } = (await (
        await r.post(`${BASE_URL}/api/applications/${kase!.id}/reveal-phone`, {
          data: { reason: '登记远程视频核查' },
          headers,
        })
      ).json()) as { phone: string };
      const people = (await (
        await r.get(`${BASE_URL}/api/staff/inspectors?county=370702`)
      ).json()) as { items: { id: string }[] };
      const observer = people.items.find((p) => p.id !== me.id);
      const today = ((await (await r.get(`${BASE_URL}/api/calendar`)).json()) as { today: string })
        .today;
      const reg = await r.post(`${BASE_URL}/api/inspections`, {
        headers,
        data: {
          applicationId: kase!.id,
          companyName: kase!.shopName || '测试便利店',
          phone,
          contactName: '王测试',
          address: kase!.address || '潍城区测试路1号',
          deadlineOn: today,
          on: today,
          at: '10:00',
          leadId: me.id,
          observerIds: [observer!.id],
          checklistVersion: 'new-v1',
        },
      });
      expect(reg.status(), await reg.text()).toBe(201);
      const { inspection } = (await reg.json()) as { inspection: { id: string } };
      await clerk.context.close();

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
