import ExcelJS from "exceljs";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { DEMO_LESSON } from "./support/assign";
import { assignAndAnswerImported } from "./support/imported-lesson";

test("a teacher imports a GIFT file, sees what was skipped, reviews the citations, assigns it; a student answers; and exports a lesson for Kahoot", async ({
  page,
  newPerson,
}) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await page.goto("/teacher/lessons");
  await page.getByRole("link", { name: DEMO_LESSON, exact: true }).click();

  // Export: the downloaded spreadsheet is read back as Kahoot's template.
  const exports = page.getByRole("region", { name: "Export" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exports.getByRole("link", { name: "Kahoot spreadsheet" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.kahoot\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.worksheets[0]!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
    "Question",
    "Answer 1",
    "Answer 2",
    "Answer 3",
    "Answer 4",
    "Time limit (sec)",
    "Correct answer(s)",
  ]);
  expect(sheet.rowCount).toBeGreaterThan(1);

  // Import into the teacher's own copy: published, so the questions go to a new draft lesson.
  await page.getByRole("button", { name: "Duplicate to my lessons" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Copy of ${DEMO_LESSON}` })).toBeVisible();
  const importing = page.getByRole("region", { name: "Import questions" });
  await importing
    .getByLabel(/Question file/)
    .setInputFiles("tests/fixtures/interchange/gift/every-construct.gift");
  await importing.getByRole("button", { name: "Import questions" }).click();
  const status = importing.getByRole("status");
  await expect(status).toContainText("14 questions imported as drafts into a new draft lesson");
  await expect(status).toContainText("Line 51: matching question whose pairs do not define an order");
  await expect(status).toContainText("Line 57: numerical question");
  await expectNoAxeViolations(page);

  await status.getByRole("link", { name: "Review the imported questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /\(imported questions\)$/ })).toBeVisible();
  await expect(page.getByText("What is the capital", { exact: false })).toHaveCount(0);
  await expect(
    page.getByText("According to the article, what did Trump want to explore with Russia?").first(),
  ).toBeVisible();
  await expect(page.getByText("Of 14 questions: 0 accepted, 0 rejected, 14 to review.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The review: keep the first proposed citation, choose another sentence for the second, reject the rest.
  await page.getByRole("button", { name: "Accept with this citation" }).click();
  await expect(page.getByText("Question 1 accepted with its citation.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Question 2: Multiple select" })).toBeFocused();
  await page.getByLabel("First cited sentence").selectOption({ index: 2 });
  await expect(page.getByText(/^Cited: “/)).toBeVisible();
  await page.getByRole("button", { name: "Accept with this citation" }).click();
  await expect(page.getByText("Question 2 accepted with its citation.")).toBeVisible();
  for (let n = 3; n <= 14; n++) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Question ${n}:`) })).toBeVisible();
    await page.getByRole("button", { name: "Reject" }).click();
    await expect(page.getByText(`Question ${n} rejected`)).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: "Every question is decided" })).toBeVisible();
  await expect(page.getByText("Of 14 questions: 2 accepted, 12 rejected, 0 to review.")).toBeVisible();
  await page.getByRole("button", { name: "Publish lesson" }).click();
  const title = `Copy of ${DEMO_LESSON} (imported questions)`;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Assigned to a new class, the imported lesson is answered by a student.
  await assignAndAnswerImported(page, (await newPerson("student")).page, title);
});
