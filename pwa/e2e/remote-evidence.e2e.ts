/**
 * 云上核查 as evidence, with two Chromium contexts and the fake camera and microphone: a remote
 * inspection is registered; lead and applicant join; the applicant consents and the lead's page
 * records the call in chunks; the lead's page is closed mid-recording and opened again (the
 * recording resumes, nothing is lost); every item gets a still and a result; both sign; the lead
 * seals. The staff page says intact, the downloaded bundle verifies with `evidence:verify`;
 * then one byte of one stored chunk changes and both the page and the command name that chunk.
 * The applicant's phone gives its position (granted, at the shop): the lead sees it, and the
 * sealed manifest and the verify page record it with the consent and with every still.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { BASE_URL, TEST_TIMEOUT, TIMEOUT, open, signInApplicant, signInStaff } from './helpers';
import { checkLayout, screenshot, settle } from './layout';
import { CALL_ARGS, registerRemote } from './remote-helpers';

/** Where the applicant's phone says it is (a shop in 潍城区). */
const SHOP = { latitude: 36.730215, longitude: 119.021107, accuracy: 15 };

/** Draws a short signature on the pad and submits it. */
async function sign(page: Page): Promise<void> {
  const pad = page.getByTestId('remote-sign-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 20 + i * 15, box.y + box.height / 2 + (i % 2 ? 25 : -25), {
      steps: 3,
    });
  }
  await page.mouse.up();
  await page.getByTestId('remote-sign-submit').click();
}

const chunksOf = async (page: Page) =>
  Number(await page.getByTestId('remote-recording').getAttribute('data-chunks'));

/** Runs the offline verifier on a bundle file: its exit status and JSON line. */
function verifyOffline(file: string): {
  status: number | null;
  out: { intact: boolean; problems: { part: string; problem: string }[] };
} {
  const r = spawnSync('npm', ['run', '--silent', 'evidence:verify', '--', file], {
    encoding: 'utf8',
  });
  return { status: r.status, out: JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') };
}

/** Every file under `dir`. */
/**
 * The file holding an R2 object in the local storage: local R2 keeps each object's blob id in
 * its SQLite metadata (`_mf_objects`) and the bytes in `<bucket>/blobs/<blob id>`.
 */
function storedBlob(persist: string, keyEnd: string): string | null {
  const r2 = join(persist, 'v3/r2');
  const meta = join(r2, 'miniflare-R2BucketObject');
  for (const f of readdirSync(meta).filter((n) => /^[0-9a-f]{64}\.sqlite$/.test(n))) {
    const db = new DatabaseSync(join(meta, f), { readOnly: true });
    try {
      const row = db
        .prepare('SELECT blob_id FROM _mf_objects WHERE key LIKE ?')
        .get(`%/${keyEnd}`) as { blob_id: string } | undefined;
      if (!row) continue;
      const bucket = readdirSync(r2).find((b) => existsSync(join(r2, b, 'blobs', row.blob_id)));
      return bucket ? join(r2, bucket, 'blobs', row.blob_id) : null;
    } finally {
      db.close();
    }
  }
  return null;
}

describe('a remote inspection as evidence', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium([...CALL_ARGS, '--autoplay-policy=no-user-gesture-required'], {
      timeout: TIMEOUT * 2,
    });
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'records, survives a closed page, stills, signs, seals, verifies, and names a changed chunk',
    async () => {
      const lead = await open(browser, { device: 'desktop' });
      await lead.context.grantPermissions(['camera', 'microphone'], { origin: BASE_URL });
      await signInStaff(lead.page, 'inspector');
      const { user: me } = (await (await lead.page.request.get(`${BASE_URL}/api/me`)).json()) as {
        user: { id: string };
      };
      const { id, phone } = await registerRemote(browser, me.id);

      const applicant = await open(browser, { device: 'phone' });
      await applicant.context.grantPermissions(['camera', 'microphone', 'geolocation'], {
        origin: BASE_URL,
      });
      await applicant.context.setGeolocation(SHOP);
      await signInApplicant(applicant.page, phone);
      await applicant.page.goto(`${BASE_URL}/remote/${id}`);
      await applicant.page.getByTestId('remote-call').waitFor();
      await lead.page.goto(`${BASE_URL}/remote`);
      await lead.page
        .locator(`[data-testid=evidence-join][href="/inspections/remote/${id}"]`)
        .click();
      await lead.page.getByTestId('remote-call').waitFor();

      // The phone's position is given (the lead's desktop gives none), then the consent.
      await applicant.page.locator('[data-testid=remote-position][data-mine=given]').waitFor();
      await lead.page.locator('[data-testid=remote-position][data-applicant=given]').waitFor();
      await applicant.page.getByTestId('remote-agree').click();
      await lead.page.getByTestId('remote-recording').waitFor();
      await expect.poll(() => chunksOf(lead.page), { timeout: TIMEOUT }).toBeGreaterThanOrEqual(2);

      // The lead's page closes mid-recording and opens again: the upload resumes.
      const before = await chunksOf(lead.page);
      await lead.page.close();
      const page = await lead.context.newPage();
      await page.goto(`${BASE_URL}/inspections/remote/${id}`);
      await page.getByTestId('remote-recording').waitFor();
      await expect.poll(() => chunksOf(page), { timeout: TIMEOUT }).toBeGreaterThan(before + 1);

      // The reopened page has the applicant's picture again before it takes stills.
      await expect
        .poll(
          () =>
            page.evaluate(() =>
              Array.from(document.querySelectorAll<HTMLVideoElement>('video[data-side=peer]')).some(
                (v) => v.videoWidth > 0,
              ),
            ),
          { timeout: TIMEOUT },
        )
        .toBe(true);

      // Every item: a still of the applicant's camera, then its result.
      const itemOf = (p: Page) => p.getByTestId('remote-item-now').getAttribute('data-item');
      for (let i = 0; i < 7; i++) {
        const item = await itemOf(page);
        await page.getByTestId('remote-still').click();
        await expect
          .poll(() => page.getByTestId('remote-still-count').getAttribute('data-n'), {
            timeout: TIMEOUT,
          })
          .toBe('1');
        await page.getByTestId('remote-result-pass').click();
        await expect
          .poll(() => page.locator('[data-testid=remote-result-pass].btn-primary').count())
          .toBe(1);
        if (i < 6) {
          await page.getByTestId('remote-next').click();
          await expect.poll(() => itemOf(page)).not.toBe(item);
        }
      }

      // Both sign; the lead seals.
      await applicant.page.getByTestId('remote-sign-pad').waitFor();
      await settle(applicant.page);
      await checkLayout(applicant.page, 'the applicant signing (phone)');
      await screenshot(applicant.page, 'phone-remote-sign');
      await sign(applicant.page);
      await sign(page);
      await page.getByTestId('remote-seal').click();
      await page.getByTestId('remote-sealed').waitFor({ timeout: TIMEOUT * 2 });
      await applicant.page.getByTestId('remote-sealed').waitFor();
      await settle(page);
      await screenshot(page, 'remote-sealed-inspector');

      // The staff page: intact.
      await page.getByTestId('remote-verify-link').click();
      await page.getByTestId('evidence-check').click();
      await expect
        .poll(() => page.getByTestId('evidence-verdict').getAttribute('data-intact'))
        .toBe('true');
      await expect
        .poll(() => page.getByTestId('evidence-location-consent').getAttribute('data-status'))
        .toBe('given');
      expect(
        await page.locator('[data-testid=evidence-location-still][data-status=given]').count(),
      ).toBeGreaterThanOrEqual(1);
      await settle(page);
      await checkLayout(page, 'the evidence verify page');
      await screenshot(page, 'evidence-verify');

      // The downloaded bundle verifies offline.
      const dir = mkdtempSync(join(tmpdir(), 'xuke-bundle-'));
      const zip = await page.request.get(`${BASE_URL}/api/inspections/${id}/evidence`);
      expect(zip.status()).toBe(200);
      const good = join(dir, 'good.zip');
      writeFileSync(good, await zip.body());
      expect(verifyOffline(good)).toEqual({ status: 0, out: { intact: true, problems: [] } });

      // One byte of one stored chunk changes (in the server's storage itself).
      const entries = unzipSync(new Uint8Array(readFileSync(good)));
      const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
        recordings: { chunks: { path: string }[] }[];
        gps: { consent: { status: string; lat?: number; lng?: number } };
        stills: { gps: { applicant: { lat?: number }; lead: { status: string } } }[];
      };
      // GPS where the device gave it: with the consent and with each still.
      expect(manifest.gps.consent).toMatchObject({ status: 'given', lat: SHOP.latitude });
      expect(manifest.stills.length).toBe(7);
      for (const st of manifest.stills) {
        expect(st.gps.applicant.lat).toBe(SHOP.latitude);
        expect(st.gps.lead.status).toBe('not_given');
      }
      const chunks = manifest.recordings.flatMap((r) => r.chunks.map((c) => c.path));
      expect(chunks.length).toBeGreaterThanOrEqual(4);
      const target = chunks[1]!;
      const want = Buffer.from(entries[target]!);
      const persist = process.env.XUKE_E2E_PERSIST_DIR;
      expect(persist, 'the server storage directory').toBeTruthy();
      const blob = storedBlob(persist!, target);
      expect(blob, `the stored object of ${target}`).toBeTruthy();
      expect(readFileSync(blob!).equals(want), `the stored bytes of ${target}`).toBe(true);
      const bytes = readFileSync(blob!);
      bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
      writeFileSync(blob!, bytes);

      await page.getByTestId('evidence-check').click();
      await expect
        .poll(() => page.getByTestId('evidence-verdict').getAttribute('data-intact'))
        .toBe('false');
      await expect
        .poll(() => page.getByTestId('evidence-problem').getAttribute('data-part'))
        .toBe(target);
      const bad = join(dir, 'bad.zip');
      writeFileSync(
        bad,
        await (await page.request.get(`${BASE_URL}/api/inspections/${id}/evidence`)).body(),
      );
      expect(verifyOffline(bad)).toEqual({
        status: 1,
        out: { intact: false, problems: [{ part: target, problem: 'changed' }] },
      });

      // The list of the inspector's remote inspections shows it sealed.
      await page.goto(`${BASE_URL}/remote`);
      await page
        .locator(`[data-testid=evidence-remote-item][data-id="${id}"][data-state=sealed]`)
        .waitFor();
      await settle(page);
      await checkLayout(page, 'the remote inspections list');
      await screenshot(page, 'remote-list');
      await applicant.context.close();
      await lead.context.close();
    },
    TEST_TIMEOUT * 4,
  );
});
