/**
 * Screenshots the journeys keep for a person to look at (dist/e2e-shots/<name>.png): whole
 * pages, as the phone or desktop viewport lays them out.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const DIR = fileURLToPath(new URL('../../dist/e2e-shots/', import.meta.url));

/** The whole page, or with `viewport` what the screen shows (a dialog over the page). */
export async function shoot(page: Page, name: string, viewport = false): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  // Let fonts and the last render settle: a screenshot mid-transition shows nothing useful.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${DIR}${name}.png`, fullPage: !viewport });
}

/** Switches the large-text mode (适老化) on or off, as the app stores it, and reloads. */
export async function largeText(page: Page, on: boolean): Promise<void> {
  await page.evaluate((v) => localStorage.setItem('xuke.largeText', v ? '1' : '0'), on);
  await page.reload();
}
