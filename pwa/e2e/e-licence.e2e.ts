/**
 * The e-licence (电子许可证) and its public verify page: the demo applicant opens the e-licence
 * of 建国烟酒商行; its verify URL, opened by anyone (a fresh context, nobody signed in), says
 * 有效; once an approver grants a 停业 for the licence it says 停业中; a token with one
 * character changed says 无效. The licence is resumed (恢复营业) at the end, so the demo and
 * the other journeys find it as it was. Screens measured on a phone, normal and large text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addCalendarDays } from '../../worker/core/dates';
import { PRIVACY_NOTICE_VERSION } from '../../worker/core/privacy';
import {
  BASE_URL,
  DEMO_APPLICANT_PHONE,
  TEST_TIMEOUT,
  appToday,
  launch,
  open,
  signInApplicant,
  signInStaff,
} from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { largeText } from './shots';

const SHOP = '建国烟酒商行';
const headers = { origin: BASE_URL };
const CONSENT = {
  noticeVersion: PRIVACY_NOTICE_VERSION,
  promise: true,
  personalInfo: true,
  sensitiveInfo: true,
};

interface CaseAnswer {
  application: { id: string; version: number; status: string };
}

/** Measures and photographs the screen now shown, in normal then large text. */
async function bothSizes(page: Page, name: string, ready: string): Promise<void> {
  for (const mode of ['normal', 'large'] as const) {
    if (mode === 'large') await largeText(page, true);
    await page.getByTestId(ready).waitFor();
    await settle(page);
    await checkLayout(page, `${name} (phone, ${mode} text)`);
    await screenshot(page, `phone-${mode}-${name}`);
  }
  await largeText(page, false);
  await page.getByTestId(ready).waitFor();
}

/** The applicant files a case for the licence; the approver accepts and grants it. */
async function grant(
  applicant: Page,
  approver: Page,
  type: 'suspension' | 'resume',
  licenceId: string,
  form: Record<string, unknown>,
): Promise<void> {
  const sent = await applicant.request.post(`${BASE_URL}/api/my/applications/submissions`, {
    data: { idempotencyKey: crypto.randomUUID(), type, licenceId, form, consent: CONSENT },
    headers,
  });
  if (!sent.ok()) throw new Error(`${type}: ${sent.status()} ${await sent.text()}`);
  let c = (await sent.json()) as CaseAnswer;
  for (const action of ['accept', 'approve'] as const) {
    const res = await approver.request.post(
      `${BASE_URL}/api/applications/${c.application.id}/actions`,
      { data: { action, version: c.application.version }, headers },
    );
    if (!res.ok()) throw new Error(`${type} ${action}: ${res.status()} ${await res.text()}`);
    c = (await res.json()) as CaseAnswer;
  }
}

describe('the e-licence and its public verify page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'anyone who scans sees valid, then suspended after a 停业; an altered code is not valid',
    async () => {
      const holder = await open(browser, { device: 'phone', path: '/services' });
      const visitor = await open(browser, { device: 'phone', path: '/' });
      const staff = await open(browser, { device: 'desktop' });
      let licenceId = '';
      let suspended = false;
      const page = holder.page;
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        const card = page.getByTestId('licence-card').filter({ hasText: SHOP });
        const number = (await card.locator('dd.mono').innerText()).trim();
        await card.getByTestId('open-e-licence').click();
        await page.getByTestId('e-licence').waitFor();
        licenceId = /\/services\/licences\/([^/?]+)/.exec(page.url())?.[1] ?? '';
        expect(licenceId).not.toBe('');
        const paper = await page.getByTestId('e-licence').innerText();
        expect(paper).toContain('烟草专卖零售许可证');
        expect(paper).toContain(SHOP);
        expect(paper).toContain('王建国');
        expect(paper).toContain('卷烟、雪茄烟零售');
        expect(await page.getByTestId('e-licence-number').innerText()).toBe(number);
        expect(await page.getByTestId('e-licence-bureau').innerText()).toMatch(/烟草专卖局$/);
        await page.getByTestId('seal').waitFor();
        await bothSizes(page, 'e-licence', 'e-licence');
        // Printed (A4): the licence alone, without the app's bars and buttons.
        await page.emulateMedia({ media: 'print' });
        expect(await page.getByTestId('applicant-tabs').isVisible()).toBe(false);
        expect(await page.getByTestId('print-e-licence').isVisible()).toBe(false);
        expect(await page.getByTestId('e-licence').isVisible()).toBe(true);
        await screenshot(page, 'print-e-licence');
        await page.emulateMedia({ media: 'screen' });

        const href = await page.getByTestId('verify-link').getAttribute('href');
        // The QR code is drawn: a QR symbol's size (17 + 4·version modules, 4 of quiet zone).
        const qr = page.getByTestId('verify-qr');
        const side = Number((await qr.getAttribute('viewBox'))?.split(' ')[2]);
        expect((side - 8 - 17) % 4).toBe(0);
        expect(
          ((await qr.locator('path').getAttribute('d')) ?? '').split('M').length,
        ).toBeGreaterThan(200);
        const verifyUrl = new URL(href ?? '', BASE_URL);
        expect(verifyUrl.pathname).toBe('/verify');
        const token = verifyUrl.searchParams.get('t') ?? '';
        expect(token.length).toBeGreaterThan(40);

        // Anyone: a fresh context, nobody signed in.
        const v = visitor.page;
        await v.goto(`${verifyUrl.pathname}${verifyUrl.search}`);
        const status = v.getByTestId('verify-status');
        await status.waitFor();
        expect(await status.getAttribute('data-status')).toBe('valid');
        expect(await status.innerText()).toContain('有效');
        const facts = await v.getByTestId('verify-facts').innerText();
        expect(facts).toContain(number);
        expect(facts).toContain(SHOP);
        expect(facts).toContain('王*国');
        expect(facts).not.toContain('王建国');
        expect(await v.getByTestId('mode-applicant').count(), 'no sign-in asked').toBe(0);
        await bothSizes(v, 'verify-valid', 'verify-status');

        // An approver grants a 停业 of the licence: the same code now says so.
        await signInStaff(staff.page, 'approver');
        const today = await appToday(page);
        await grant(page, staff.page, 'suspension', licenceId, {
          suspendFrom: today,
          suspendUntil: addCalendarDays(today, 60),
          reason: '店面装修，暂停营业两个月',
        });
        suspended = true;
        await v.reload();
        await v.getByTestId('verify-status').waitFor();
        expect(await v.getByTestId('verify-status').getAttribute('data-status')).toBe('suspended');
        expect(await v.getByTestId('verify-status').innerText()).toContain('停业中');
        await bothSizes(v, 'verify-suspended', 'verify-status');

        // The holder's e-licence is held back meanwhile, in words.
        await page.reload();
        const held = page.getByTestId('e-licence-held');
        await held.waitFor();
        expect(await held.innerText()).toContain('停业');
        await settle(page);
        await checkLayout(page, 'e-licence held during a suspension (phone)');
        await screenshot(page, 'phone-normal-e-licence-held');

        // One character of the token changed: not valid, and nothing about the licence shown.
        const i = token.length - 5;
        const altered = `${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`;
        await v.goto(`/verify?t=${encodeURIComponent(altered)}`);
        await v.getByTestId('verify-status').waitFor();
        expect(await v.getByTestId('verify-status').getAttribute('data-status')).toBe('invalid');
        expect(await v.getByTestId('verify-status').innerText()).toContain('无效');
        expect(await v.getByTestId('verify-facts').count()).toBe(0);
        expect(await v.locator('body').innerText()).not.toContain(SHOP);
        await bothSizes(v, 'verify-invalid', 'verify-status');
      } finally {
        // 恢复营业: the demo licence as it was, for the journeys after this one.
        if (suspended) {
          await grant(page, staff.page, 'resume', licenceId, {
            resumeOn: await appToday(page),
            confirmConditions: true,
          });
        }
        await holder.context.close();
        await visitor.context.close();
        await staff.context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
