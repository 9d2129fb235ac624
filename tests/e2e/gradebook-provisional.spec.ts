import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { assignDemoLesson, createClass, DEMO_LESSON } from "./support/assign";
import { joinAsNewStudent, openFirstAssignment, submitWithOpenResponse } from "./support/people";

const unique = Date.now().toString(36);

/** "0/8 graded · 4 pts to grade": the student answers only the open response, so nothing else earns points. */
const PROVISIONAL_CELL = /^0\/\d+ graded · \d+ pts? to grade$/;
const PROVISIONAL_LABEL = /0 of \d+ graded points earned, \d+ points? still to grade/;

test("a provisional score shows over the points graded so far, with the points to grade, until graded", async ({
  page: teacher,
  newPerson,
}) => {
  test.setTimeout(120_000);
  const className = `Provisional ${unique}`;
  await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
  const { classUrl, code } = await createClass(teacher, className);
  await assignDemoLesson(teacher);

  const s = (await newPerson("student")).page;
  const studentName = `Pat Provisional ${unique}`;
  await joinAsNewStudent(s, { code, name: studentName });
  await openFirstAssignment(s);
  await s.getByRole("button", { name: "Start the questions" }).click();
  await submitWithOpenResponse(s, "The article says leverage matters.");

  const cell = () =>
    teacher
      .getByRole("row", { name: new RegExp(studentName) })
      .getByRole("cell")
      .nth(1);

  await test.step("the gradebook cell shows the graded points and names the pending ones", async () => {
    await teacher.goto(classUrl);
    await expect(cell().getByText(PROVISIONAL_CELL)).toBeVisible();
    await expect(cell()).toHaveAccessibleName(PROVISIONAL_LABEL);
    await expect(cell().getByText(/%/)).toHaveCount(0);
    await expectNoAxeViolations(teacher);
  });

  await test.step("the teacher's student page and the student's own views say the same", async () => {
    await teacher.getByRole("link", { name: studentName }).click();
    await expect(
      teacher.getByRole("link", { name: new RegExp(`^Provisional, ${PROVISIONAL_LABEL.source}`) }),
    ).toBeVisible();
    await expectNoAxeViolations(teacher);
    await s.goto("/student");
    await expect(s.getByRole("region", { name: /Done/ }).getByText(PROVISIONAL_CELL)).toBeVisible();
    await expectNoAxeViolations(s);
    await s.goto("/student/progress");
    await expect(s.getByText(PROVISIONAL_CELL)).toBeVisible();
    await expectNoAxeViolations(s);
  });

  await test.step("once graded, the cell shows the final percent", async () => {
    await teacher.goto(classUrl);
    await teacher.getByRole("link", { name: DEMO_LESSON }).first().click();
    await teacher.getByRole("link", { name: /Grade open responses \(1 to grade\)/ }).click();
    await teacher.getByLabel(new RegExp(`Points for ${studentName}`)).fill("2");
    await teacher.getByRole("button", { name: "Save grade" }).click();
    await expect(teacher.getByText(/Saved\. Attempt score now \d+(\.\d)?%\./)).toBeVisible();
    await teacher.goto(classUrl);
    await expect(cell().getByText(/^\d+(\.\d)?%$/)).toBeVisible();
    await expect(cell().getByText(/to grade/)).toHaveCount(0);
    await s.goto("/student");
    await expect(s.getByRole("region", { name: /Done/ }).getByText(/^\d+(\.\d)?%$/)).toBeVisible();
  });
});
