import { expect, type Page } from "@playwright/test";
import { DEMO_LESSON, startAssigning } from "./assign";

/**
 * From the teacher's classes page: creates a class named `name` and assigns it the demo lesson with a time limit
 * of `minutes`; returns the class's join code.
 */
export async function newClassWithTimedLesson(page: Page, name: string, minutes: number): Promise<string> {
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.getByRole("link", { name }).click();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  await startAssigning(page, DEMO_LESSON);
  await page.getByLabel("Due", { exact: true }).fill("2035-06-01T15:30");
  await page.getByLabel("Time limit in minutes").fill(String(minutes));
  await page.getByRole("button", { name: "Assign lesson" }).click();
  await expect(page.getByText("Lesson assigned")).toBeVisible();
  return code;
}
