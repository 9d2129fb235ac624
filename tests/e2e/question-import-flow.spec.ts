import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { assignAndAnswerImported } from "./support/imported-lesson";

const GARDENS = readFileSync("tests/unit/fixtures/articles/school-gardens.txt", "utf8");
const SHARED_ARTICLE = "Trump & Putin: Inside The Peace Negotiation Strategy";

/** Nothing on the page is wider than a 320 px screen: no sideways scrolling (else, which elements stick out). */
async function fitsIn320(page: Page) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 800 });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > 320.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
      .slice(0, 5),
  );
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    wide.join(" | "),
  ).toBeLessThanOrEqual(320);
  await page.setViewportSize(size);
}

/** From the lesson library to the first step of "Import questions". */
async function startImportingQuestions(page: Page) {
  await page.goto("/teacher/lessons");
  await page.getByRole("link", { name: "Import questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import questions" })).toBeVisible();
}

test("from the library, a teacher pastes a new article, imports a GIFT file into a new lesson on it, sees the skipped report, reviews the citations, publishes and assigns it; a student answers", async ({
  page,
  newPerson,
}) => {
  test.setTimeout(300_000);
  const title = `Garden quiz ${Date.now().toString(36)}`;
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await startImportingQuestions(page);
  await expect(page.getByRole("heading", { level: 2, name: "Choose an article" })).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsIn320(page);

  await test.step("the teacher pastes the article through the article import, and the flow goes on", async () => {
    await page.getByRole("link", { name: "Import a new article" }).click();
    await page.getByLabel("Article text").fill(GARDENS);
    await page.getByRole("button", { name: "Preview the structure" }).click();
    await expect(page.getByRole("heading", { name: "Check the structure" })).toBeVisible();
    await expectNoAxeViolations(page);
    await fitsIn320(page);
    await page.getByRole("button", { name: "Create draft lessons" }).click();
    await page.getByRole("link", { name: "Continue: import your questions" }).click();
    await expect(page.getByText(/Into a new draft lesson on How School Gardens Changed Lunch/)).toBeVisible();
  });

  await test.step("the file is checked: what will be imported, what is skipped and why", async () => {
    await page
      .getByLabel(/Question file/)
      .setInputFiles("tests/fixtures/interchange/gift/every-construct.gift");
    await page.getByRole("button", { name: "Check the file" }).click();
    const status = page.getByRole("status").filter({ hasText: "will be imported" });
    await expect(status).toContainText("14 questions will be imported as drafts into a new lesson");
    await expect(status).toContainText("Line 51: matching question whose pairs do not define an order");
    await expect(status).toContainText("Line 57: numerical question");
    await expect(status.getByText(/^Proposed citation: “/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await fitsIn320(page);
    await page.getByLabel("Lesson title").fill(title);
    await page.getByRole("button", { name: "Create the lesson and review citations" }).click();
  });

  await test.step("the teacher lands on the citation review, keeps one question and publishes", async () => {
    await expect(page.getByRole("heading", { level: 1, name: `Review: ${title}` })).toBeVisible();
    await expect(page.locator("p", { hasText: "Item audit." })).toBeVisible();
    await expect(page.getByText("Of 14 questions: 0 accepted, 0 rejected, 14 to review.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Accept with this citation" }).click();
    await expect(page.getByText("Question 1 accepted with its citation.")).toBeVisible();
    for (let n = 2; n <= 14; n++) {
      await expect(
        page.getByRole("heading", { level: 2, name: new RegExp(`^Question ${n}:`) }),
      ).toBeVisible();
      await page.getByRole("button", { name: "Reject" }).click();
      await expect(page.getByText(`Question ${n} rejected`)).toBeVisible();
    }
    await page.getByRole("button", { name: "Publish lesson" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });

  await test.step("assigned to a new class, the lesson is answered by a student", async () => {
    await assignAndAnswerImported(page, (await newPerson("student")).page, title);
  });
});

test("a teacher picks a shared article by searching its title and imports an Aiken file into a new lesson on it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await startImportingQuestions(page);
  await page.getByRole("searchbox", { name: "Title contains" }).fill("putin");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toContainText("with “putin” in the title");
  await page.getByRole("link", { name: `Use this article: ${SHARED_ARTICLE}` }).click();
  await expect(page.getByText(`Into a new draft lesson on ${SHARED_ARTICLE}`)).toBeVisible();

  // A malformed file: its errors by line, and no way to create a lesson.
  await page.getByLabel(/Question file/).setInputFiles({
    name: "broken.gift",
    mimeType: "text/plain",
    buffer: Buffer.from("Is it so? {T\n"),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("The file is malformed: nothing is imported.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Create the lesson/ })).toHaveCount(0);

  await page
    .getByLabel(/Question file/)
    .setInputFiles("tests/fixtures/interchange/aiken/every-construct.txt");
  await page.getByLabel("Format").selectOption("aiken");
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("3 questions will be imported as drafts")).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsIn320(page);
  await page.getByRole("button", { name: "Create the lesson and review citations" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Review: ${SHARED_ARTICLE}: imported questions` }),
  ).toBeVisible();
  await expect(page.getByText("Of 3 questions: 0 accepted, 0 rejected, 3 to review.")).toBeVisible();
});
