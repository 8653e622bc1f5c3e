import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { xsrfToken } from './api-steps';
import { textsFor, type Texts } from './texts';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

const SCREENSHOTS = resolve(HERE, '..', '..', '..', 'target', 'e2e-screenshots');

export interface Story {
  /** The words of the run's language, from the app's translation files. */
  t: Texts;
  language: 'zh-CN' | 'en';
  /**
   * Signs a demo account in (a fresh browser context: one person) with the request the login page sends, not on
   * the page: login.spec.ts and the keyboard walk sign in on the page, and walking it again in every story only
   * took time.
   */
  signIn: (page: Page, account: string) => Promise<void>;
  /** Keeps a full-page screenshot as a test artefact: target/e2e-screenshots/<language>/<name>.png. */
  shot: (page: Page, name: string) => Promise<void>;
  /** axe-core finds no serious or critical violation on the page as it stands. */
  accessible: (page: Page) => Promise<void>;
}

export const test = base.extend<Story>({
  // the project's locale, not its name: story (c)'s two halves run in projects of their own
  language: async ({}, use, info) => use(info.project.use.locale?.startsWith('en') ? 'en' : 'zh-CN'),
  t: async ({ language }, use) => use(textsFor(language)),
  signIn: async ({}, use) =>
    use(async (page, account) => {
      await page.request.get('/auth/options'); // any answer sets the CSRF cookie that the login must send back
      const login = await page.request.post('/auth/login', {
        data: { username: account, password: 'demo' },
        headers: { 'X-XSRF-TOKEN': await xsrfToken(page) },
      });
      expect(login.status(), `signing ${account} in: ${await login.text()}`).toBe(200);
      expect(((await login.json()) as { username: string }).username).toBe(account);
    }),
  shot: async ({ language }, use) =>
    use(async (page, name) => {
      const dir = join(SCREENSHOTS, language);
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
    }),
  accessible: async ({}, use) =>
    use(async (page) => {
      // axe judges colours as painted: a dialog still fading in has a fraction of its contrast (seen in a verify
      // run: the submit button and a legend of a dialog just opened). Judged once the page's finite animations have
      // ended; an endless one (a spinner) never ends and is left to run.
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity));
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`).join(", ")})`);
      expect(serious, 'serious or critical accessibility violations').toEqual([]);
    }),
});

export { expect };

/** A person: a browser context of their own, in the run's locale. */
export async function personPage(browser: import('@playwright/test').Browser, options: { width?: number } = {}) {
  const context = await browser.newContext({
    viewport: options.width ? { width: options.width, height: 812 } : { width: 1280, height: 900 },
  });
  return context.newPage();
}
