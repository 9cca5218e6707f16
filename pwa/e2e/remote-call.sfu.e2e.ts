/**
 * 视频核查 through the Realtime SFU (REALTIME_PROVIDER=cloudflare), with real media: run.mjs
 * starts the worker with the SFU settings pointing at the stand-in this journey runs
 * (pwa/e2e/sfu-standin/: the Realtime API's calls checked against the contract, WebRTC
 * terminated and RTP forwarded by werift). The lead inspector and the applicant join; each
 * page publishes its fake camera and microphone through the worker's proxy and pulls the
 * other's: each sees the other's picture (frames not black) having gone browser → worker →
 * SFU → browser (the stand-in counts what it forwarded). The observer joins as a third party
 * and all three see both others. The applicant's page then reloads: it opens a new session,
 * the others close the old tracks and pull the new ones, and all see each other again.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { BASE_URL, TEST_TIMEOUT, TIMEOUT, open, signInApplicant, signInStaff } from './helpers';
import { CALL_ARGS, peerBrightnesses, peerFrames, registerRemote } from './remote-helpers';
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

/** What the stand-in holds: each session's tracks published and pulled, and its link. */
function holdings(sfu: SfuStandIn): string {
  return [...sfu.sessions.values()]
    .map((x) => {
      const pulled = [...x.pulled].map(([mid, p]) => `${mid}←${p.owner.slice(0, 6)}/${p.name}`);
      return `${x.id.slice(0, 6)} ${x.pc.connectionState} publishes [${[...x.published.keys()]}] pulls [${pulled}]`;
    })
    .join('; ');
}

let sfu: SfuStandIn;

/** Waits until `page` shows `count` pictures of the others, none black; says why if not. */
async function sees(page: Page, who: string, count: number): Promise<void> {
  const ok = async () => {
    const seen = await peerBrightnesses(page);
    return seen.length === count && seen.every((b) => b > 20);
  };
  try {
    await expect.poll(ok, { timeout: TIMEOUT }).toBe(true);
  } catch (err) {
    const links = await page
      .getByTestId('remote-call')
      .getAttribute('data-peers', { timeout: 1000 })
      .catch(() => 'no call on screen');
    throw new Error(
      `${who} does not see ${count} pictures (brightness ${await peerBrightnesses(page)}, ` +
        `links ${links}); the SFU: ${holdings(sfu)}; problems: ${sfu.problems}`,
      { cause: err },
    );
  }
}

describe('the remote video call through the SFU', () => {
  let browser: Browser;
  beforeAll(async () => {
    sfu = await startSfuStandIn(settings());
    browser = await launchChromium(CALL_ARGS, { timeout: TIMEOUT * 2 });
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await sfu?.close();
  });

  test(
    'inspector, applicant and observer see each other through the SFU, and again after a reload',
    async () => {
      const t0 = Date.now();
      const lead = await open(browser, { device: 'desktop' });
      await lead.context.grantPermissions(['camera', 'microphone'], { origin: BASE_URL });
      await signInStaff(lead.page, 'inspector');
      const { user: me } = (await (await lead.page.request.get(`${BASE_URL}/api/me`)).json()) as {
        user: { id: string };
      };
      const observer = await open(browser, { device: 'desktop' });
      await observer.context.grantPermissions(['camera', 'microphone'], { origin: BASE_URL });
      await signInStaff(observer.page, 'inspector2');
      const { user: second } = (await (
        await observer.page.request.get(`${BASE_URL}/api/me`)
      ).json()) as { user: { id: string } };
      const { id, phone } = await registerRemote(browser, me.id, 'last', second.id);

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

      await sees(lead.page, 'lead', 1);
      await sees(applicant.page, 'applicant', 1);
      const joined = Date.now();
      // The observer comes in third: one session pulling from two others, and pulled by both.
      await observer.page.goto(`${BASE_URL}/inspections/remote/${id}`);
      await observer.page.getByTestId('remote-call').waitFor();
      await sees(observer.page, 'observer', 2);
      await sees(lead.page, 'lead', 2);
      await sees(applicant.page, 'applicant', 2);
      const three = Date.now();
      // Every picture came through the SFU: three sessions, each publishing and pulling.
      expect(sfu.problems).toEqual([]);
      const before = sfu.sessions.size;
      expect(before).toBeGreaterThanOrEqual(3);
      // Three pushes, and each party pulled the two others (in one or two pulls).
      const pushes = sfu.calls.filter((c) => c.endsWith('/tracks/new')).length;
      expect(pushes).toBeGreaterThanOrEqual(6);
      expect(sfu.calls.filter((c) => c.endsWith('/renegotiate')).length).toBeGreaterThanOrEqual(3);
      const forwarded = sfu.stats.forwarded;
      expect(forwarded).toBeGreaterThan(0);
      await expect.poll(() => sfu.stats.forwarded, { timeout: TIMEOUT }).toBeGreaterThan(forwarded);

      // The applicant's page reloads: a new session; the others close the old tracks (forced
      // close) and pull the new ones.
      await applicant.page.reload();
      await applicant.page.getByTestId('remote-call').waitFor();
      await expect.poll(() => sfu.sessions.size, { timeout: TIMEOUT }).toBeGreaterThan(before);
      await sees(applicant.page, 'applicant after the reload', 2);
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
      // The applicant's picture on the lead's screen: new frames, not the last one of the old
      // session left there.
      const applicantFrames = () => peerFrames(lead.page, ['申请人', 'Applicant']);
      await expect.poll(applicantFrames, { timeout: TIMEOUT }).toBeGreaterThan(0);
      const frames = await applicantFrames();
      await expect.poll(applicantFrames, { timeout: TIMEOUT }).toBeGreaterThan(frames);
      await sees(lead.page, 'lead after the reload', 2);
      expect(sfu.problems).toEqual([]);
      console.log(
        `SFU call: both saw each other ${((joined - t0) / 1000).toFixed(1)} s after the start, ` +
          `all three ${((three - joined) / 1000).toFixed(1)} s later, ` +
          `again ${((Date.now() - three) / 1000).toFixed(1)} s later after a reload; ` +
          `${sfu.stats.received} RTP packets in, ${sfu.stats.forwarded} forwarded, ` +
          `${sfu.stats.pictureRequests} picture requests`,
      );
      await applicant.context.close();
      await observer.context.close();
      await lead.context.close();
    },
    TEST_TIMEOUT * 3,
  );
});
