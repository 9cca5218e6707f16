/**
 * 现场核查记录 on the inspectors' phones: one officer records a check in the shop without signal —
 * the checklist, a photo from the camera, the owner's signature — and it waits on the phone;
 * back online it arrives once. The second officer confirms it on their own phone, which moves
 * the case on; the clerk then sees the record with its evidence on the case page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, launch, open, signInStaff } from './helpers';
import { SCREENS_DIR, checkLayout, screenshot, settle } from './layout';

/** A shop in 潍城区, where the phones say they are. */
const HERE = { latitude: 36.7068, longitude: 119.1035 };

async function inWeifang(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['geolocation'], { origin: BASE_URL });
  await context.setGeolocation(HERE);
}

/** A real JPEG, as a phone camera would hand over (the page's own picture). */
async function cameraPhoto(page: Page): Promise<Buffer> {
  return page.screenshot({ type: 'jpeg', quality: 85 });
}

async function sign(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(box.x + 30 + i * 12, y + Math.sin(i / 2) * 25, { steps: 2 });
  }
  await page.mouse.up();
}

async function images(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const imgs = Array.from(document.images);
    imgs.forEach((img) => (img.loading = 'eager'));
    await Promise.all(
      imgs
        .filter((img) => !img.complete)
        .map((img) => new Promise((r) => img.addEventListener('load', r, { once: true }))),
    );
  });
}

describe('the on-site record', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'recorded offline with a photo and a signature, it arrives once; the second officer’s confirmation moves the case',
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      await inWeifang(context);
      await signInStaff(page, 'inspector2');
      await page.locator('[data-testid=staff-nav] a[href="/inspections"]').click();
      const card = page.locator('[data-testid=task-card]:has([data-testid=task-record])').first();
      await card.waitFor();
      const id = await card.getAttribute('data-task');
      const caseId = (await card.getByTestId('task-case').getAttribute('href'))?.split('/').pop();
      expect(caseId).toBeTruthy();
      const photo = await cameraPhoto(page);
      await card.getByTestId('task-record').click();
      await page.getByTestId('record-view').waitFor();
      const items = page.getByTestId('check-item');
      await items.first().waitFor();
      const n = await items.count();
      expect(n).toBeGreaterThanOrEqual(7);

      // In the shop, no signal.
      await context.setOffline(true);
      await page.getByTestId('record-send').click();
      await page.getByTestId('record-error').getByText(`还有${n}项未填写`).waitFor();
      for (let i = 0; i < n; i++) {
        await items
          .nth(i)
          .getByRole('radio', { name: i === n - 1 ? '不适用' : '符合', exact: true })
          .check();
      }
      await items
        .first()
        .getByTestId('photo-input')
        .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
      const thumb = items.first().getByTestId('item-photo');
      await thumb.waitFor();
      await thumb.getByText('待上传').waitFor();
      await page.getByLabel('核查结论与说明').fill('经营场所固定，与申请一致，未发现违规。');
      // Without the owner's signature (or a refusal) the record is not complete.
      await page.getByTestId('record-send').click();
      await page.getByTestId('record-error').getByText('请让店主签名').waitFor();
      await sign(page);
      await page.getByLabel('店主姓名').fill('王建国');
      await page.getByTestId('record-result').getByText('合格').waitFor();
      await settle(page);
      await images(page);
      await checkLayout(page, 'the on-site record (phone)');
      await screenshot(page, 'phone-inspector-record');
      await items.first().screenshot({ path: `${SCREENS_DIR}phone-inspector-record-item.png` });
      await page
        .getByTestId('signature')
        .screenshot({ path: `${SCREENS_DIR}phone-inspector-record-signature.png` });

      await page.getByTestId('record-send').click();
      await page.getByTestId('records-pending').getByText('1份核查记录尚未发送').waitFor();
      await page.getByTestId('photos-pending').getByText('1张照片尚未上传').waitFor();
      await context.setOffline(false);
      await page.getByTestId('records-pending').waitFor({ state: 'detached', timeout: 20_000 });
      await page.getByTestId('photos-pending').waitFor({ state: 'detached' });

      const rec = await page.request.get(`${BASE_URL}/api/tasks/${id}/record`);
      const { record } = (await rec.json()) as {
        record: { state: string; items: { photos: { takenAt: string; lat: number }[] }[] };
      };
      expect(record.state).toBe('submitted');
      expect(record.items.flatMap((i) => i.photos)).toHaveLength(1);
      expect(record.items[0]?.photos[0]?.lat).toBeCloseTo(HERE.latitude, 3);
      const before = await page.request.get(`${BASE_URL}/api/applications/${caseId}`);
      expect(
        ((await before.json()) as { application: { status: string } }).application.status,
      ).toBe('inspection');
      await page
        .locator(`[data-testid=task-card][data-task="${id}"] [data-testid=task-awaiting]`)
        .waitFor();
      await context.close();

      // The second officer, on their own phone.
      const other = await open(browser, { device: 'phone' });
      await signInStaff(other.page, 'inspector');
      await other.page.locator('[data-testid=staff-nav] a[href="/inspections"]').click();
      const mine = other.page.locator(`[data-testid=task-card][data-task="${id}"]`);
      await mine.getByTestId('task-confirm').click();
      await other.page.getByTestId('record-panel').waitFor();
      await other.page.getByTestId('record-photo').waitFor();
      await settle(other.page);
      await images(other.page);
      await checkLayout(other.page, 'confirming a record (phone)');
      await screenshot(other.page, 'phone-inspector-confirm');
      await other.page.getByTestId('record-confirm').click();
      await other.page.getByTestId('inspections-view').waitFor();

      const c = await other.page.request.get(`${BASE_URL}/api/applications/${caseId}`);
      const { application } = (await c.json()) as {
        application: { status: string; events: { action: string }[] };
      };
      expect(application.status).toBe('accepted');
      expect(application.events.filter((e) => e.action === 'record_inspection')).toHaveLength(1);
      await other.context.close();

      // The clerk sees the record with its evidence on the case page.
      for (const device of ['desktop', 'phone'] as const) {
        const clerk = await open(browser, { device });
        await signInStaff(clerk.page, 'clerk');
        await clerk.page.goto(`${BASE_URL}/queue/${caseId}`);
        const panel = clerk.page.getByTestId('case-inspection-records');
        await panel.getByTestId('record-photo').waitFor();
        await panel.getByTestId('record-signature').waitFor();
        await expect
          .poll(() => panel.getByTestId('record-confirmed-by').innerText())
          .toContain('陈刚');
        await settle(clerk.page);
        await images(clerk.page);
        await checkLayout(clerk.page, `the case's on-site record (${device})`);
        await screenshot(clerk.page, `${device}-case-record`);
        await panel.screenshot({ path: `${SCREENS_DIR}${device}-case-record-panel.png` });
        if (device === 'phone') {
          await clerk.page.evaluate(() => document.documentElement.classList.add('large-text'));
          await settle(clerk.page);
          await checkLayout(clerk.page, 'the case’s on-site record (phone, large text)');
          await screenshot(clerk.page, 'phone-large-case-record');
        }
        await clerk.context.close();
      }
    },
    TEST_TIMEOUT * 4,
  );

  test(
    'the demo’s finished record shows its photo and signature on the case page',
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      await signInStaff(page, 'clerk');
      const tasks = await page.request.get(`${BASE_URL}/api/tasks?state=done&pageSize=100`);
      const { items } = (await tasks.json()) as {
        items: { id: string; application: { id: string } | null }[];
      };
      let caseId: string | null = null;
      for (const task of items) {
        const res = await page.request.get(`${BASE_URL}/api/tasks/${task.id}/record`);
        if (res.status() === 200) {
          caseId = task.application?.id ?? null;
          break;
        }
      }
      expect(caseId).toBeTruthy();
      await page.goto(`${BASE_URL}/queue/${caseId}`);
      const panel = page.getByTestId('case-inspection-records');
      const photo = panel.getByTestId('record-photo');
      await photo.waitFor();
      await panel.getByTestId('record-signature').waitFor();
      await images(page);
      // Both pictures are in R2, not just named.
      for (const img of [photo, panel.getByTestId('record-signature')]) {
        expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(
          0,
        );
      }
      await panel.screenshot({ path: `${SCREENS_DIR}phone-demo-case-record-panel.png` });
      await context.close();
    },
    TEST_TIMEOUT * 2,
  );
});
