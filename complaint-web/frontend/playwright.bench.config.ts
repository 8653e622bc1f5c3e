import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run bench`: measurements that print figures (bundle size, load time), not tests that pass or fail on
// time. Same stack and browser as the end-to-end stories; Chinese only.
export default defineConfig({
  ...base,
  testDir: 'bench',
  testMatch: '**/*.bench.ts',
  outputDir: '../target/bench-results',
  reporter: [['list']],
  projects: [{ name: 'zh-CN', use: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } }],
});
