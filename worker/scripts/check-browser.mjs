// `npm test` pre-step: the browser journeys drive Debian's Chromium and need CJK fonts for
// Chinese text; the PDF checks read PDFs back with poppler's pdftotext / pdftoppm. Said in the
// first seconds, never discovered after the other suites ran: when they are missing, root
// installs them from Debian (as `playwright install --with-deps` does); anyone else gets the
// one command that does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk', 'poppler-utils'];
const INSTALL = `apt-get install -y ${PACKAGES.join(' ')}`;

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && /Noto Sans CJK|Noto Serif CJK/i.test(r.stdout);
}

function missing() {
  const out = [];
  if (!existsSync(CHROMIUM)) out.push(`Chromium (${CHROMIUM})`);
  if (!hasCjkFont()) out.push('CJK fonts (Noto CJK)');
  const pdftotext = spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdftoppm']);
  if (pdftotext.status !== 0) out.push('poppler-utils (pdftotext, pdftoppm)');
  return out;
}

let lacking = missing();
if (lacking.length > 0) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt && !process.env.CHROMIUM_PATH) {
    console.log(`… the browser journeys need ${lacking.join(' and ')}: installing (${INSTALL})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
    if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', ...PACKAGES])) {
      console.error(`✗ could not install them; run as root: apt-get update && ${INSTALL}`);
      process.exit(1);
    }
    lacking = missing();
  }
  if (lacking.length > 0) {
    console.error(
      `✗ the browser journeys need ${lacking.join(' and ')}.\n` +
        `  Install them once with:  sudo apt-get update && sudo ${INSTALL}\n` +
        '  (or point CHROMIUM_PATH at a Chromium binary), then run npm test again.',
    );
    process.exit(1);
  }
}
