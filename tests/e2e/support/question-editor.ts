import { expect, type Page } from "@playwright/test";

export type NewQuestion = {
  type: string;
  prompt: string;
  choices?: string[];
  accepted?: string;
  rubric?: string;
  /** Index of the passage sentence to cite, chosen in the "First cited sentence" select. */
  sentence: number;
  /** Evidence only: indexes of the passage sentences offered in part B. */
  evidence?: number[];
};

/** Adds a question through the editor with the keyboard-path citation (the sentence selects), then saves it. */
export async function addQuestion(page: Page, lessonId: string, q: NewQuestion) {
  await page.getByLabel("New question type").selectOption({ label: q.type });
  await page.getByRole("button", { name: "Add a question" }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/lessons/${lessonId}/edit/new`));
  await page.getByLabel("Prompt", { exact: true }).fill(q.prompt);
  for (const [i, text] of (q.choices ?? []).entries()) {
    await page
      .getByLabel(`${q.type === "Ordering" ? "Item" : "Choice"} ${i + 1}`, { exact: true })
      .fill(text);
  }
  if (q.accepted) await page.getByLabel("Accepted answers (one per line)").fill(q.accepted);
  if (q.rubric) await page.getByLabel("Rubric").fill(q.rubric);
  await page.getByLabel("Explanation (shown after release)").fill(`Because the article says so (${q.type}).`);
  await page.getByLabel("First cited sentence").selectOption({ index: q.sentence + 1 });
  for (const i of q.evidence ?? []) {
    await page
      .getByRole("group", { name: /Part B/ })
      .getByRole("checkbox")
      .nth(i)
      .check();
  }
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/lessons/${lessonId}/edit$`));
  // Saving says so, and the notice takes focus so a screen reader reads it.
  await expect(page.getByRole("status").filter({ hasText: "Question saved." })).toBeFocused();
  await expect(page.getByText(q.prompt)).toBeVisible();
}
