// e2e on BUILT bundles (root `npm run test:e2e` runs `npm run build:web` first). The global
// setup starts the whole stack once; specs that need their own servers (a greedy sub-app, a
// catalog server that goes down) start them in the test. Debian Chromium: Playwright cannot
// download browsers here.
import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  globalSetup: './fixtures/global-setup.ts',
  // Two cores host the stack and the browsers: one worker per core at most.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
