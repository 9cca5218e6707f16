import { mkdirSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// wrangler.toml serves dist/pwa as assets; the worker tests don't need the built PWA, only the
// directory to exist.
mkdirSync('dist/pwa', { recursive: true });

/**
 * The worker inside workerd with the real D1 migrations (applied by worker/test/setup.ts) and
 * pinned test bindings. Shared by the worker tests and the in-runtime grid benchmark.
 */
export async function workerdPlugin() {
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
      },
    },
  });
}

export default defineConfig(async () => ({
  plugins: [await workerdPlugin()],
  test: {
    include: ['worker/src/**/*.test.ts', 'worker/test/**/*.test.ts'],
    setupFiles: ['./worker/test/setup.ts'],
  },
}));
