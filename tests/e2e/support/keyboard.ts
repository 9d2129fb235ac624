import { expect, type Locator, type Page } from "@playwright/test";

/** Moves focus with Tab (or Shift+Tab) until `target` has it, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { max = 400, backwards = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target, "reachable with the Tab key").toBeFocused();
}
