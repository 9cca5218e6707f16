/**
 * Security headers as the real stack serves them: the app and its static files (assets binding,
 * pwa/public/_headers), API answers and attachments (the worker). The expected values are the
 * worker's constants, so the static file and the middleware cannot drift apart.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type APIResponse, type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  API_CSP,
  APP_CSP,
  ATTACHMENT_CSP,
  COMMON_HEADERS,
} from '../../worker/src/middleware/security-policy';
import { BASE_URL, TEST_TIMEOUT, launch, open, randomPhone, takeCspViolations } from './helpers';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/pwa');

function expectHeaders(res: APIResponse, csp: string): void {
  const headers = res.headers();
  for (const [name, value] of Object.entries(COMMON_HEADERS)) {
    expect(headers[name], `${name} on ${res.url()}`).toBe(value);
  }
  expect(headers['content-security-policy'], `CSP on ${res.url()}`).toBe(csp);
}

/** Any file the build put under `dir` (a path below dist/pwa), as a URL path. */
function firstFile(dir: string): string {
  const entries = readdirSync(join(DIST, dir), { withFileTypes: true });
  const file = entries.find((e) => e.isFile());
  if (file) return `/${dir}/${file.name}`;
  const sub = entries.find((e) => e.isDirectory());
  if (!sub) throw new Error(`nothing under ${dir}`);
  return firstFile(`${dir}/${sub.name}`);
}

/** A JPEG as far as the server's sniffing goes (magic bytes, over 64 bytes). */
function jpeg(): Buffer {
  const bytes = Buffer.alloc(256, 7);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

async function signedInApplicant(api: APIRequestContext): Promise<void> {
  const phone = randomPhone();
  expect((await api.post('/api/auth/sms/request', { data: { phone } })).status()).toBe(200);
  const outbox = (await (await api.get(`/api/dev/outbox?phone=${phone}`)).json()) as {
    messages: { text: string }[];
  };
  const code = /(\d{6})/.exec(outbox.messages.at(-1)?.text ?? '')?.[1];
  const verify = await api.post('/api/auth/sms/verify', { data: { phone, code } });
  expect(verify.status()).toBe(200);
}

describe('security headers on the running stack', () => {
  let api: APIRequestContext;
  let browser: Browser;
  beforeAll(async () => {
    api = await request.newContext({ baseURL: BASE_URL });
    browser = await launch();
  }, TEST_TIMEOUT);
  afterAll(async () => {
    await api?.dispose();
    await browser?.close();
  });

  test('the app, its routes and every kind of static file carry the app CSP', async () => {
    const index = await api.get('/');
    expect(index.status()).toBe(200);
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(
      await index.text(),
    )?.[1];
    expect(script).toBeTruthy();
    const paths = ['/', '/index.html', '/queue', '/sw.js', `${script}`, firstFile('ocr')];
    for (const path of paths) {
      const res = await api.get(path);
      expect(res.status(), path).toBe(200);
      expectHeaders(res, APP_CSP);
    }
    // The rules file itself is configuration, not something the app serves.
    expect(await (await api.get('/_headers')).text()).not.toContain('Content-Security-Policy:');
  });

  test('API answers, refusals included, carry the API CSP', async () => {
    const health = await api.get('/api/health');
    expect(health.status()).toBe(200);
    expectHeaders(health, API_CSP);
    const anonymous = await api.get('/api/me');
    expect(anonymous.status()).toBe(401);
    expectHeaders(anonymous, API_CSP);
    // JSON sent as text/plain (the CSRF "simple request") is refused on the real stack too.
    const plain = await api.post('/api/auth/sms/request', {
      data: JSON.stringify({ phone: randomPhone() }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status()).toBe(415);
    expectHeaders(plain, API_CSP);
  });

  test(
    'an attachment comes sandboxed, with its sniffed type and a safe inline name',
    async () => {
      const applicant = await request.newContext({ baseURL: BASE_URL });
      try {
        await signedInApplicant(applicant);
        const up = await applicant.post('/api/my/attachments?kind=idCardFront', {
          data: jpeg(),
          headers: { 'content-type': 'image/jpeg' },
        });
        expect(up.status()).toBe(201);
        const { id } = (await up.json()) as { id: string };
        const res = await applicant.get(`/api/attachments/${id}`);
        expect(res.status()).toBe(200);
        expectHeaders(res, ATTACHMENT_CSP);
        expect(res.headers()['content-type']).toBe('image/jpeg');
        expect(res.headers()['content-disposition']).toBe(
          `inline; filename="idCardFront-${id.slice(0, 8)}.jpg"`,
        );
      } finally {
        await applicant.dispose();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    "the browser isolates the app, so shared memory (the OCR line model's threads) is allowed",
    async () => {
      const { context, page } = await open(browser, { device: 'phone' });
      try {
        await page.getByTestId('sms-form').waitFor();
        const seen = await page.evaluate(() => ({
          isolated: crossOriginIsolated,
          shared: typeof SharedArrayBuffer === 'function',
        }));
        expect(seen).toEqual({ isolated: true, shared: true });
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'the browser enforces the CSP, and the journeys see a violation',
    async () => {
      const { context, page } = await open(browser, { device: 'desktop' });
      try {
        await page.getByTestId('sms-form').waitFor();
        const ran = await page.evaluate(() => {
          const s = document.createElement('script');
          s.textContent = 'window.__inlineRan = true';
          document.head.append(s);
          return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
        });
        expect(ran).toBe(false);
        // Reported twice: by the page's event and by Chromium's console.
        const seen: string[] = [];
        await expect
          .poll(() => {
            seen.push(...takeCspViolations());
            return seen.join('\n');
          })
          .toMatch(
            /script-src-elem refused inline[\s\S]*Content Security Policy|Content Security Policy[\s\S]*script-src-elem refused inline/,
          );
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );
});
