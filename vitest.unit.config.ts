import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Pure unit tests: worker/core (shared domain rules), pure PWA helpers and build checks. No
// workerd, no DOM.
export default defineConfig({
  // The PWA imports the core as @core, as in pwa/vite.config.ts.
  resolve: { alias: { '@core': fileURLToPath(new URL('./worker/core', import.meta.url)) } },
  test: {
    include: [
      'worker/core/**/*.test.ts',
      'worker/scripts/**/*.test.ts',
      // Worker code checked with Node's tools (the PDFs read back with poppler's pdftotext).
      'worker/src/**/*.node.test.ts',
      'pwa/src/**/*.test.ts',
      'pwa/build/**/*.test.ts',
      // The browser journeys' own tools (the SFU stand-in).
      'pwa/e2e/**/*.test.ts',
    ],
    environment: 'node',
  },
});
