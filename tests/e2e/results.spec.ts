import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { createClass, startAssigning, DEMO_LESSON } from "./support/assign";
import { joinAsNewStudent, openFirstAssignment, submitWithOpenResponse } from "./support/people";
import { DEMO_CLASS } from "../../lib/seed/demo-accounts";

const unique = Date.now().toString(36);

/** Reads a downloaded CSV: checks the UTF-8 byte order mark Excel needs, then parses it with a real CSV parser. */
async function readCsv(download: Download): Promise<string[][]> {
  const text = await readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parse(text.slice(1), { relax_column_count: false }) as string[][];
}

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  return file;
}

test("a teacher follows a class live, grades an open response, exports CSV and reads the reports", async ({
  page: teacher,
  newPerson,
}) => {
  test.setTimeout(120_000);
  const className = `Results ${unique}`;
  await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
  const { classUrl, code } = await createClass(teacher, className);
  await startAssigning(teacher, DEMO_LESSON);
  await expect(
    teacher.getByRole("group", { name: "Also assign to" }).getByRole("checkbox", { name: DEMO_CLASS.name }),
    "the teacher's other classes can get the same lesson at once",
  ).toBeVisible();
  await teacher.getByLabel("Due").fill("2035-06-01T15:30");
  await teacher.getByRole("button", { name: "Assign lesson" }).click();
  await expect(teacher.getByText("Lesson assigned")).toBeVisible();

  const student = await newPerson("student");
  const s = student.page;
  const studentName = `Rae Results ${unique}`;
  await joinAsNewStudent(s, { code, name: studentName });
  await openFirstAssignment(s);
  await s.getByRole("button", { name: "Start the questions" }).click();

  await test.step("the report shows live progress while the student answers, without a reload", async () => {
    await teacher.reload();
    await teacher.getByRole("link", { name: DEMO_LESSON }).click();
    await expect(teacher.getByRole("heading", { level: 1, name: `Report: ${DEMO_LESSON}` })).toBeVisible();
    const live = teacher.getByTestId("live-progress");
    const row = live.getByRole("row", { name: new RegExp(studentName) });
    await expect(row.getByText("Working")).toBeVisible();
    await expect(row.getByText(/^0 of \d+$/)).toBeVisible();
    await expectNoAxeViolations(teacher);

    const questions = s.getByRole("region", { name: /^Question \d+/ });
    await questions.first().getByRole("radio").first().check();
    await expect(s.getByText("All answers saved")).toBeVisible();
    await expect(row.getByText(/^1 of \d+$/)).toBeVisible({ timeout: 15_000 });
  });

  await test.step("the student writes an open response and submits", async () => {
    await submitWithOpenResponse(s, "The article says leverage matters.");
    await expect(s.getByText(/This score is provisional/)).toBeVisible();
    const row = teacher.getByTestId("live-progress").getByRole("row", { name: new RegExp(studentName) });
    await expect(row.getByText("Submitted")).toBeVisible({ timeout: 15_000 });
  });

  await test.step("the teacher grades the open response and the score updates", async () => {
    await teacher.reload();
    await expect(teacher.getByText(/most picked wrong answer|Cited passage/i).first()).toBeVisible();
    await teacher.getByRole("link", { name: /Grade open responses \(1 to grade\)/ }).click();
    await expect(teacher.getByText("The article says leverage matters.")).toBeVisible();
    await expectNoAxeViolations(teacher);
    await teacher.getByLabel(new RegExp(`Points for ${studentName}`)).fill("2");
    await teacher.getByLabel(new RegExp(`Comment for ${studentName}`)).fill("Good use of the text.");
    await teacher.getByRole("button", { name: "Save grade" }).click();
    await expect(teacher.getByText(/Saved\. Attempt score now \d+(\.\d)?%\./)).toBeVisible();
    await s.reload();
    await expect(s.getByText(/This score is provisional/)).toHaveCount(0);
    await expect(s.getByText("Teacher's comment: Good use of the text.")).toBeVisible();
  });

  await test.step("the item analysis exports as CSV, one row per question", async () => {
    await teacher.getByRole("link", { name: "Back to the report" }).click();
    const rows = await readCsv(await download(teacher, "Export item analysis (CSV)"));
    expect(rows[0]!.slice(0, 7)).toEqual([
      "Question",
      "Prompt",
      "Type",
      "Skill",
      "Points",
      "Students",
      "Right %",
    ]);
    const questionCount = await teacher.getByRole("article", { name: /^Question \d+:/ }).count();
    expect(questionCount).toBeGreaterThan(5);
    expect(rows.length - 1).toBe(questionCount);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(rows.slice(1).map((_, i) => i + 1));
    expect(rows.slice(1).every((r) => r[5] === "1")).toBe(true);
  });

  await test.step("once the assignment is closed, the report stops following the class", async () => {
    const reportUrl = teacher.url();
    await teacher.getByRole("link", { name: "Settings" }).click();
    await teacher.getByRole("button", { name: "Close the assignment now" }).click();
    await expect(teacher.getByRole("button", { name: "Reopen the assignment" })).toBeVisible();
    await teacher.goto(reportUrl);
    await expect(
      teacher.getByText("The assignment is closed, so this list no longer changes."),
    ).toBeVisible();
    await expect(teacher.getByText(/Updates every \d+ seconds/)).toHaveCount(0);
  });

  await test.step("the gradebook exports as CSV with the student's row, and its pages pass axe", async () => {
    await teacher.goto(classUrl);
    await expectNoAxeViolations(teacher);
    const rows = await readCsv(await download(teacher, "Export gradebook (CSV)"));
    expect(rows[0]!.slice(0, 3)).toEqual(["Student", "Username", "Average %"]);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe(studentName);
    expect(rows[1]![4]).toBe("Submitted");
    expect(Number(rows[1]![2])).toBe(Number(rows[1]![3]));

    await teacher.getByRole("link", { name: studentName }).click();
    await expect(teacher.getByRole("heading", { level: 1, name: studentName })).toBeVisible();
    await expect(
      teacher.getByRole("table", { name: /Each submitted attempt's score once graded/ }),
    ).toBeVisible();
    await expectNoAxeViolations(teacher);
    await teacher.goto(`${classUrl}/skills`);
    await expect(teacher.getByTestId("skill-table")).toBeVisible();
    await expectNoAxeViolations(teacher);
  });

  await test.step("the student's progress page shows the score and skills", async () => {
    await s.getByRole("link", { name: "My progress" }).click();
    await expect(s.getByRole("heading", { level: 1, name: "My progress" })).toBeVisible();
    await expect(s.getByRole("link", { name: DEMO_LESSON })).toBeVisible();
    await expect(s.getByTestId("skill-table")).toBeVisible();
    await expectNoAxeViolations(s);
  });
});
