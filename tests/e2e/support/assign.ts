import type { Page } from "@playwright/test";

/** Chooses a lesson in the "Assign a lesson" form by its title (options also show the question count). */
export async function chooseLesson(page: Page, title: string) {
  const lessons = page.getByLabel("Lesson", { exact: true });
  const option = lessons.locator("option", { hasText: title });
  await lessons.selectOption((await option.getAttribute("value"))!);
}
export const DEMO_LESSON = "Trump's View on Putin: A Focus on Negotiation";
