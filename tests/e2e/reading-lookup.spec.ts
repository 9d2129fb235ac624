import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

// Issue 20, "Look up a word": a double-click and the keyboard command on a focused sentence show WordNet's sense for
// the sentence, or the teacher's glossary entry (here the assignment's, as the demo lesson is shared), in an
// accessible dialog; at 320 px wide too.

const NARROW = { width: 320, height: 700 };

/** A student of the demo class on the first assignment, with the passage in view (a phone shows one column). */
async function openPassage(page: Page) {
  await joinAsNewStudent(page);
  const assignmentId = await openFirstAssignment(page);
  const show = page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Passage" });
  if (await show.isVisible()) await show.click();
  return assignmentId;
}

/** Double-clicks `word` where it first stands in the passage, as a reader's mouse would. */
async function doubleClickWord(page: Page, word: string) {
  const at = await page.evaluate((w) => {
    const pattern = new RegExp(`\\b${w}\\b`);
    for (const sentence of document.querySelectorAll<HTMLElement>("[data-sentence]")) {
      const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent!.search(pattern);
        if (i < 0) continue;
        sentence.scrollIntoView({ block: "center" });
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + w.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, word);
  expect(at, `"${word}" is in the passage`).not.toBeNull();
  await page.mouse.dblclick(at!.x, at!.y);
}

test("a double-click shows the word's sense for its sentence, in a dialog Escape closes", async ({
  page,
}) => {
  await openPassage(page);
  await doubleClickWord(page, "diplomacy");
  const dialog = page.getByRole("dialog", { name: "diplomacy" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("status")).toContainText("noun");
  await expect(dialog.getByRole("status")).toContainText(
    /negotiation between nations|international relations/,
  );
  await expect(dialog).not.toContainText("From your teacher’s glossary");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("by keyboard on a phone: L on a focused sentence, pick the word, and the teacher's glossary entry shows", async ({
  page,
  newPerson,
}) => {
  await page.setViewportSize(NARROW);
  const assignmentId = await openPassage(page);

  const teacher = (await newPerson("teacher")).page;
  await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
  await teacher.goto(`/teacher/assignments/${assignmentId}/settings`);
  const glossary = teacher.getByRole("region", { name: "Glossary" });
  await glossary.getByLabel("Word").fill("dialogue");
  await glossary.getByLabel("Definition").fill("Talking things through to reach an agreement.");
  await glossary.getByLabel("Example (optional)").fill("The two leaders kept up a dialogue.");
  await glossary.getByRole("button", { name: "Save word" }).click();
  await expect(glossary.getByRole("listitem").filter({ hasText: "dialogue" })).toContainText(
    "Talking things",
  );

  const sentence = page.locator("[data-sentence]").filter({ hasText: "dialogue and negotiation" });
  await sentence.focus();
  await page.keyboard.press("l");
  const dialog = page.getByRole("dialog", { name: "Look up a word" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "dialogue", exact: true }).focus();
  await page.keyboard.press("Enter");
  const answer = page.getByRole("dialog", { name: "dialogue" }).getByRole("status");
  await expect(answer).toContainText("Talking things through to reach an agreement.");
  await expect(answer).toContainText("Example: “The two leaders kept up a dialogue.”");
  await expect(answer).toContainText("From your teacher’s glossary");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(sentence).toBeFocused();
});
