import type { Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { DEMO_LESSON } from "./support/assign";

/** Each page's text with every space removed, so words pdf.js splits into pieces still match. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join("")
        .replace(/\s+/g, ""),
    );
  }
  await doc.destroy();
  return pages;
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** The first and last line of each printed question, as the page shows them. */
async function questionEnds(page: Page): Promise<{ first: string; last: string }[]> {
  const blocks = await page.locator(".print-question").allInnerTexts();
  return blocks.map((text) => {
    const lines = text.split("\n").filter((l) => l.trim());
    return { first: squeeze(lines[0]!), last: squeeze(lines.at(-1)!) };
  });
}

const pageOf = (pages: string[], text: string) => pages.findIndex((p) => p.includes(text));

test("a teacher prints a lesson: passage, whole questions, and the key on pages of its own", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await page.goto("/teacher/lessons");
  await page.getByRole("link", { name: DEMO_LESSON, exact: true }).click();
  await page.getByRole("link", { name: "Print", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_LESSON })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Answer key" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const ends = await questionEnds(page);
  expect(ends.length).toBeGreaterThan(2);
  for (const format of ["A4", "Letter"] as const) {
    const students = await pageTexts(await page.pdf({ format }));
    expect(students.join("")).not.toContain("Answerkey");
    for (const [i, q] of ends.entries()) {
      const at = pageOf(students, q.first);
      expect(at, `question ${i + 1} printed (${format})`).toBeGreaterThan(0);
      expect(students[at], `question ${i + 1} whole on one ${format} page`).toContain(q.last);
    }
  }

  await page.getByRole("link", { name: /Teacher’s copy/ }).click();
  await expect(page.getByRole("heading", { name: "Answer key" })).toBeVisible();
  await expectNoAxeViolations(page);
  const teacher = await pageTexts(await page.pdf({ format: "A4" }));
  const keyPage = pageOf(teacher, "Answerkey");
  const lastQuestionPage = Math.max(...ends.map((q) => pageOf(teacher, q.first)));
  expect(keyPage, "the key starts after the last question's page").toBeGreaterThan(lastQuestionPage);
  for (const text of teacher.slice(keyPage))
    for (const q of ends) expect(text, "no question on a key page").not.toContain(q.first);
  expect(teacher[0], "the passage's lines are numbered").toMatch(/Passage.*5/);

  // At a phone's width the preview still reads without sideways scrolling of the page.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});
