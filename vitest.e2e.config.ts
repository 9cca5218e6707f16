import { defineConfig } from 'vitest/config';

// Browser journeys: Playwright drives Debian's Chromium against a running worker (BASE_URL),
// started by pwa/e2e/run.mjs. One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['pwa/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
