import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { headersFor, parseAncestors, parseOrigins } from './scripts/csp.js';
import { compileHint } from './scripts/compile-hint.js';
import { preloadFonts } from './scripts/preload-fonts.js';
import { STAR_PATH } from './src/lib/star-path.js';

// Tests never depend on the machine's zone; the app formats dates in Asia/Ho_Chi_Minh explicitly.
process.env.TZ = 'UTC';

/**
 * `vite preview` serves the production build exactly as a deployment should: with the CSP, per
 * path (only /embed/… may be framed, by CSP_EMBED_ANCESTORS or any site). Feed origins other than
 * the page's own go in CSP_CONNECT_SRC ("https://a.gov.vn https://b.gov.vn"). The dev server
 * sends none (Vite's hot reload needs inline scripts).
 */
/** The emblem's star in the page painted before the code arrives: the one the app draws. */
const emblemStar: Plugin = {
  name: 'emblem-star',
  transformIndexHtml: {
    order: 'pre',
    handler: (html) => html.replaceAll('%STAR_PATH%', STAR_PATH),
  },
};

const feedOrigins = parseOrigins(process.env.CSP_CONNECT_SRC);
const embedAncestors = parseAncestors(process.env.CSP_EMBED_ANCESTORS);
const previewHeaders: Plugin = {
  name: 'preview-security-headers',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      for (const [name, value] of Object.entries(headersFor(path, feedOrigins, embedAncestors))) {
        res.setHeader(name, value);
      }
      next();
    });
  },
};

/** Unit tests that need a module graph of their own (see the `unit-isolated` project). */
const ISOLATED_UNIT_TESTS = ['tests/unit/data/**/*.test.ts', 'tests/unit/scripts/**/*.test.ts'];

export default defineConfig({
  plugins: [
    react(),
    previewHeaders,
    emblemStar,
    compileHint(),
    // Both scripts of Vietnamese text (the Latin letters and the tone-marked ones) in the app's
    // two weights (src/main.tsx).
    preloadFonts(/be-vietnam-pro-(latin|vietnamese)-(400|700)-normal-[\w-]+\.woff2$/),
    // The offline app shell for deployments on real feeds (registered by src/app/offline-shell.ts,
    // never in mock mode, where MSW's worker owns the scope). Data is not cached by the worker.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // The mock API (its worker and its chunk) is never part of a real deployment's shell.
        globIgnores: ['**/mockServiceWorker.js', '**/assets/browser-*.js'],
        navigateFallback: 'index.html',
        // Documents opened directly (registry.json, feeds) are not the app.
        navigateFallbackDenylist: [/\/[^/?]+\.[a-z0-9]+$/i],
        // One file: the worker then calls no importScripts, which Trusted Types would block
        // (the CSP header is sent with sw.js too).
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // config.json: always the deployer's current one when online; the last one offline.
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && url.pathname.endsWith('/config.json'),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'app-config',
              networkTimeoutSeconds: 5,
              matchOptions: { ignoreSearch: true, ignoreVary: true },
            },
          },
        ],
      },
    }),
  ],
  // The data worker (src/data/pipeline.worker.ts) is a module worker sharing the app's chunks.
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        // What the first screen needs, in two files (libraries, app) rather than thirty small
        // shared chunks: over HTTP/1.1 a browser fetches six at a time, and on a slow mobile
        // network each further round of requests costs a full round trip.
        codeSplitting: {
          groups: [
            // Scripts only: the fonts' rules go in the app's stylesheet, one request instead of two.
            { name: 'libs', tags: ['$initial'], test: /node_modules\/(?!.*\.css$)/, priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    // Vitest's default leaves a core idle (cores − 1): on CI's two cores, one file at a time.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          // Pure functions: one module graph per worker, not per file (a third of the suite's time
          // went to importing the same modules again). See the next project for what stays apart.
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ISOLATED_UNIT_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // These stub fetch, mock modules, start mock servers or keep the pipeline's module state.
          name: 'unit-isolated',
          environment: 'node',
          include: ISOLATED_UNIT_TESTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
