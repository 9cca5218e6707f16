/**
 * Shared steps of the application journeys: a verified applicant, a filled-in 新办 form with
 * three photos, and staff acting on the case.
 */
import type { Browser, Page } from 'playwright-core';
import { creditCheckChar } from '../../worker/core/credit-code';
import { idCheckDigit } from '../../worker/core/id-number';
import {
  BASE_URL,
  TIMEOUT,
  open,
  randomPhone,
  signInApplicant,
  signInStaff,
  type Session,
} from './helpers';

/** A valid, random resident ID number of someone born in 潍城区 in the 1960s. */
export function randomIdNumber(): string {
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const first17 = `3707021962${'05'}${day}${seq}`;
  return first17 + idCheckDigit(first17);
}

/** A valid unified social credit code (enterprise, Shandong). */
export function randomCreditCode(): string {
  const body = Array.from(
    { length: 9 },
    () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[Math.floor(Math.random() * 31)],
  ).join('');
  const first17 = `91370702${body}`;
  return first17 + creditCheckChar(first17);
}

/**
 * A spot in rural 潍城区, south of the centre (the demo gives each area to the nearest county
 * seat): jittered so that reruns on one database do not fill a single grid.
 */
export function emptySpot(): { latitude: number; longitude: number } {
  const j = () => (Math.random() - 0.5) * 0.02;
  return { latitude: 36.63 + j(), longitude: 119.0 + j() };
}

/**
 * A spot that the county rule places in 潍城区 and where the layout check lets a new shop open
 * (a grid with room, no retailer or school too close), asked of the running app with the
 * signed-in page's session.
 */
export async function openableSpot(page: Page): Promise<{ latitude: number; longitude: number }> {
  for (let i = 0; i < 40; i++) {
    const spot = emptySpot();
    const res = await page.request.post(`${BASE_URL}/api/layout/check`, {
      data: { lat: spot.latitude, lng: spot.longitude },
      headers: { origin: BASE_URL },
    });
    if (!res.ok()) continue;
    const check = (await res.json()) as { verdict: string; county: { county: { code: string } } };
    if (check.verdict === 'ok' && check.county.county.code === '370702') return spot;
  }
  throw new Error('no spot in 潍城区 where a new shop may open: check the demo data');
}

/**
 * A new applicant, signed in and with a verified real name (bound in 服务): `name` and
 * `idNumber` (random by default); `serviceWorkers: 'block'` lets a route see every request.
 */
export async function verifiedApplicant(
  browser: Browser,
  opts: {
    geo?: { latitude: number; longitude: number };
    name?: string;
    idNumber?: string;
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Session & { name: string }> {
  const { geo, name = '李秀兰', idNumber = randomIdNumber(), serviceWorkers } = opts;
  const s = await open(browser, { device: 'phone', serviceWorkers });
  await s.context.grantPermissions(['geolocation'], { origin: BASE_URL });
  await signInApplicant(s.page, randomPhone());
  await s.context.setGeolocation(geo ?? (await openableSpot(s.page)));
  await s.page.getByTestId('tab-services').click();
  await s.page.getByLabel('姓名', { exact: true }).fill(name);
  await s.page.getByLabel('居民身份证号码').fill(idNumber);
  // Its own consent, ticked by the applicant (core/privacy.ts).
  await s.page.getByTestId('realname-consent').check();
  await s.page.getByRole('button', { name: '提交认证' }).click();
  await s.page.getByTestId('realname-form').waitFor({ state: 'detached' });
  return { ...s, name };
}

/** A small real JPEG, drawn by the browser itself (so it also decodes there). */
export async function jpeg(
  page: Page,
  label: string,
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const b64 = await page.evaluate(async (text) => {
    const c = new OffscreenCanvas(640, 400);
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#e8eef5';
    ctx.fillRect(0, 0, 640, 400);
    ctx.fillStyle = '#123';
    ctx.font = '48px sans-serif';
    ctx.fillText(text, 40, 200);
    const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, label);
  return { name: `${label}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(b64, 'base64') };
}

/** From 办理: starts a 新办 and fills every field; returns the draft's form page URL. */
export async function fillNewApplication(page: Page, shopName: string): Promise<void> {
  await page.getByTestId('tab-apply').click();
  await page.getByTestId('new-application').click();
  await page.getByRole('radio', { name: /新办/ }).check();
  await page.getByTestId('create-draft').click();
  const form = page.getByTestId('apply-form');
  await form.waitFor();
  // Prefilled from the verified identity.
  await page.waitForFunction(
    () => (document.querySelector('#f-idNumber') as HTMLInputElement | null)?.value.length === 18,
  );
  await page.getByLabel('店铺名称').fill(shopName);
  await page.getByLabel('统一社会信用代码').fill(randomCreditCode());
  await page.getByRole('radio', { name: '租赁合同' }).check();
  await page.getByLabel('详细地址').fill('潍城区符山镇南村123号');
  await page.context().setGeolocation(await openableSpot(page));
  await page.getByTestId('use-location').click();
  await page.waitForFunction(
    () => (document.querySelector('#f-lat') as HTMLInputElement | null)?.value !== '',
  );
  // The county follows the spot (the applicant does not choose it).
  await page.locator('[data-testid="picker-county"][data-county="370702"]').waitFor();
  for (const kind of ['idCardFront', 'businessLicence', 'premisesProof']) {
    await page.getByTestId(`file-${kind}`).setInputFiles(await jpeg(page, kind));
    await page
      .locator(`[data-testid="photo-${kind}"][data-uploaded="yes"]`)
      .waitFor({ timeout: TIMEOUT * 2 });
  }
  await page.getByText('已保存（服务器）').waitFor();
}

/**
 * From the filled form: 下一步 to the summary, tick the promise and both consents, and send
 * (提交申请 or 提交补正材料).
 */
export async function confirmSubmission(page: Page): Promise<void> {
  await page.getByTestId('submit-application').click();
  await page.getByTestId('review-step').waitFor();
  for (const c of ['promise', 'personalInfo', 'sensitiveInfo']) {
    await page.getByTestId(`consent-${c}`).check();
  }
  await page.getByTestId('confirm-submit').click();
}

/** Staff signs in (desktop) and opens the case. */
export async function staffOnCase(
  browser: Browser,
  username: string,
  caseId: string,
): Promise<Session> {
  const s = await open(browser, { device: 'desktop' });
  await signInStaff(s.page, username);
  await s.page.goto(`${BASE_URL}/queue/${caseId}`);
  await s.page.getByTestId('case-view').waitFor();
  return s;
}

/** Clicks an action, confirms its dialog, and waits for the case to show `status`. */
export async function act(page: Page, action: string, status: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId(`dialog-${action}`).getByTestId('dialog-submit').click();
  await page.getByTestId('status-badge').filter({ hasText: status }).waitFor();
}

/** The case id of the applicant's page, from /apply/:id. */
export function caseIdOf(page: Page): string {
  const m = /\/apply\/([^/?#]+)$/.exec(new URL(page.url()).pathname);
  if (!m?.[1]) throw new Error(`not on a case page: ${page.url()}`);
  return m[1];
}

/**
 * The inspection a 新办 needs before its decision, through the API as the officers would do it:
 * the approver (or clerk) on `staff` assigns both 潍城区 inspectors, the second one records that
 * the premises passed. Returns the case's version afterwards.
 */
export async function passInspection(
  browser: Browser,
  staff: Page,
  caseId: string,
): Promise<number> {
  const headers = { origin: BASE_URL };
  const version = async (page: Page) =>
    (
      (await (await page.request.get(`${BASE_URL}/api/applications/${caseId}`)).json()) as {
        application: { version: number };
      }
    ).application.version;
  const officers = (
    (await (await staff.request.get(`${BASE_URL}/api/staff/inspectors?county=370702`)).json()) as {
      items: { id: string }[];
    }
  ).items.map((i) => i.id);
  const assign = await staff.request.post(`${BASE_URL}/api/applications/${caseId}/actions`, {
    data: {
      action: 'require_inspection',
      version: await version(staff),
      inspectorIds: officers.slice(0, 2),
    },
    headers,
  });
  if (!assign.ok()) throw new Error(`assign inspectors: ${assign.status()} ${await assign.text()}`);
  const field = await open(browser, { device: 'phone' });
  try {
    await signInStaff(field.page, 'inspector2');
    const found = await field.page.request.post(`${BASE_URL}/api/applications/${caseId}/actions`, {
      data: {
        action: 'record_inspection',
        version: await version(field.page),
        passed: true,
        notes: '经营场所与申请材料一致，周边无学校',
      },
      headers,
    });
    if (!found.ok()) throw new Error(`record inspection: ${found.status()} ${await found.text()}`);
  } finally {
    await field.context.close();
  }
  return version(staff);
}
