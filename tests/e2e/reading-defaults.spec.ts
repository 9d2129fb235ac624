import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { assignDemoLesson, createClass, DEMO_LESSON } from "./support/assign";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

// Issue 20's leftovers: a teacher's per-student reading defaults for a class reach the student's passage, the
// student's highlights are listed on their released review, and the teacher's lesson preview offers the student's
// Listen and Display tools to try, saving nothing.

const unique = Date.now().toString(36);

test("a teacher's reading defaults for a student open the student's passage with them", async ({
  page: teacher,
  newPerson,
}) => {
  const studentName = `Remy Reader ${unique}`;
  await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
  const { classUrl, code } = await createClass(teacher, `Reading defaults ${unique}`);
  await assignDemoLesson(teacher);
  const s = (await newPerson("student")).page;
  await joinAsNewStudent(s, { code, name: studentName });

  await teacher.goto(`${classUrl}/students`);
  const defaults = teacher.getByRole("group", { name: `Reading defaults of ${studentName}` });
  await defaults.getByLabel("Read aloud on").check();
  await defaults.getByLabel("Reading font on").check();
  await teacher.getByRole("button", { name: `Save reading defaults of ${studentName}` }).click();
  await expect(teacher.getByText(`Saved for ${studentName}.`)).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.reload();
  await expect(defaults.getByLabel("Read aloud on")).toBeChecked();
  await expect(defaults.getByLabel("Reading font on")).toBeChecked();

  await openFirstAssignment(s);
  const surface = s.locator(".reading-surface");
  await expect(surface).toHaveAttribute("data-font", "dyslexic");
  await expect(s.getByRole("button", { name: "Listen" })).toHaveAttribute("aria-expanded", "true");
  await expect(s.getByRole("group", { name: "Read aloud" })).toBeVisible();
  await expectNoAxeViolations(s);

  // A highlight made here is listed, read-only, on the released review of the attempt.
  await s.locator("[data-sentence]").first().focus();
  await s.keyboard.press("Enter");
  const toolbar = s.getByRole("group", { name: "Selected text" });
  await toolbar.getByLabel("Note (optional)").fill("The opening claim");
  await toolbar.getByRole("button", { name: "Highlight" }).click();
  await expect(s.getByRole("region", { name: "Your highlights" }).getByRole("status")).toHaveText(
    "Highlights saved.",
  );
  await s.getByRole("button", { name: "Start the questions" }).click();
  await s.getByRole("button", { name: "Review and submit" }).click();
  await s.getByRole("button", { name: "Submit my answers" }).click();
  await expect(s).toHaveURL(/\/student\/attempts\//);
  const listed = s.getByRole("region", { name: "Your highlights" });
  await expect(listed.getByRole("listitem")).toHaveCount(1);
  await expect(listed).toContainText("Note: The opening claim");
  await expect(listed.getByRole("button")).toHaveCount(0);
  await expectNoAxeViolations(s);
});

test("the teacher's lesson preview offers Listen and Display to try, and saves nothing", async ({ page }) => {
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await page.goto("/teacher/lessons");
  await page.getByRole("link", { name: DEMO_LESSON, exact: true }).click();
  await page.getByRole("link", { name: "Preview as student" }).click();
  const surface = page.locator(".reading-surface");
  await expect(surface).toHaveAttribute("data-text-size", "100");
  const saves: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) saves.push(r.url());
  });

  await page.getByRole("button", { name: "Listen" }).click();
  await expect(page.getByRole("group", { name: "Read aloud" })).toBeVisible();
  await page.getByRole("button", { name: "Display" }).click();
  const panel = page.getByRole("group", { name: "Display settings" });
  await panel.getByLabel("Text size").selectOption("150");
  await panel.getByLabel("Reading font").check();
  await expect(surface).toHaveAttribute("data-text-size", "150");
  await expect(surface).toHaveAttribute("data-font", "dyslexic");
  await expectNoAxeViolations(page);
  expect(saves, "a preview tries settings out without saving them").toEqual([]);

  await page.reload();
  await expect(surface).toHaveAttribute("data-text-size", "100");
  await expect(surface).toHaveAttribute("data-font", "standard");
});
