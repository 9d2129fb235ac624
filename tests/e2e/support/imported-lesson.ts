import { expect, type Page } from "@playwright/test";
import { startAssigning } from "./assign";
import { joinAsNewStudent, openFirstAssignment } from "./people";

/**
 * A lesson of questions imported from every-construct.gift, with only its first question kept, assigned to a new
 * class of the signed-in teacher's; a new student of that class (`student`, signed out) answers and submits it.
 */
export async function assignAndAnswerImported(page: Page, student: Page, title: string) {
  await page.goto("/teacher/classes");
  const className = `Imported ${Date.now().toString(36)}`;
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.getByRole("link", { name: className }).click();
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  await joinAsNewStudent(student, { code });
  await startAssigning(page, title);
  await page.getByLabel("Due").fill("2035-06-01T15:30");
  await page.getByRole("button", { name: "Assign lesson" }).click();
  await expect(page.getByText("Lesson assigned")).toBeVisible();

  await student.reload();
  await openFirstAssignment(student);
  await student.getByRole("button", { name: "Start the questions" }).click();
  const first = student.getByRole("region", { name: /^Question 1/ });
  await first.getByRole("radio", { name: "Avenues for cooperation" }).check();
  await expect(student.getByText("All answers saved")).toBeVisible();
  await student.getByRole("button", { name: "Review and submit" }).click();
  await student.getByRole("button", { name: "Submit my answers" }).click();
  await expect(student).toHaveURL(/\/student\/attempts\//);
  await expect(student.getByTestId("score")).toHaveText(/^\d+(\.\d)?%$/);
}
