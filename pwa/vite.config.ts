import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Heavy parts that load on first use (map, OCR): kept out of the install-time precache and
// cached at runtime instead, so installing the app stays cheap on a slow phone connection.
// A RegExp, not a function: workbox serialises the route into sw.js, closures would be lost.
const LAZY_ASSET = /\/assets\/(maplibre|tesseract)[^/]*$/;

export default defineConfig({
  root: here('.'),
  publicDir: here('./public'),
  resolve: {
    alias: { '@core': here('../worker/core') },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  build: {
    outDir: here('../dist/pwa'),
    emptyOutDir: true,
    target: 'es2022',
    // maplibre-gl is ~1.1 MB minified and only ever loaded lazily on the staff map screen.
    chunkSizeWarningLimit: 1200,
  },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // Registered from app/sw.ts with workbox-window so the update banner can ask first.
      injectRegister: false,
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
        globIgnores: ['**/assets/maplibre*', '**/assets/tesseract*'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // The first visit must be controlled at once so an offline reload works straight away;
        // later versions still wait for the user's consent (SKIP_WAITING from the banner).
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
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
