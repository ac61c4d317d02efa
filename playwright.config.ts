import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/fixtures/chromium';

/**
 * End-to-end tests drive Debian's Chromium against the browser host. Each
 * test gets its own host process and a fresh data folder (see fixtures/host.ts).
 * `npm run test:e2e` builds the renderer first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Bundles the browser host once, so every test's host starts without tsx.
  globalSetup: './tests/e2e/fixtures/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    launchOptions: chromiumLaunchOptions(),
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
