import { defineConfig } from 'vitest/config';

// Browser journeys: Playwright drives Debian's Chromium against a running worker (BASE_URL),
// started by pwa/e2e/run.mjs. One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    // The SFU journeys need the worker started with the SFU settings: run.mjs runs them in a
    // second phase of their own (XUKE_E2E_SFU=1).
    include: [process.env.XUKE_E2E_SFU === '1' ? 'pwa/e2e/**/*.sfu.e2e.ts' : 'pwa/e2e/**/*.e2e.ts'],
    exclude: process.env.XUKE_E2E_SFU === '1' ? [] : ['pwa/e2e/**/*.sfu.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
