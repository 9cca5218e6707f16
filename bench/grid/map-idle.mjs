// One measurement of (d): a fresh context signs in as the approver, opens the staff map (with
// `?layers=none` for the bare map) and reads the time to its first `idle` and its timing marks.

/** @returns {Promise<{ ms: number, marks: string }>} */
export async function mapIdle(browser, base, query) {
  const ctx = await browser.newContext({
    baseURL: base,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    serviceWorkers: 'block',
  });
  await ctx.request.post(`${base}/api/auth/staff/login`, {
    data: { username: 'approver', password: 'Xuke#2026' },
    headers: { origin: base },
  });
  const page = await ctx.newPage();
  await page.goto(`${base}/map${query}`);
  const el = page.locator('[data-testid=map][data-idle-ms]');
  await el.waitFor({ timeout: 180_000 });
  const ms = Number(await el.getAttribute('data-idle-ms'));
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('xuke-'))
      .map((m) => `${m.name.slice(5)} ${m.startTime.toFixed(0)}`)
      .join(' · '),
  );
  await ctx.close();
  return { ms, marks };
}
