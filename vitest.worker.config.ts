import { copyFileSync, mkdirSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// wrangler.toml serves dist/pwa as assets; the worker tests don't need the built PWA, only the
// directory to exist, and the PDFs' font where the build puts it (the worker reads it there).
mkdirSync('dist/pwa/fonts', { recursive: true });
copyFileSync('worker/assets/fonts/wqy-microhei.ttf', 'dist/pwa/fonts/wqy-microhei.ttf');

/**
 * The worker inside workerd with the real D1 migrations (applied by worker/test/setup.ts) and
 * pinned test bindings. Shared by the worker tests and the in-runtime grid benchmark.
 */
export async function workerdPlugin(vars: Record<string, string> = {}) {
  return cloudflareTest({
    wrangler: { configPath: './wrangler.toml' },
    miniflare: {
      bindings: {
        TEST_MIGRATIONS: await readD1Migrations('migrations'),
        APP_ENV: 'test',
        // Pinned so a developer's .dev.vars cannot change what the tests see.
        DEV_OUTBOX: 'false',
        SMS_PROVIDER: 'outbox',
        REALNAME_PROVIDER: 'local',
        SESSION_SECRET: 'test-session-secret-0123456789abcdef',
        PII_KEY: 'dGVzdC1vbmx5LXBpaS1rZXktMzItYnl0ZXMtbG9uZyE=',
        ELICENCE_KEY: 'dGVzdC1vbmx5LWUtbGljZW5jZS1rZXktMzItYnl0ZXMh',
        EVIDENCE_SEAL_KEY: 'MC4CAQAwBQYDK2VwBCIEIHLjUNjJ1WJxq5rQ8Nf3DzmtpOAPMnhRYdwZhsSmoMtx',
        XUKE_TODAY: '',
        // Web Push: a test key pair and the stand-in push service the tests decrypt at.
        VAPID_PUBLIC_KEY:
          'BHViS7L5mS8rshptTueovqUsznQ-zKrXQzltgwPthAjUiQrj4NQy5UeyBxxaXXoSrE3czSkb6J4tSxBMYhdb4s4',
        VAPID_PRIVATE_KEY: 'YWO0R8pBCndtvZhFLRGHJYrXjnBRc66c-wLoQ_8SAfk',
        PUSH_EXTRA_HOSTS: 'push.test',
        // Webhooks: the stand-in receiver the tests verify signatures at.
        WEBHOOK_EXTRA_HOSTS: 'hooks.test',
        ...vars,
      },
    },
  });
}

/**
 * The dates the date-sensitive suites (`*.dev.test.ts`) also run at, with the app's clock
 * pinned (XUKE_TODAY) under development settings: where working-day calendars break.
 */
export const PINNED_DATES = {
  'spring-festival-eve': '2026-02-16',
  'tiaoxiu-saturday': '2026-02-14',
  'year-end': '2026-12-31',
} as const;

const setupFiles = ['./worker/test/setup.ts'];
const DEV_SUITES = 'worker/src/**/*.dev.test.ts';
// Run by the unit config in Node (they spawn poppler's tools): not in workerd.
const NODE_SUITES = 'worker/src/**/*.node.test.ts';
// Remote calls through the Realtime SFU (its stand-in at rtc.test answers the worker's calls).
const SFU_SUITES = 'worker/src/**/*.sfu.test.ts';
export const SFU_TEST_VARS = {
  REALTIME_PROVIDER: 'cloudflare',
  REALTIME_API_URL: 'https://rtc.test/v1',
  REALTIME_APP_ID: 'app-test',
  REALTIME_APP_SECRET: 'sfu-app-secret-never-in-an-answer',
  REALTIME_TURN_KEY_ID: 'turn-key-test',
  REALTIME_TURN_KEY_SECRET: 'turn-key-secret-never-in-an-answer',
};

export default defineConfig(async () => ({
  test: {
    projects: [
      {
        plugins: [await workerdPlugin()],
        test: {
          name: 'worker',
          include: ['worker/src/**/*.test.ts', 'worker/test/**/*.test.ts'],
          exclude: [DEV_SUITES, NODE_SUITES, SFU_SUITES],
          setupFiles,
        },
      },
      {
        plugins: [await workerdPlugin(SFU_TEST_VARS)],
        test: { name: 'worker-sfu', include: [SFU_SUITES], setupFiles },
      },
      // Development settings on the real today, then at each pinned date.
      ...(await Promise.all(
        [['today', ''] as const, ...Object.entries(PINNED_DATES)].map(async ([name, day]) => ({
          plugins: [
            await workerdPlugin({ APP_ENV: 'development', DEV_OUTBOX: 'true', XUKE_TODAY: day }),
          ],
          test: { name: `dev@${name}`, include: [DEV_SUITES], setupFiles },
        })),
      )),
    ],
  },
}));
