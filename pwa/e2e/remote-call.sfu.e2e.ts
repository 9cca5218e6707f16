/**
 * 视频核查 through the Realtime SFU (REALTIME_PROVIDER=cloudflare), with real media: run.mjs
 * starts the worker with the SFU settings pointing at the stand-in this journey runs
 * (pwa/e2e/sfu-standin/: the Realtime API's calls checked against the contract, WebRTC
 * terminated and RTP forwarded by werift). The lead inspector and the applicant join; each
 * page publishes its fake camera and microphone through the worker's proxy and pulls the
 * other's: each sees the other's picture (frames not black) having gone browser → worker →
 * SFU → browser, and never directly (the stand-in counts what it forwarded). The applicant's
 * page then reloads: it opens a new session, the lead's page closes the old tracks and pulls
 * the new ones, and both see each other again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { BASE_URL, TEST_TIMEOUT, TIMEOUT, open, signInApplicant, signInStaff } from './helpers';
import { CALL_ARGS, peerFrames, registerRemote, seesPeer } from './remote-helpers';
import { startSfuStandIn, type SfuStandIn } from './sfu-standin/sfu-standin';

/** The settings run.mjs started the worker with (REALTIME_API_URL = this stand-in). */
function settings() {
  const need = (name: string) => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} unset: run the SFU journeys through pwa/e2e/run.mjs`);
    return v;
  };
  return {
    port: Number(need('XUKE_SFU_PORT')),
    appId: need('XUKE_SFU_APP_ID'),
    secret: need('XUKE_SFU_SECRET'),
    turnKeyId: need('XUKE_SFU_TURN_KEY_ID'),
    turnSecret: need('XUKE_SFU_TURN_SECRET'),
  };
}

describe('the remote video call through the SFU', () => {
  let browser: Browser;
  let sfu: SfuStandIn;
  beforeAll(async () => {
    sfu = await startSfuStandIn(settings());
    browser = await launchChromium(CALL_ARGS, { timeout: TIMEOUT * 2 });
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await sfu?.close();
  });

  test(
    'inspector and applicant see each other through the SFU, and again after a reload',
    async () => {
      const t0 = Date.now();
      const lead = await open(browser, { device: 'desktop' });
      await lead.context.grantPermissions(['camera', 'microphone'], { origin: BASE_URL });
      await signInStaff(lead.page, 'inspector');
      const { user: me } = (await (await lead.page.request.get(`${BASE_URL}/api/me`)).json()) as {
        user: { id: string };
      };
      const { id, phone } = await registerRemote(browser, me.id, 'last');

      // The browser is told to use the SFU, with the TURN credentials the worker fetched (the
      // URL on port 53 dropped) and no secret of the app.
      const config = await lead.page.request.get(`${BASE_URL}/api/inspections/${id}/media`);
      const configText = await config.text();
      expect(
        config.status(),
        `${configText}; the SFU saw ${sfu.calls.join(', ')} ${sfu.problems}`,
      ).toBe(200);
      const media = JSON.parse(configText) as {
        provider: string;
        iceServers: { urls: string[]; username?: string; credential?: string }[];
      };
      expect(media.provider).toBe('cloudflare');
      expect(media.iceServers.flatMap((s) => s.urls)).toEqual(['turn:127.0.0.1:9?transport=udp']);
      expect(media.iceServers[0]?.credential).toBeTruthy();
      expect(configText).not.toContain(settings().secret);
      expect(configText).not.toContain(settings().turnSecret);

      const applicant = await open(browser, { device: 'phone' });
      await applicant.context.grantPermissions(['camera', 'microphone'], { origin: BASE_URL });
      await signInApplicant(applicant.page, phone);
      await applicant.page.goto(`${BASE_URL}/remote/${id}`);
      await applicant.page.getByTestId('remote-call').waitFor();
      await lead.page.goto(`${BASE_URL}/inspections/remote/${id}`);
      await lead.page.getByTestId('remote-call').waitFor();

      await seesPeer(lead.page, 'lead');
      await seesPeer(applicant.page, 'applicant');
      const joined = Date.now();
      // Every picture came through the SFU: two sessions, each publishing and pulling.
      expect(sfu.problems).toEqual([]);
      const before = sfu.sessions.size;
      expect(before).toBeGreaterThanOrEqual(2);
      const pushes = sfu.calls.filter((c) => c.endsWith('/tracks/new')).length;
      expect(pushes).toBeGreaterThanOrEqual(4);
      expect(sfu.calls.filter((c) => c.endsWith('/renegotiate')).length).toBeGreaterThanOrEqual(2);
      const forwarded = sfu.stats.forwarded;
      expect(forwarded).toBeGreaterThan(0);
      await expect.poll(() => sfu.stats.forwarded, { timeout: TIMEOUT }).toBeGreaterThan(forwarded);

      // The applicant's page reloads: a new session; the lead's page closes the old tracks
      // (forced close) and pulls the new ones.
      await applicant.page.reload();
      await applicant.page.getByTestId('remote-call').waitFor();
      await expect.poll(() => sfu.sessions.size, { timeout: TIMEOUT }).toBeGreaterThan(before);
      await seesPeer(applicant.page, 'applicant after the reload');
      await expect
        .poll(() => sfu.calls.filter((c) => c.endsWith('/tracks/close')).length, {
          timeout: TIMEOUT,
        })
        .toBeGreaterThanOrEqual(1);
      const newest = [...sfu.sessions.values()].at(-1)!;
      // The lead pulls from the new session: its copies of the applicant's picture grow again.
      await expect
        .poll(() => [...newest.published.values()].some((p) => p.subscribers.size > 0), {
          timeout: TIMEOUT,
        })
        .toBe(true);
      await seesPeer(lead.page, 'lead after the reload');
      // New frames, not the last one of the old session left on screen.
      const frames = await peerFrames(lead.page);
      await expect.poll(() => peerFrames(lead.page), { timeout: TIMEOUT }).toBeGreaterThan(frames);
      expect(sfu.problems).toEqual([]);
      console.log(
        `SFU call: both saw each other ${((joined - t0) / 1000).toFixed(1)} s after the start, ` +
          `again ${((Date.now() - joined) / 1000).toFixed(1)} s later after a reload; ` +
          `${sfu.stats.received} RTP packets in, ${sfu.stats.forwarded} forwarded`,
      );
      await applicant.context.close();
      await lead.context.close();
    },
    TEST_TIMEOUT * 3,
  );
});
