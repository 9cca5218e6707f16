/**
 * 网格管理 as the admin: change the school buffer (and see it saved), import a school list — the
 * dry run shows the bad row and nothing can be imported while it is there (all or nothing), the
 * corrected file imports — and preview a yearly recompute that shows which grids change colour.
 * Leaves the distance rules as it found them. Saves test-results/grid-admin-preview.png.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE_URL, TEST_TIMEOUT, TIMEOUT, launch, open, signInStaff } from './helpers';

const headers = { origin: BASE_URL };

// Far north-east corner of the city's extent: no demo case is near, so other journeys' layout
// checks are unaffected by these schools.
const GOOD = [
  '学校名称,类型,县市区,经度,纬度',
  '测试东北角小学,小学,寿光市,120.051,37.351',
  '测试东北角幼儿园,幼儿园,寿光市,120.053,37.352',
];
const BAD_ROW = '经纬度颠倒的中学,中学,寿光市,37.35,120.05';

function csv(lines: string[]) {
  return { name: 'schools.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
}

interface Settings {
  weights: unknown;
  rules: { minSpacingM: number; schoolBufferM: number };
}

describe('grid administration', () => {
  let browser: Browser;
  let page: Page;
  let original: Settings | null = null;

  beforeAll(async () => {
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    // Whatever happened, the other journeys find the distance rules as they were.
    if (page && original) {
      const now = (await (
        await page.request.get(`${BASE_URL}/api/grids/settings`)
      ).json()) as Settings;
      await page.request.put(`${BASE_URL}/api/grids/settings`, {
        data: { ...now, rules: original.rules },
        headers,
      });
    }
    await browser?.close();
  });

  test(
    'distance rules, a school import with a bad row, and the recompute preview',
    async () => {
      ({ page } = await open(browser, { device: 'desktop' }));
      await signInStaff(page, 'admin');
      await page.goto(`${BASE_URL}/grids`);
      original = (await (
        await page.request.get(`${BASE_URL}/api/grids/settings`)
      ).json()) as Settings;

      // 1. The school buffer: an invalid value is refused on the spot, a valid one is saved.
      const buffer = page.getByLabel('中小学、幼儿园周边禁设范围（米）');
      await buffer.fill('-5');
      await expect.poll(() => page.getByTestId('rules-save').isDisabled()).toBe(true);
      await buffer.fill(String(original.rules.schoolBufferM + 30));
      await page.getByTestId('rules-save').click();
      await expect
        .poll(() => page.getByTestId('rules-saved').textContent(), { timeout: TIMEOUT })
        .toContain(`学校、幼儿园周边 ${original.rules.schoolBufferM + 30} 米`);
      const saved = (await (
        await page.request.get(`${BASE_URL}/api/grids/settings`)
      ).json()) as Settings;
      expect(saved.rules.schoolBufferM).toBe(original.rules.schoolBufferM + 30);
      expect(saved.rules.minSpacingM).toBe(original.rules.minSpacingM);

      // 2. Schools: the dry run shows the bad row; with it, nothing can be imported.
      const list = page.getByTestId('school-list');
      await list.waitFor();
      const before = Number(await list.getAttribute('data-total'));
      await page.getByTestId('school-file').setInputFiles(csv([...GOOD, BAD_ROW]));
      await page.getByText('已读取 3 行').waitFor();
      await page.getByTestId('school-check').click();
      const report = page.getByTestId('school-report');
      await report.getByText('不合格 1').waitFor();
      await expect
        .poll(() => report.getByTestId('rejected-row').textContent())
        .toMatch(/第 4 行.*经纬度颠倒的中学.*坐标不在本市范围/);
      await report.getByText('只要有一行不合格就一行也不导入').waitFor();
      expect(await page.getByTestId('school-commit').isDisabled()).toBe(true);

      // The corrected file passes and imports after a confirmation.
      await page.getByTestId('school-file').setInputFiles(csv(GOOD));
      await page.getByText('已读取 2 行').waitFor();
      await page.getByTestId('school-check').click();
      await report.getByText('全部合格，可以导入').waitFor();
      await page.getByTestId('school-commit').click();
      await page.getByText('确认导入以上 2 条').waitFor();
      await page.getByTestId('school-confirm').click();
      await report.getByText('导入完成：已导入 2 条').waitFor({ timeout: TIMEOUT });
      await expect
        .poll(async () => Number(await list.getAttribute('data-total')), { timeout: TIMEOUT })
        .toBe(before + 2);
      await list.getByLabel('按名称或县市区查找').fill('测试东北角');
      await list.getByText('测试东北角幼儿园').waitFor();
      expect(await list.locator('tbody tr').count()).toBe(2);

      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/grid-admin.png', fullPage: true });

      // 3. Market-unit polygons, dry run only: one unit passes (and would take the shops inside
      // it from their hexagons), one names a county that does not exist.
      const square = [
        [119.1, 36.7],
        [119.12, 36.7],
        [119.12, 36.72],
        [119.1, 36.72],
        [119.1, 36.7],
      ];
      const feature = (code: string, county: string) => ({
        type: 'Feature',
        properties: { code, name: `${code} 测试单元`, county, population: 5000 },
        geometry: { type: 'Polygon', coordinates: [square] },
      });
      await page.getByTestId('polygon-file').setInputFiles({
        name: 'units.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(
          JSON.stringify({
            type: 'FeatureCollection',
            features: [feature('KW-T1', '奎文区'), feature('KW-T2', '不存在区')],
          }),
        ),
      });
      await page.getByText('已读取 2 个单元').waitFor();
      await page.getByTestId('polygon-check').click();
      const units = page.getByTestId('polygon-report');
      await units.getByText('不合格 1').waitFor({ timeout: TIMEOUT });
      await expect
        .poll(() => units.getByTestId('rejected-row').textContent())
        .toMatch(/第 2 个.*KW-T2 测试单元.*未知县市区/);
      await expect
        .poll(() => page.getByTestId('polygon-moves').textContent())
        .toMatch(/1 个单元合格，将有 [1-9]\d* 处经营场所/);
      expect(await page.getByTestId('polygon-commit').isDisabled()).toBe(true);

      // 4. A lower base rate: the preview lists grids that would change colour and draws them.
      await page.getByLabel('每千人基准数').fill('2');
      await page.getByTestId('recompute-preview-btn').click();
      const preview = page.getByTestId('recompute-preview');
      await preview.waitFor({ timeout: TIMEOUT * 2 });
      await expect.poll(() => preview.textContent()).toMatch(/颜色改变 [1-9]\d* 个/);
      const shifts = preview.locator('[data-testid=shift-list] li');
      await shifts.first().waitFor();
      const kinds = await shifts.evaluateAll((els) => els.map((e) => e.getAttribute('data-shift')));
      expect(kinds.some((k) => /^(green|yellow)>(yellow|red)$/.test(k ?? ''))).toBe(true);
      await preview.locator('[data-testid=preview-picture] g').first().waitFor();
      expect(await preview.locator('[data-testid=preview-table] tbody tr').count()).toBeGreaterThan(
        0,
      );
      expect(await page.getByTestId('recompute-apply-btn').isDisabled()).toBe(false);
      await preview.screenshot({ path: 'test-results/grid-admin-preview.png' });

      // Put the buffer back through the page, as an admin would.
      await buffer.fill(String(original.rules.schoolBufferM));
      await page.getByTestId('rules-save').click();
      await expect
        .poll(() => page.getByTestId('rules-saved').textContent(), { timeout: TIMEOUT })
        .toContain(`学校、幼儿园周边 ${original.rules.schoolBufferM} 米`);
    },
    TEST_TIMEOUT * 2,
  );
});
