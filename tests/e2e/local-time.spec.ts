import { DEMO_PASSWORD, DEMO_TEACHER, expect, signIn, test } from "./fixtures";
import { createClass, DEMO_LESSON, startAssigning } from "./support/assign";
import { joinAsNewStudent } from "./support/people";

test("a due time reads in each reader's own zone, named, once the page is live", async ({
  page: teacher,
  browser,
  baseURL,
}) => {
  await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
  const { code } = await createClass(teacher, `Zones ${Date.now().toString(36)}`);
  await startAssigning(teacher, DEMO_LESSON);
  await teacher.getByLabel("Due", { exact: true }).fill("2035-06-01T15:30");
  await teacher.getByRole("button", { name: "Assign lesson" }).click();
  await expect(teacher.getByText("Lesson assigned")).toBeVisible();

  // The teacher's browser runs in UTC (Playwright's default here); the student's in India, 5 h 30 min ahead.
  const context = await browser.newContext({ baseURL, timezoneId: "Asia/Kolkata" });
  const student = await context.newPage();
  await joinAsNewStudent(student, { code, name: "Zoe Zone" });
  await expect(student.getByText("Due Jun 1, 2035, 9:00 PM GMT+5:30")).toBeVisible();
  await context.close();
});
