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

/** Creates a class from the teacher's dashboard and opens it; returns its page's URL and join code. */
export async function createClass(page: Page, name: string) {
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  return { classUrl: page.url(), code };
}

/** From a class page, assigns the demo lesson due in 2035. */
export async function assignDemoLesson(page: Page) {
  await startAssigning(page, DEMO_LESSON);
  await page.getByLabel("Due").fill("2035-06-01T15:30");
  await page.getByRole("button", { name: "Assign lesson" }).click();
  await expect(page.getByText("Lesson assigned")).toBeVisible();
}
