import { mkdirSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

mkdirSync('dist/pwa', { recursive: true });

// Part (a) and (b) of `npm run bench:grid`: run inside workerd with the real migrations, like
// the worker tests, but only the benchmark file.
export default defineConfig(async () => {
  const migrations = await readD1Migrations('migrations');
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            APP_ENV: 'test',
            SESSION_SECRET: 'bench-session-secret-0123456789abcdef',
            PII_KEY: 'dGVzdC1vbmx5LXBpaS1rZXktMzItYnl0ZXMtbG9uZyE=',
          },
        },
      }),
    ],
    test: {
      include: ['bench/grid/*.wbench.ts'],
      setupFiles: ['./worker/test/setup.ts'],
      testTimeout: 600_000,
    },
  };
});
