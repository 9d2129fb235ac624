import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { signUpTeacher } from "./support/teachers";

const article = path.join(process.cwd(), "tests/unit/fixtures/articles/school-gardens.txt");
const LESSON = /Planting the First Beds/;
const SIZES = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function importGardens(page: Page) {
  await page.goto("/teacher/import");
  await page.getByLabel(/Upload a file/).setInputFiles(article);
  await expect(page.getByLabel("Article text")).toHaveValue(/How School Gardens Changed Lunch/);
  await page.getByRole("button", { name: "Preview the structure" }).click();
  await page.getByRole("button", { name: "Create draft lessons" }).click();
  await page.getByRole("link", { name: "Review the draft questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Review: How School Gardens/ })).toBeVisible();
}

const drafts = (page: Page) =>
  page.getByRole("region", { name: LESSON }).getByRole("heading", { level: 3, name: /^Question \d+:/ });
const status = (page: Page) => page.getByRole("region", { name: LESSON }).getByRole("status").first();

async function scanAndShoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/draft-review/${name}-${size}.png`,
      fullPage: size === "phone",
    });
  }
  await page.setViewportSize(SIZES.desktop);
}

test("a teacher reviews drafts: accept, reject and undo, accept all and undo, generate again, from the library", async ({
  page,
}) => {
  // Two axe scans at each of three points, on a long page, on two shared cores.
  test.setTimeout(300_000);
  await page.setViewportSize(SIZES.desktop);
  await signUpTeacher(page, "Rev Iewer", `reviewer-${Date.now()}@school.test`, "a long review password 1");
  await importGardens(page);
  const lesson = page.getByRole("region", { name: LESSON });

  await test.step("each draft shows its type, skill, key, feedback and cited sentence", async () => {
    const first = lesson
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /^Question 1:/ }) });
    await expect(first.getByRole("heading", { level: 3 })).toContainText(/·/);
    await expect(first.getByText("Cited sentence")).toBeVisible();
    await expect(lesson.getByText("(key)").first()).toBeVisible();
    await expect(lesson.getByText(/^Feedback: /).first()).toBeVisible();
    await scanAndShoot(page, "review");
  });

  // The steps accept one draft, reject and restore another, then accept all the rest: three drafts at least, so
  // "accept all" takes two.
  const count = await drafts(page).count();
  expect(count).toBeGreaterThanOrEqual(3);

  await test.step("accepting moves focus to the next draft and says so", async () => {
    await lesson.getByRole("button", { name: "Accept question 1" }).click();
    await expect(status(page)).toHaveText("Question 1 accepted.");
    await expect(lesson.getByRole("heading", { name: /^Question 2:/ })).toBeFocused();
    await expect(lesson.getByRole("button", { name: "Undo accept of question 1" })).toBeVisible();
  });

  await test.step("rejecting moves focus to its undo; undo brings the draft back, focused", async () => {
    const prompt = await lesson
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /^Question 2:/ }) })
      .locator("h3 + p + p")
      .innerText();
    await lesson.getByRole("button", { name: "Reject question 2" }).click();
    await expect(drafts(page)).toHaveCount(count - 1);
    await expect(status(page)).toContainText("Question 2 rejected.");
    const undo = lesson.getByRole("button", { name: "Undo reject of rejected draft 1" });
    await expect(undo).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Enter");
    await expect(drafts(page)).toHaveCount(count);
    await expect(status(page)).toHaveText("The draft is back, undecided.");
    await expect(lesson.getByRole("heading", { name: /^Question 2:/ })).toBeFocused();
    await expect(lesson.getByText(prompt, { exact: true })).toBeVisible();
  });

  await test.step("accept all remaining, then undo it by keyboard", async () => {
    await lesson.getByRole("button", { name: `Accept all remaining (${count - 1})` }).click();
    await expect(status(page)).toHaveText(`${count - 1} questions accepted.`);
    const undo = lesson.getByRole("button", { name: `Undo accept all (${count - 1})` });
    await expect(undo).toBeFocused();
    await expect(lesson.getByText("Accepted", { exact: true })).toHaveCount(count);
    await scanAndShoot(page, "accepted-all");
    await undo.focus();
    await page.keyboard.press("Enter");
    await expect(status(page)).toHaveText(`Undone: ${count - 1} questions undecided again.`);
    await expect(lesson.getByText("Accepted", { exact: true })).toHaveCount(1);
    await expect(lesson.getByRole("heading", { name: /^Question 2:/ })).toBeFocused();
  });

  await test.step("generating the lesson's drafts again keeps the accepted one", async () => {
    await lesson.getByRole("button", { name: "Generate drafts again" }).click();
    await expect(status(page)).toContainText(/^Generated again: \d+ drafts? to review, \d+ new\.$/);
    await expect(lesson.getByRole("heading", { level: 3, name: /^Drafts \(/ })).toBeFocused();
    await expect(lesson.getByText("Accepted", { exact: true })).toHaveCount(1);
  });

  await test.step("the library lists the lesson's drafts to review and leads back to them", async () => {
    const undecided = (await drafts(page).count()) - 1;
    await page.goto("/teacher/lessons");
    const link = page.getByRole("link", {
      // The lesson's title is for screen readers (an sr-only span), which Chromium names after a space.
      name: new RegExp(`^Drafts to review \\(${undecided}\\)\\s?: Planting the First Beds$`),
    });
    await scanAndShoot(page, "library");
    await link.click();
    await expect(page).toHaveURL(/\/teacher\/import\/[^/]+#lesson-/);
    await expect(page.getByRole("region", { name: LESSON })).toBeVisible();
  });
});
