/**
 * Shared set-up for the browser journeys: Debian's Chromium driven by playwright-core, against
 * a running worker at BASE_URL that serves the built PWA with demo data and the dev outbox.
 */
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { launchChromium } from './chromium.mjs';

/**
 * Vitest copies Vite's own `BASE_URL` ('/') into process.env, hiding the runner's value, so
 * XUKE_BASE_URL wins and BASE_URL counts only when it is an absolute URL.
 */
function baseUrl(): string {
  const candidates = [process.env.XUKE_BASE_URL, process.env.BASE_URL];
  const found = candidates.find((u) => u && /^https?:\/\//.test(u));
  return (found ?? 'http://127.0.0.1:8788').replace(/\/$/, '');
}

export const BASE_URL = baseUrl();
export const STAFF_PASSWORD = 'Xuke#2026';
export const DEMO_APPLICANT_PHONE = '13800000001';

/** Generous: a slow 2-core machine running workerd and Chromium with software rendering. */
export const TIMEOUT = 30_000;
export const TEST_TIMEOUT = 120_000;

export function launch(): Promise<Browser> {
  return launchChromium([], {
    timeout: TIMEOUT * 2,
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
}

/**
 * Content-Security-Policy violations seen by any page opened with `open()`: the app must live
 * with its CSP (pwa/public/_headers), so every journey fails on the first one it provokes.
 */
const cspViolations: string[] = [];

afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});

/** The violations seen since the last call (the headers journey provokes one on purpose). */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__xukeCspViolation', (_source, report: string) => {
    cspViolations.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`;
      (window as unknown as { __xukeCspViolation(r: string): void }).__xukeCspViolation(report);
    });
  });
  // Chromium also logs violations to the console, workers' ones included.
  context.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
}

/** A fresh context (own cookies, storage and service worker) in Chinese, phone- or desktop-sized. */
export async function open(
  browser: Browser,
  opts: {
    device?: 'phone' | 'desktop';
    path?: string;
    /** 'block' lets page.route() see every request (a service worker would answer first). */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Session> {
  const phone = opts.device === 'phone';
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'zh-CN',
    viewport: phone ? { width: 390, height: 844 } : { width: 1366, height: 900 },
    deviceScaleFactor: 1,
    isMobile: phone,
    hasTouch: phone,
    serviceWorkers: opts.serviceWorkers ?? 'allow',
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT * 2);
  await watchCsp(context);
  const page = await context.newPage();
  await page.goto(`${BASE_URL}${opts.path ?? '/'}`);
  return { context, page };
}

/** Today as the app under test counts it (pinned with XUKE_TODAY, or the date in China). */
export async function appToday(page: Page): Promise<string> {
  const res = await page.request.get(`${BASE_URL}/api/calendar`);
  return ((await res.json()) as { today: string }).today;
}

/** A mainland mobile number nobody else in this run uses (a new applicant each time). */
export function randomPhone(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** The newest code the local SMS adapter wrote for `phone`, read from the dev outbox. */
export async function readSmsCode(page: Page, phone: string): Promise<string> {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    const res = await page.request.get(`${BASE_URL}/api/dev/outbox?phone=${phone}`);
    if (res.ok()) {
      const body = (await res.json()) as { messages: { text: string; createdAt: string }[] };
      const newest = [...body.messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      const code = newest && /\b(\d{6})\b/.exec(newest.text)?.[1];
      if (code) return code;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`no SMS code for ${phone} in the dev outbox`);
}

/** Signs in through the applicant form: phone → 获取验证码 → code from the outbox → 登录. */
export async function signInApplicant(page: Page, phone: string): Promise<void> {
  await page.getByTestId('mode-applicant').click();
  await page.getByLabel('手机号码').fill(phone);
  // The demo phone may have had a code less than a minute ago (another journey): the server
  // refuses a new one until then, so ask again until the minute is over.
  const until = Date.now() + 90_000;
  for (;;) {
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/sms/request')),
      page.getByTestId('request-code').click(),
    ]);
    if (res.status() !== 429 || Date.now() > until) break;
    const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
    if (body?.error?.code !== 'SMS_RESEND_TOO_SOON') break;
    await page.waitForTimeout(5_000);
  }
  // The button turns into a countdown once the server accepted the request.
  await page.getByText(/秒后重新获取/).waitFor();
  const code = await readSmsCode(page, phone);
  await page.getByLabel('短信验证码').fill(code);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTestId('applicant-tabs').waitFor();
}

export async function signInStaff(page: Page, username: string): Promise<void> {
  await page.getByTestId('mode-staff').click();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTestId('staff-nav').waitFor();
}

/** Resolves once a service worker controls the page (clientsClaim on the first visit). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
      timeout: TIMEOUT * 2,
    });
  } catch (err) {
    // Say where the worker got stuck (never registered, installing, waiting, failed).
    const state = await page
      .evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        if (!reg) return 'no registration';
        const s = (w: ServiceWorker | null) => w?.state ?? 'none';
        return `installing ${s(reg.installing)}, waiting ${s(reg.waiting)}, active ${s(reg.active)}`;
      })
      .catch((e: unknown) => `state unknown: ${String(e)}`);
    throw new Error(`no service worker controls ${page.url()} (${state})`, { cause: err });
  }
}

/** What the build decided each role installs (pwa/build/precache-by-role.ts). */
export interface RolePlan {
  plan: {
    shell: string[];
    roles: Record<'applicant' | 'staff' | 'admin', string[]>;
    firstUse: string[];
    runtime: string[];
  };
  cacheName: string;
}

/** Read from the build the server under test serves (run.mjs builds it into dist/pwa). */
export function rolePlan(): RolePlan {
  const file = new URL('../../dist/pwa/precache-roles.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as RolePlan;
}

/** Every URL path in the page's Cache Storage, by cache name. */
export function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      out[name] = keys.map((r) => new URL(r.url).pathname);
    }
    return out;
  });
}

/**
 * Resolves once the service worker holds all of `role`'s chunks (it fetches them after the
 * page tells it who signed in); only then does going offline keep the role's screens.
 */
export async function waitForRoleCache(
  page: Page,
  role: keyof RolePlan['plan']['roles'],
): Promise<Record<string, string[]>> {
  const want = rolePlan().plan.roles[role].map((f) => `/${f}`);
  const deadline = Date.now() + TIMEOUT * 2;
  for (;;) {
    const cached = await cachedPaths(page);
    const have = new Set(Object.values(cached).flat());
    const missing = want.filter((p) => !have.has(p));
    if (missing.length === 0) return cached;
    if (Date.now() > deadline) throw new Error(`${role} chunks never cached: ${missing.join(' ')}`);
    await page.waitForTimeout(300);
  }
}
