// Part (d) of `npm run bench:grid` alone, against a running server (XUKE_BASE_URL, default
// http://127.0.0.1:8797), with the map's own performance marks: for profiling the first `idle`.
//   npx node bench/grid/idle.mjs [runs=3]
import { launchChromium } from '../../pwa/e2e/chromium.mjs';

const base = (process.env.XUKE_BASE_URL ?? 'http://127.0.0.1:8797').replace(/\/$/, '');
const runs = Number(process.argv[2] ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launchChromium([]);
const idle = async (query) => {
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
};
const bare = [];
const full = [];
for (let i = 0; i < runs; i++) {
  const b = await idle('?layers=none');
  const f = await idle('');
  bare.push(b.ms);
  full.push(f.ms);
  console.log(`bare ${b.ms} (${b.marks})`);
  console.log(`full ${f.ms} (${f.marks})`);
}
await browser.close();
console.log(
  `(d) bare ${median(bare)} ms, full ${median(full)} ms → ${(median(full) / median(bare)).toFixed(2)}× ` +
    `(runs: bare ${bare.join('/')}, full ${full.join('/')})`,
);
