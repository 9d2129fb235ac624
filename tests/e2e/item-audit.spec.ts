import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { DEMO_LESSON } from "./support/assign";

test("a teacher reads a lesson's item audit in words, with its verdict", async ({ page }) => {
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await page.goto("/teacher/lessons");
  await page.getByRole("link", { name: DEMO_LESSON, exact: true }).click();
  const panel = page.getByRole("region", { name: "Item audit" });
  await expect(panel.getByRole("heading", { level: 2, name: "Item audit" })).toBeVisible();
  // Whatever the shipped questions score, the panel states the verdict and compares with guessing in words.
  await expect(panel).toContainText(/Passes:|Needs work:/);
  await expect(panel).toContainText("guessing");
  await expect(panel).toContainText("four-option question");
  await expectNoAxeViolations(page);
});
