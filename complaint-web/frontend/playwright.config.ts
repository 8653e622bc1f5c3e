import { defineConfig } from '@playwright/test';
import { PORTS, RUN_SUFFIX } from './e2e/support/stack';

// The stories run against the three real services (command, query, web) on an empty H2 database that
// e2e/support/global-setup.ts starts from the jars Maven built, in Debian's Chromium (never a downloaded
// browser). Each story runs twice: in Chinese (the default) and in English. E2E_BASE_URL points the
// stories at an already running system instead.
const chromiumArgs = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-background-networking', // the machine's network is closed: no update or sync calls
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
    { name: 'zh-CN', use: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } },
    // the five stories and the login in English too; the keyboard-only and lost-connection walks once, in the
    // default language: they test keys, focus and the network, which the language does not change (their English
    // words are checked by the stories and by Vitest), and CI's time is bounded
    { name: 'en', use: { locale: 'en-US', timezoneId: 'Europe/London' }, testIgnore: ['**/keyboard.spec.ts', '**/connection.spec.ts'] },
  ],
});
