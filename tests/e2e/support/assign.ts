import { expect, type Page } from "@playwright/test";

/**
 * From a class page, opens "Assign a lesson" and chooses a lesson by its title (options also show the question
 * count); the caller fills in the settings and submits.
 */
export async function startAssigning(page: Page, title: string) {
  await page.getByRole("link", { name: "Assign a lesson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assign a lesson" })).toBeVisible();
  const lessons = page.getByLabel("Lesson", { exact: true });
  // The whole label: another lesson's title may begin with this one's ("… (my copy)").
  const label = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+ questions?\\)$`);
  const option = lessons.locator("option", { hasText: label });
  await lessons.selectOption((await option.getAttribute("value"))!);
}
export const DEMO_LESSON = "Trump's View on Putin: A Focus on Negotiation";
