import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ocrAssets, ortFromOcrAssets } from '../../../pwa/vite.config';
import { ISOLATION_HEADERS } from '../../../worker/src/middleware/security-policy';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** A one-page build with the PWA's OCR bridge, worker and assets, for `npm run bench:ocr`. */
export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  resolve: { alias: { '@core': here('../../../worker/core') } },
  build: { outDir: here('../../out/ocr/site'), emptyOutDir: true, target: 'es2022' },
  worker: { plugins: () => [ortFromOcrAssets()] },
  plugins: [ocrAssets(['int8', 'fp32'])],
  // Isolated as the app is, so the line model runs on the threads it gets on a phone.
  preview: { headers: { ...ISOLATION_HEADERS } },
});
