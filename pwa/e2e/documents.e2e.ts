/**
 * The printable PDFs: the demo applicant downloads the e-licence as a PDF (its text, read back
 * by poppler's pdftotext, holds the licence number and the shop's Chinese name); a 停业 case is
 * filed for another of their licences and accepted, and the 受理通知书 it issued is listed on the
 * staff case page (desktop) and on the applicant's case (phone), opened as a PDF by both. The
 * case is withdrawn at the end, so the other journeys find the demo as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const SHOP = '建国烟酒商行';
const headers = { origin: BASE_URL };
const dir = mkdtempSync(join(tmpdir(), 'xuke-pdf-'));

/** The text poppler reads from a PDF, whitespace dropped (a missing tool fails loudly). */
function pdfText(bytes: Buffer | Uint8Array, name: string): string {
  expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.error)
    throw new Error('pdftotext (poppler-utils) is missing: apt-get install -y poppler-utils');
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replace(/\s+/g, '');
}

interface CaseAnswer {
  application: { id: string; version: number; status: string; ref: string };
}

async function shot(page: Page, name: string, what: string): Promise<void> {
  await settle(page);
  await checkLayout(page, what);
  await screenshot(page, name);
}

describe('the e-licence PDF and the official documents', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'the applicant downloads the e-licence PDF; staff and applicant open the 受理通知书',
    async () => {
      const holder = await open(browser, { device: 'phone', path: '/services' });
      const staff = await open(browser, { device: 'desktop' });
      const page = holder.page;
      let filed: CaseAnswer | null = null;
      try {
        await signInApplicant(page, DEMO_APPLICANT_PHONE);
        const card = page.getByTestId('licence-card').filter({ hasText: SHOP });
        const number = (await card.locator('dd.mono').innerText()).trim();
        await card.getByTestId('open-e-licence').click();
        await page.getByTestId('e-licence').waitFor();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('download-e-licence-pdf').click(),
        ]);
        expect(download.suggestedFilename()).toBe(`烟草专卖零售许可证-${number}.pdf`);
        const saved = join(dir, 'e-licence.pdf');
        await download.saveAs(saved);
        const bytes = readFileSync(saved);
        console.log(`e-licence PDF as downloaded: ${bytes.length} bytes`);
        expect(bytes.length).toBeLessThan(300_000);
        const text = pdfText(bytes, 'e-licence-read.pdf');
        expect(text).toContain(number);
        expect(text).toContain(SHOP);

        // A 停业 for another licence of theirs, accepted by the approver: a 受理通知书.
        const licences = (await (await page.request.get(`${BASE_URL}/api/my/licences`)).json()) as {
          items: { id: string; shopName: string; status: string }[];
        };
        const other = licences.items.find((l) => l.status === 'active' && l.shopName !== SHOP);
        expect(other, 'the demo applicant holds another active licence').toBeTruthy();
        const today = await appToday(page);
        const sent = await page.request.post(`${BASE_URL}/api/my/applications/submissions`, {
          data: {
            idempotencyKey: crypto.randomUUID(),
            type: 'suspension',
            licenceId: other?.id,
            form: {
              suspendFrom: addCalendarDays(today, 10),
              suspendUntil: addCalendarDays(today, 70),
              reason: '店面装修，暂停营业两个月',
            },
            consent: {
              noticeVersion: PRIVACY_NOTICE_VERSION,
              promise: true,
              personalInfo: true,
              sensitiveInfo: true,
            },
          },
          headers,
        });
        expect(sent.ok(), await sent.text()).toBe(true);
        filed = (await sent.json()) as CaseAnswer;
        await signInStaff(staff.page, 'approver');
        const accepted = await staff.page.request.post(
          `${BASE_URL}/api/applications/${filed.application.id}/actions`,
          { data: { action: 'accept', version: filed.application.version }, headers },
        );
        expect(accepted.ok(), await accepted.text()).toBe(true);
        filed = (await accepted.json()) as CaseAnswer;

        // Staff: the case page lists it; its PDF opens with the number in its text.
        const s = staff.page;
        await s.goto(`/queue/${filed.application.id}`);
        const doc = s.getByTestId('document').filter({ hasText: '受理通知书' });
        await doc.waitFor();
        const docNumber = (await doc.getByTestId('document-number').innerText()).trim();
        expect(docNumber).toMatch(/烟许受〔\d{4}〕第\d{4}号$/);
        await doc.scrollIntoViewIfNeeded();
        await shot(s, 'desktop-case-documents', 'case documents (desktop)');
        const [tab] = await Promise.all([
          s.context().waitForEvent('page'),
          doc.getByTestId('document-pdf').click(),
        ]);
        await tab.waitForLoadState();
        expect(tab.url()).toContain(`/api/applications/${filed.application.id}/documents/`);
        const staffPdf = await s.request.get(tab.url());
        expect(staffPdf.headers()['content-type']).toBe('application/pdf');
        const staffText = pdfText(await staffPdf.body(), 'acceptance-staff.pdf');
        expect(staffText).toContain(docNumber);
        expect(staffText).toContain('行政许可受理通知书');
        await tab.close();

        // The applicant: the same document on their case, on the phone.
        await page.goto(`/apply/${filed.application.id}`);
        const mine = page.getByTestId('document').filter({ hasText: docNumber });
        await mine.waitFor();
        await mine.scrollIntoViewIfNeeded();
        await shot(page, 'phone-normal-case-documents', 'case documents (phone)');
        const href = await mine.getByTestId('document-pdf').getAttribute('href');
        const minePdf = await page.request.get(new URL(href ?? '', BASE_URL).toString());
        expect(minePdf.status()).toBe(200);
        expect(pdfText(await minePdf.body(), 'acceptance-applicant.pdf')).toContain(docNumber);
      } finally {
        // Withdrawn: the demo licence keeps no open case from this journey.
        if (filed) {
          const res = await page.request.post(
            `${BASE_URL}/api/my/applications/${filed.application.id}/actions`,
            {
              data: {
                idempotencyKey: crypto.randomUUID(),
                action: 'withdraw',
                version: filed.application.version,
              },
              headers,
            },
          );
          expect(res.ok(), await res.text()).toBe(true);
        }
        await holder.context.close();
        await staff.context.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
