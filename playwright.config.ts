import { defineConfig } from '@playwright/test';

// End to end against browser mode, in Debian's Chromium (Playwright's own browsers cannot be
// downloaded here). Each test file starts its own server on a temp workspace (test/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
