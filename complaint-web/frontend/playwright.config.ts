import { defineConfig } from '@playwright/test';
import { PORTS, RUN_SUFFIX } from './e2e/support/stack';

// The stories run against the three real services (command, query, web) on an empty H2 database that
// e2e/support/global-setup.ts starts from the jars Maven built, in Debian's Chromium (never a downloaded
// browser). E2E_BASE_URL points the stories at an already running system instead.
//
// Each story runs once, in one language: the language changes only the words on the pages, and running every
// story twice took minutes of CI's bounded time. The stories are split so that each language still walks several
// pages in a real browser: English signs in (login), settles and withdraws at desktop and phone width (a) and
// follows a silent seller to the ruling (c); Chinese has the withdrawal review (b), the auditor (d), the rebuild
// (e), the settlement reported unfulfilled (f) and the keyboard-only and lost-connection walks. The stories read
// every word they click from the app's translation files (e2e/support/texts.ts), so any of them runs in either
// language unchanged; Vitest checks that every key has both languages' words and reads the pages' English and
// Chinese in their own tests.
//
// Story (c) waits for the seller's response window to pass. Its first half (the filing, *.setup.ts) runs first and
// its second half last, so the window passes while the other stories run rather than in a wait of its own; the
// window cannot be shorter, because the other stories' sellers must answer within it on a busy machine (stack.ts).
// `--project=en-silent-seller` runs both halves (a project's dependencies always run).
const chromiumArgs = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-background-networking', // the machine's network is closed: no update or sync calls
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const ENGLISH = { locale: 'en-US', timezoneId: 'Europe/London' };
const CHINESE = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

export default defineConfig({
  testDir: 'e2e',
  outputDir: `../target/e2e-results${RUN_SUFFIX}`,
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  globalSetup: './e2e/support/global-setup.ts',
  globalTeardown: './e2e/support/global-teardown.ts',
  reporter: [
    ['list'],
    // Surefire's folder and name, so that CI's summary counts these tests with the Java ones
    ['junit', { outputFile: '../target/surefire-reports/TEST-playwright.xml' }],
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORTS.web}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'en-silent-seller-filing', use: ENGLISH, testMatch: '**/story-c-silent-seller.setup.ts' },
    { name: 'en', use: ENGLISH, testMatch: ['**/login.spec.ts', '**/story-a-*.spec.ts'] },
    {
      name: 'zh-CN',
      use: CHINESE,
      testMatch: ['**/story-[bdefg]-*.spec.ts', '**/keyboard.spec.ts', '**/connection.spec.ts'],
    },
    // after the projects above (a project with a dependency runs in a later phase), by which time the window passed
    { name: 'en-silent-seller', use: ENGLISH, testMatch: '**/story-c-silent-seller.spec.ts', dependencies: ['en-silent-seller-filing'] },
  ],
});
