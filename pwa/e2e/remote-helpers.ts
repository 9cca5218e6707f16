/**
 * What the remote-inspection journeys share: registering a call as the clerk would, and
 * checking that a page sees a real picture from the other side of it.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { BASE_URL, TIMEOUT, open, signInStaff } from './helpers';

const headers = { origin: BASE_URL };

/** Chromium's fake camera and microphone, and host candidates as plain loopback addresses. */
export const CALL_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  // Nothing resolves mDNS names here.
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

/**
 * The clerk registers a remote inspection of a 潍城区 新办 in 核查 led by `leadId` (with another
 * inspector as observer), on a case without an open one (other journeys register too; `last`
 * takes the last such case rather than the first). Its id and the applicant's phone.
 */
export async function registerRemote(
  browser: Browser,
  leadId: string,
  pick: 'first' | 'last' = 'first',
  observerId?: string,
): Promise<{ id: string; phone: string }> {
  const clerk = await open(browser, { device: 'desktop' });
  await signInStaff(clerk.page, 'clerk');
  const r = clerk.page.request;
  const cases = (await (
    await r.get(`${BASE_URL}/api/applications?status=inspection&county=370702`)
  ).json()) as { items: { id: string; type: string; shopName: string; address: string }[] };
  const open_ = (await (
    await r.get(`${BASE_URL}/api/inspections?state=open&pageSize=100`)
  ).json()) as { items: { applicationId: string }[] };
  const busy = new Set(open_.items.map((i) => i.applicationId));
  const order = pick === 'last' ? [...cases.items].reverse() : cases.items;
  const kase = order.find((i) => i.type === 'new' && !busy.has(i.id));
  expect(kase, 'a 潍城区 新办 in 核查 without a remote inspection').toBeTruthy();
  const { phone } = (await (
    await r.post(`${BASE_URL}/api/applications/${kase!.id}/reveal-phone`, {
      data: { reason: '登记远程视频核查' },
      headers,
    })
  ).json()) as { phone: string };
  const people = (await (await r.get(`${BASE_URL}/api/staff/inspectors?county=370702`)).json()) as {
    items: { id: string }[];
  };
  const observer = people.items.find(
    (p) => p.id !== leadId && (!observerId || p.id === observerId),
  );
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
      leadId,
      observerIds: [observer!.id],
      checklistVersion: 'new-v1',
    },
  });
  expect(reg.status(), await reg.text()).toBe(201);
  const { inspection } = (await reg.json()) as { inspection: { id: string } };
  await clerk.context.close();
  return { id: inspection.id, phone };
}

/** Mean brightness (0–255) of the first remote video's current frame, or -1 without one. */
export async function remoteBrightness(page: Page): Promise<number> {
  return (await peerBrightnesses(page))[0] ?? -1;
}

/** Mean brightness (0–255) of each playing video of the other parties. */
export function peerBrightnesses(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLVideoElement>('[data-testid=remote-video]'))
      .filter((x) => x.dataset.side === 'peer' && x.videoWidth > 0)
      .map((v) => {
        const c = document.createElement('canvas');
        c.width = 64;
        c.height = 48;
        const g = c.getContext('2d')!;
        g.drawImage(v, 0, 0, c.width, c.height);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        let sum = 0;
        for (let i = 0; i < d.length; i += 4) sum += (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
        return sum / (d.length / 4);
      }),
  );
}

/**
 * Frames the page has shown so far of the other side's video (0 without one): the first one,
 * or the one labelled with one of `labels` (a party's role as the screen names it).
 */
export function peerFrames(page: Page, labels: string[] = []): Promise<number> {
  return page.evaluate((labels) => {
    const v = Array.from(
      document.querySelectorAll<HTMLVideoElement>('[data-testid=remote-video]'),
    ).find(
      (x) =>
        x.dataset.side === 'peer' &&
        x.videoWidth > 0 &&
        (labels.length === 0 || labels.includes(x.getAttribute('aria-label') ?? '')),
    );
    return v?.getVideoPlaybackQuality().totalVideoFrames ?? 0;
  }, labels);
}

/** Waits for a real picture from the other side; says how the links stand if none comes. */
export async function seesPeer(page: Page, who: string): Promise<void> {
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
