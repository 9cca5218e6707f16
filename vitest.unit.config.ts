import { defineConfig } from 'vitest/config';

// Pure unit tests: worker/core (shared domain rules) and pure PWA helpers. No workerd, no DOM.
export default defineConfig({
  test: {
    include: ['worker/core/**/*.test.ts', 'worker/scripts/**/*.test.ts', 'pwa/src/**/*.test.ts'],
    environment: 'node',
  },
});
