import { expect, type Page } from "@playwright/test";
import { DEMO_CLASS } from "../../../lib/seed/demo-accounts";

let count = 0;

/** A new student who joins a class with its code (the demo class by default); returns their username. */
export async function joinAsNewStudent(
  page: Page,
  opts: { code?: string; name?: string } = {},
): Promise<string> {
  const username = `st-${Date.now().toString(36)}-${count++}`;
  await page.goto("/join");
  await page.getByLabel("Class code").fill(opts.code ?? DEMO_CLASS.joinCode);
  await page.getByLabel("Your name").fill(opts.name ?? "Sam Student");
  await page.getByLabel("Choose a username").fill(username);
  await page.getByLabel("Choose a password").fill("correct horse");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page).toHaveURL(/\/student$/);
  return username;
}

/** Opens the first assignment on the student's dashboard and returns its id. */
export async function openFirstAssignment(page: Page): Promise<string> {
  await page.getByRole("region", { name: /To do/ }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/student\/assignments\/\w+/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/**
 * A new student of the demo class on its first assignment, with the passage in view (a phone shows one column at a
 * time); returns the assignment's id.
 */
export async function openAssignmentPassage(page: Page): Promise<string> {
  await joinAsNewStudent(page);
  const assignmentId = await openFirstAssignment(page);
  const show = page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Passage" });
  if (await show.isVisible()) await show.click();
  return assignmentId;
}

/** On a started quiz, writes the first open response (the teacher grades it) and submits the attempt. */
export async function submitWithOpenResponse(page: Page, text: string) {
  await page.getByLabel("Your answer (your teacher grades it)").first().fill(text);
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.getByRole("button", { name: "Review and submit" }).click();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page).toHaveURL(/\/student\/attempts\//);
}
