import { expect, type Locator, type Page } from '@playwright/test';

// A person who uses only the keyboard: focus moves by Tab (or Shift+Tab) until it is where they want to be, and
// everything is done with Enter, Space, the arrow keys and typing. Nothing here clicks or fills a locator; a
// locator only says where focus should end up.

async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 }).catch(() => false);
}

/**
 * Presses Tab (Shift+Tab backwards) until `target` has the focus, as a person does, at most `max` times; then
 * checks that the focus can be seen there (an outline or a focus shadow on the control or its frame).
 */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.max ?? 60;
  await expect(target).toBeAttached();
  for (let presses = 0; presses < max && !(await hasFocus(target)); presses++) {
    await page.keyboard.press(key);
  }
  await expect(target, `reached with ${key} in at most ${max} presses`).toBeFocused({ timeout: 1_000 });
  await expectVisibleFocus(page);
}

/** The focused control shows that it has the focus: an outline or a box shadow on it or on its antd frame. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const shows = (node: Element) => {
            const style = getComputedStyle(node);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
          };
          let node: Element | null = document.activeElement;
          for (let depth = 0; node && node !== document.body && depth < 5; depth++, node = node.parentElement) {
            if (shows(node)) return true;
          }
          return false;
        }),
      { message: 'the focused control shows its focus' },
    )
    .toBe(true);
}

/** Types text into the focused field, key by key. */
export async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

/**
 * Opens the focused antd Select with the keyboard, moves with the arrow keys to `option` (the text the person
 * reads) and takes it with Enter; then the select shows it.
 */
export async function selectWithKeys(page: Page, select: Locator, option: string): Promise<void> {
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  const listbox = page.locator(`#${await select.getAttribute('aria-controls')}`);
  await expect(listbox).toBeAttached();
  for (let presses = 0; presses < 20; presses++) {
    const active = await select.getAttribute('aria-activedescendant');
    const label = active ? await page.locator(`[id="${active}"]`).getAttribute('aria-label') : null;
    const text = active ? (await page.locator(`[id="${active}"]`).textContent())?.trim() : null;
    if (label === option || text === option) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(select).toHaveAttribute('aria-expanded', 'false');
}

/** Moves with the arrow keys inside a focused radio group until `option` is checked. */
export async function arrowToRadio(page: Page, group: Locator, option: string): Promise<void> {
  const radio = group.getByRole('radio', { name: option, exact: true });
  // Tab lands on the first radio of a group with none checked: Space checks it
  if ((await hasFocus(radio)) && !(await radio.isChecked())) await page.keyboard.press('Space');
  for (let presses = 0; presses < 10 && !(await radio.isChecked()); presses++) {
    await page.keyboard.press('ArrowDown');
    // the radio the arrow moved to is checked once the page has taken the choice (a filter goes through the URL)
    await expect(group.locator(':focus')).toBeChecked();
  }
  await expect(radio).toBeChecked();
  await expect(radio).toBeFocused();
}

/** The focus is on `target` or on the element right around it (e.g. a notice's focusable frame), not on the page. */
export async function expectFocusAround(target: Locator): Promise<void> {
  await expect
    .poll(() => target.evaluate((element) => {
      const focused = document.activeElement;
      return !!focused && focused !== document.body && focused.contains(element);
    }), { message: 'the focus is on the element' })
    .toBe(true);
}
