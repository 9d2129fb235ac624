import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { answerKey } from "./support/answer-key";
import { escapeRegExp, PAGE_SIZES, screenshots } from "./support/page-sizes";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";
import { newClassWithTimedLesson } from "./support/timed-class";

// Issue 17, "Results and grading": the report's live parts, its links and tables, the grading page's focus, and
// provisional scores, at a desktop and a phone size, with axe on every page touched.
const SIZES = PAGE_SIZES;

const shot = screenshots("report-live");

const escape = escapeRegExp;

/** A student of the class (by join code) answers question 1 and the open response, and submits. */
async function submitWithOpenResponse(page: Page, code: string, name: string, text: string) {
  await joinAsNewStudent(page, { code, name });
  const assignmentId = await openFirstAssignment(page);
  const key = await answerKey(assignmentId);
  const questionsSwitch = page
    .getByRole("group", { name: "Show" })
    .getByRole("button", { name: "Questions" });
  if (await questionsSwitch.isVisible()) await questionsSwitch.click();
  await page.getByRole("button", { name: "Start the questions" }).click();
  const open = key.find((q) => q.type === "open_response")!;
  await page
    .getByRole("region", { name: new RegExp(escape(open.prompt)) })
    .getByRole("textbox")
    .fill(text);
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.getByRole("button", { name: "Review and submit" }).click();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page).toHaveURL(/\/student\/attempts\//);
  return { assignmentId };
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test("every live part of the report refreshes together, and its tables, times and links hold", async ({
      page: teacher,
      newPerson,
    }) => {
      test.setTimeout(150_000);
      await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
      const code = await newClassWithTimedLesson(teacher, `Live ${size.name} ${Date.now().toString(36)}`, 30);

      const { page: student } = await newPerson("student");
      await student.setViewportSize(size.viewport);
      const { assignmentId } = await submitWithOpenResponse(
        student,
        code,
        "Ava Live",
        "Because of the talks.",
      );

      // Provisional: the score is over the points graded so far, and the pending points are named.
      await expect(student.getByTestId("score")).toHaveText(/^\d+(\.\d)?% so far$/);
      await expect(
        student.getByText(/points? graded so far .*4 points wait for the teacher's grading\./),
      ).toBeVisible();
      await expectNoAxeViolations(student);
      await shot(student, `provisional-${size.name}`);

      // The report opens with one student; a second joins and submits while it is open.
      await teacher.goto(`/teacher/assignments/${assignmentId}/report`);
      const summary = teacher.getByTestId("report-summary");
      const card = (label: string) =>
        summary.locator("div").filter({ has: teacher.getByText(label, { exact: true }) });
      await expect(card("Submitted").locator("dd")).toHaveText("1");
      await expect(teacher.getByRole("link", { name: "Grade open responses (1 to grade)" })).toBeVisible();

      const { page: second } = await newPerson("second student");
      await second.setViewportSize(size.viewport);
      await submitWithOpenResponse(second, code, "Ben Live", "Trade.");
      // No reload: the cards, the link to grade, the chart's table and the progress table all move together.
      await expect(card("Students").locator("dd")).toHaveText("2", { timeout: 15_000 });
      await expect(card("Submitted").locator("dd")).toHaveText("2");
      await expect(teacher.getByRole("link", { name: "Grade open responses (2 to grade)" })).toBeVisible();
      await expect(teacher.getByText("2 of 2 submitted, 0 working.")).toBeVisible();
      // The table under the chart lists only score ranges that hold students.
      const bins = teacher.getByRole("table", { name: /Number of students per score range/ });
      const counts = await bins.locator("tbody td").allInnerTexts();
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.every((c) => Number(c) > 0)).toBe(true);
      expect(counts.reduce((sum, c) => sum + Number(c), 0)).toBe(2);
      // Times name their zone.
      await expect(teacher.locator("time").first()).toHaveText(/\b(UTC|GMT[+-]?\d*|[A-Z]{2,5})$/);
      await expectNoAxeViolations(teacher);
      await shot(teacher, `report-${size.name}`);

      // The item analysis CSV names types and skills as the page does.
      const [download] = await Promise.all([
        teacher.waitForEvent("download"),
        teacher.getByRole("link", { name: "Export item analysis (CSV)" }).click(),
      ]);
      const rows = parse((await readFile((await download.path())!, "utf8")).slice(1)) as string[][];
      const types = new Set(rows.slice(1).map((r) => r[2]));
      expect(types).toContain("Open response");
      expect(types).toContain("Two-part evidence");
      expect([...types].some((t) => /_/.test(t!))).toBe(false);
      expect(rows[0]).toContain("Discrimination meaning");

      // "See question N in the lesson" lands on that question of the lesson page.
      const seeLink = teacher.getByRole("link", { name: /^See question \d+ in the lesson$/ }).first();
      const n = (await seeLink.innerText()).match(/\d+/)![0];
      await seeLink.click();
      await expect(teacher).toHaveURL(new RegExp(`#key-question-${n}$`));
      // (A client-side navigation scrolls to the anchor without making it :target.)
      await expect(teacher.locator(`[id="key-question-${n}"]`)).toBeInViewport();
    });

    test("grading keeps a graded card in place, moves focus to the next answer and clears stale errors", async ({
      page: teacher,
      newPerson,
    }) => {
      test.setTimeout(150_000);
      await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
      const code = await newClassWithTimedLesson(
        teacher,
        `Grade ${size.name} ${Date.now().toString(36)}`,
        30,
      );
      let assignmentId = "";
      for (const name of ["Ava Grade", "Ben Grade"]) {
        const { page } = await newPerson(name);
        ({ assignmentId } = await submitWithOpenResponse(page, code, name, `${name}'s answer.`));
      }
      await teacher.goto(`/teacher/assignments/${assignmentId}/grading`);
      const cards = teacher.getByRole("article");
      await expect(cards.nth(0)).toHaveAccessibleName(/^Ava Grade/);
      const avaPoints = teacher.getByLabel("Points for Ava Grade (out of 4)");
      await avaPoints.fill("9");
      await cards.nth(0).getByRole("button", { name: "Save grade" }).click();
      const error = cards.nth(0).getByText("This question is worth at most 4 points.");
      await expect(error).toBeVisible();
      // Changing the field makes the error stale: it goes.
      await avaPoints.fill("3");
      await expect(error).toHaveCount(0);
      await cards.nth(0).getByRole("button", { name: "Save grade" }).click();
      await expect(cards.nth(0).getByText(/^Saved\. Attempt score now/)).toBeVisible();
      await expect(teacher.getByLabel("Points for Ben Grade (out of 4)")).toBeFocused();
      // Refreshed with the new grade, Ava's card is still first, not moved below the answers still to grade.
      await expect(cards.nth(0)).toHaveAccessibleName(/^Ava Grade.* · 3 points$/);
      await expectNoAxeViolations(teacher);
      await shot(teacher, `grading-${size.name}`);
    });
  });
}
