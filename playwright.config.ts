import { defineConfig } from '@playwright/test';

/** Ports of the two servers the suite starts: the built app in mock mode, and a static deployment. */
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4173);
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 4174);
export const STATIC_SITE_DIR = 'reports/tmp/static-site';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // No retries: each "flaky" test so far was a real bug that only a slow machine showed (a quick
  // second URL change, clicker key or compared unit lost the first).
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${MOCK_PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${MOCK_PORT} --strictPort`,
      url: `http://127.0.0.1:${MOCK_PORT}/config.json`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${STATIC_PORT} --strictPort --outDir ${STATIC_SITE_DIR}`,
      url: `http://127.0.0.1:${STATIC_PORT}/config.json`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

export const STATIC_BASE_URL = `http://127.0.0.1:${STATIC_PORT}`;
