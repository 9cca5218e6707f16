// Renders the app icons (PNG) and the favicon (SVG) from one drawing, using Debian's Chromium.
// Run once when the drawing changes: `npx node pwa/scripts/make-icons.mjs`; the output is
// committed, so builds need no browser. Shapes only, no text: icons must not depend on fonts.
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const out = new URL('../public/', import.meta.url);

/** A licence card with a red seal and a tick, on the theme blue. */
function drawing({ fullBleed, scale }) {
  const bg = fullBleed
    ? '<rect width="512" height="512" fill="#0b4f8a"/>'
    : '<rect width="512" height="512" rx="104" fill="#0b4f8a"/>';
  const t = (1 - scale) * 256;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  ${bg}
  <g transform="translate(${t} ${t}) scale(${scale})">
    <rect x="120" y="96" width="272" height="320" rx="24" fill="#ffffff"/>
    <rect x="160" y="148" width="192" height="22" rx="11" fill="#0b4f8a"/>
    <rect x="160" y="196" width="144" height="16" rx="8" fill="#8aa6c1"/>
    <rect x="160" y="232" width="168" height="16" rx="8" fill="#8aa6c1"/>
    <rect x="160" y="268" width="96" height="16" rx="8" fill="#8aa6c1"/>
    <circle cx="322" cy="342" r="58" fill="#c62828"/>
    <path d="M294 343 l19 19 l36 -38" fill="none" stroke="#ffffff" stroke-width="15"
      stroke-linecap="round" stroke-linejoin="round"/>
  </g>
</svg>`;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const jobs = [
    { file: 'icons/icon-192.png', size: 192, fullBleed: false, scale: 1 },
    { file: 'icons/icon-512.png', size: 512, fullBleed: false, scale: 1 },
    // Maskable: launchers crop to a circle of 80% diameter, so the card shrinks into it.
    { file: 'icons/icon-maskable-512.png', size: 512, fullBleed: true, scale: 0.72 },
    { file: 'icons/apple-touch-icon-180.png', size: 180, fullBleed: true, scale: 0.86 },
  ];
  for (const job of jobs) {
    await page.setViewportSize({ width: job.size, height: job.size });
    const svg = drawing(job).replace('width="512" height="512"', 'width="100%" height="100%"');
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    await page.screenshot({ path: new URL(job.file, out).pathname, omitBackground: true });
  }
  await writeFile(new URL('favicon.svg', out), drawing({ fullBleed: false, scale: 1 }) + '\n');
} finally {
  await browser.close();
}
