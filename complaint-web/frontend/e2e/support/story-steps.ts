import { expect, type Locator, type Page } from '@playwright/test';

// Small steps the stories (c), (d) and (e) share: choosing in antd's pickers the way a person does, and times as
// the person's clock shows them.

/**
 * Opens a select by its label and clicks the option the person reads. antd lists each option as an element
 * titled with its label (its listbox for screen readers holds only the options around the active one).
 */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  const item = page.getByTitle(option, { exact: true }).last();
  await expect(item).toBeVisible();
  // antd keeps the list's accessible copy (an unnamed listbox) in the page until the closing animation ends;
  // an accessibility check run before that would report antd's open list, not the page. A click that lands while
  // the list is still sliding open can miss its option (seen in CI: the list stayed open, nothing chosen), so
  // the person clicks the option again while the list is open.
  await expect(async () => {
    if ((await page.getByRole('listbox').count()) > 0 && (await item.isVisible())) {
      await item.click({ timeout: 2_000 });
    }
    await expect(page.getByRole('listbox')).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * A radio button of the group named `group`, chosen by clicking the text the person reads (antd draws the
 * button; its input is hidden beneath), then checked as a screen reader would find it.
 */
export async function pick(page: Page | Locator, group: string, option: string): Promise<void> {
  const radios = page.getByRole('radiogroup', { name: group });
  await untilChecked(radios.getByRole('radio', { name: option, exact: true }),
    () => radios.getByText(option, { exact: true }).click({ timeout: 2_000 }));
}

/** A radio button found by its accessible name (one whose label holds more than a text), checked. */
export async function checkInDialog(radio: Locator): Promise<void> {
  await untilChecked(radio, () => radio.check({ timeout: 2_000 }));
}

/**
 * Clicks until the radio button is checked. Most choices are made in a dialog, and a click that lands while antd
 * zooms the dialog open can be lost (seen in a verify run: "Clicking the checkbox did not change its state", the
 * dialog half-transparent in the screenshot), so the person clicks again.
 */
async function untilChecked(radio: Locator, click: () => Promise<void>): Promise<void> {
  await expect(async () => {
    if (!(await radio.isChecked())) {
      await click();
    }
    await expect(radio).toBeChecked({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** "YYYY-MM-DD HH:mm" of an instant in a time zone: what a date-time picker there shows and accepts. */
export function wallClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** An instant as the app shows it to a reader (formatInstant): "Dec 4, 2026 23:10" in English, "2026-12-04 23:10" in Chinese. */
export function shownInstant(instant: Date, timeZone: string, language: 'zh-CN' | 'en'): string {
  if (language !== 'en') return wallClock(instant, timeZone);
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { timeZone, ...options }).format(instant);
  return `${part({ month: 'short' })} ${part({ day: 'numeric' })}, ${part({ year: 'numeric' })} ${wallClock(instant, timeZone).slice(11)}`;
}

/** An order id no other run meets: stories share one database across both languages. */
/** An order id no other story uses, already in the canonical form the service stores (lower case). */
export function uniqueOrderId(story: string, project: string): string {
  return `order-${story}-${project.toLowerCase()}-${Date.now().toString(36)}`;
}
