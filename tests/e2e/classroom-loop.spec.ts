import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { startAssigning, DEMO_LESSON } from "./support/assign";
import { joinAsNewStudent } from "./support/people";

const unique = Date.now().toString(36);

test("teacher and student go through the whole classroom loop", async ({ page: teacher, newPerson }) => {
  // Two people's whole loop, then a removal: more than the default minute on a loaded machine.
  test.setTimeout(180_000);
  const className = `Period 5 ${unique}`;

  await test.step("the teacher creates a class and sees its join code", async () => {
    await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
    await expect(teacher).toHaveURL(/\/teacher\/classes$/);
    await teacher.getByLabel("Class name").fill(className);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await expect(teacher.getByText(`Created ${className}`)).toBeVisible();
    await teacher.getByRole("link", { name: className }).click();
    await expect(teacher.getByRole("heading", { level: 1, name: className })).toBeVisible();
  });
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);

  const student = await newPerson("student");
  await test.step("a student joins with the code", () => joinAsNewStudent(student.page, { code }));
  await expect(student.page.getByText("Nothing due")).toBeVisible();

  await test.step("the teacher assigns a lesson with a due date", async () => {
    await startAssigning(teacher, DEMO_LESSON);
    await teacher.getByLabel("Due").fill("2035-06-01T15:30");
    await teacher.getByLabel("Attempts allowed").fill("2");
    await expectNoAxeViolations(teacher);
    await teacher.getByRole("button", { name: "Assign lesson" }).click();
    await expect(teacher.getByText("Lesson assigned"), "announced on arrival").toBeFocused();
    await expect(teacher, "said once, not again on a reload").not.toHaveURL(/assigned=/);
    await expect(teacher.getByRole("cell", { name: "Not started" })).toBeVisible();
    await expectNoAxeViolations(teacher);
  });

  const s = student.page;
  let assignmentUrl = "";
  await test.step("the student sees it on the dashboard and reads the passage", async () => {
    await s.reload();
    const todo = s.getByRole("region", { name: /To do/ });
    await expect(todo.getByRole("listitem")).toHaveCount(1);
    await expectNoAxeViolations(s);
    await todo.getByRole("link").click();
    await expect(s.getByRole("heading", { name: "Read the passage" })).toBeVisible();
    assignmentUrl = s.url();
    await s.getByRole("button", { name: "Start the questions" }).click();
    await expect(s.getByText(/Answered 0 of \d+/)).toBeVisible();
    await expectNoAxeViolations(s);
  });

  await test.step("each answer is saved as it is chosen, and a reload resumes", async () => {
    const questions = s.getByRole("region", { name: /^Question \d+/ });
    for (const i of [0, 1, 2]) {
      await questions.nth(i).getByRole("radio").first().check();
      await expect(s.getByText("All answers saved")).toBeVisible();
    }
    await s.reload();
    await expect(s.getByText(/Answered 3 of \d+/)).toBeVisible();
    for (const i of [0, 1, 2]) await expect(questions.nth(i).getByRole("radio").first()).toBeChecked();
  });

  let score = "";
  await test.step("the student reviews, submits once and sees the score", async () => {
    await s.getByRole("button", { name: "Review and submit" }).click();
    await expect(s.getByRole("heading", { name: "Review before you submit" })).toBeFocused();
    await expect(s.getByText(/Unanswered: questions 4, 5/)).toBeVisible();
    await s.getByRole("button", { name: "Submit my answers" }).click();
    await expect(s).toHaveURL(/\/student\/attempts\//);
    score = (await s.getByTestId("score").textContent())!.trim();
    expect(score).toMatch(/^\d+(\.\d)?%$/);
    await expectNoAxeViolations(s);
    await s.goto("/student");
    await expect(s.getByRole("region", { name: /Done/ }).getByText(score)).toBeVisible();
  });

  await test.step("the teacher's class page shows the student's status and score", async () => {
    await teacher.reload();
    const row = teacher.getByRole("row", { name: /Sam Student/ });
    // The assignment's cell holds the status and the score; the row's average repeats the score.
    await expect(row.getByRole("cell", { name: `Submitted ${score}`, exact: true })).toBeVisible();
  });

  await test.step("a student removed from the class keeps their result and is offered no new attempt", async () => {
    await s.goto(assignmentUrl);
    await expect(s.getByRole("button", { name: "Start attempt 2" })).toBeVisible();
    await teacher.getByRole("link", { name: "Students and co-teachers" }).click();
    const row = teacher.getByTestId("roster-row").filter({ hasText: "Sam Student" });
    await row.getByText("Remove…", { exact: true }).click();
    await row.getByRole("button", { name: /^Remove / }).click();
    await expect(teacher.getByTestId("roster-row").filter({ hasText: "Sam Student" })).toContainText(
      "Left the class",
    );
    await s.reload();
    await expect(s.getByRole("listitem").filter({ hasText: /^Attempt 1: \d/ })).toBeVisible();
    await expect(s.getByRole("link", { name: "See results" })).toBeVisible();
    await expect(s.getByRole("button", { name: /^Start/ })).toHaveCount(0);
    await expect(s.getByText("You have left this class")).toBeVisible();
    await expectNoAxeViolations(s);
  });
});
