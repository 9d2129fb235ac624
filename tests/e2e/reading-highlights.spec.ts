import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

// Issue 20, "Highlight and annotate": a student highlights by mouse and by keyboard, offline too, and the
// teacher's class reading view shows every highlight and note, with the sentences' counts; at 320 px wide too.

let made = 0;

/** A new student of the demo class (a name of their own) on the first assignment, the passage in view. */
async function studentAtPassage(page: Page) {
  const name = `Hana Highlighter ${Date.now().toString(36)}${made++}`;
  const username = await joinAsNewStudent(page, { name });
  const assignmentId = await openFirstAssignment(page);
  await showPassage(page);
  return { name, username, assignmentId };
}

/** On a phone the passage is behind a switch. */
async function showPassage(page: Page) {
  const show = page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Passage" });
  if (await show.isVisible()) await show.click();
}

/** Selects a sentence's text by dragging the mouse over it, from its first character to its last. */
async function dragOver(page: Page, sentence: Locator) {
  await sentence.scrollIntoViewIfNeeded();
  const ends = await sentence.evaluate((el) => {
    const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = text.nextNode(); n; n = text.nextNode()) nodes.push(n as Text);
    const box = (node: Text, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    const first = box(nodes[0]!, 0);
    const lastNode = nodes.at(-1)!;
    const last = box(lastNode, lastNode.length - 1);
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  });
  await page.mouse.move(ends.x1, ends.y1);
  await page.mouse.down();
  await page.mouse.move(ends.x2, ends.y2, { steps: 5 });
  await page.mouse.up();
}

/** Highlights the focused sentence by keyboard alone, in `presses` steps right of yellow, with a note. */
async function highlightFocusedByKeyboard(page: Page, presses: number, note: string) {
  await page.keyboard.press("Enter");
  const toolbar = page.getByRole("group", { name: "Selected text" });
  await expect(toolbar.getByRole("radio", { name: "Yellow" })).toBeFocused();
  for (let i = 0; i < presses; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Tab");
  await page.keyboard.type(note);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(toolbar).toBeHidden();
}

test("highlights by mouse, by keyboard and offline reach the teacher's class reading view", async ({
  page,
  context,
  browserErrors,
  newPerson,
}) => {
  browserErrors.allow("net::ERR_INTERNET_DISCONNECTED", "Failed to fetch");
  const { name, assignmentId } = await studentAtPassage(page);
  await expect(page.getByText("Your teacher can read your highlights and notes.").first()).toBeVisible();
  const sentences = page.locator("[data-sentence]");
  const list = page.getByRole("region", { name: "Your highlights" });
  const status = list.getByRole("status");

  // By mouse: drag over the second sentence, pick a named colour, add a note.
  await dragOver(page, sentences.nth(1));
  const toolbar = page.getByRole("group", { name: "Selected text" });
  await toolbar.getByText("Green").click();
  await toolbar.getByLabel("Note (optional)").fill("The main claim");
  await expectNoAxeViolations(page);
  await toolbar.getByRole("button", { name: "Highlight" }).click();
  await expect(sentences.nth(1).locator('mark[data-color="green"]')).toBeVisible();
  // Screen readers are told the colour and the note where it begins, in generated text the passage's text lacks.
  const spoken = await sentences
    .nth(1)
    .locator("mark[data-begins]")
    .evaluate((el) => getComputedStyle(el, "::before").content);
  expect(spoken).toContain("green highlight");
  expect(spoken).toContain("with note");
  await expect(sentences.nth(1)).not.toContainText("highlight");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Note: The main claim");
  await expect(status).toHaveText("Highlights saved.");

  // By keyboard: the passage's sentence in the tab order, arrow keys to the fourth, Enter to highlight it.
  await sentences.nth(1).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(sentences.nth(3)).toBeFocused();
  await highlightFocusedByKeyboard(page, 2, "Why does this matter?");
  await expect(sentences.nth(3), "focus returns to the sentence").toBeFocused();
  await expect(sentences.nth(3).locator('mark[data-color="blue"]')).toBeVisible();
  await expect(status).toHaveText("Highlights saved.");

  // Offline: the highlight shows at once and waits on the device until the network is back.
  await context.setOffline(true);
  await page.keyboard.press("ArrowRight");
  await highlightFocusedByKeyboard(page, 3, "Written offline");
  await expect(sentences.nth(4).locator('mark[data-color="pink"]')).toBeVisible();
  await expect(status).toContainText("Offline");
  await context.setOffline(false);
  await expect(status).toHaveText("Highlights saved.");

  // A reload shows what the server has: all three.
  await page.reload();
  await showPassage(page);
  await expect(page.getByRole("region", { name: "Your highlights" }).getByRole("listitem")).toHaveCount(3);

  // Edit and delete from the list.
  const fromList = page.getByRole("region", { name: "Your highlights" });
  await fromList.getByRole("button", { name: "Edit highlight 3" }).click();
  await page
    .getByRole("group", { name: "Change highlight" })
    .getByRole("button", { name: "Delete highlight" })
    .click();
  await expect(fromList.getByRole("listitem")).toHaveCount(2);
  await expect(fromList.getByRole("status")).toHaveText("Highlights saved.");
  await expectNoAxeViolations(page);

  const teacher = (await newPerson("teacher")).page;
  await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
  await teacher.goto(`/teacher/assignments/${assignmentId}/report`);
  await teacher.getByRole("link", { name: "Class reading" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toContainText("Class reading");
  const student = teacher.getByRole("listitem").filter({ has: teacher.getByRole("heading", { name }) });
  await expect(student).toContainText("Note: The main claim");
  await expect(student).toContainText("Note: Why does this matter?");
  await expect(student).not.toContainText("Written offline");
  // Counts in words beside the sentences, and the questions' cited sentences with their percent correct.
  await expect(teacher.locator("[data-heat]").first()).toHaveText(/\d+ students? highlighted/);
  await expect(teacher.locator("[data-question]").first()).toHaveText(
    /^Q\d+: (\d+% correct|no answers scored yet)$/,
  );
  await expectNoAxeViolations(teacher);
});

test("at 320 px wide the passage, its toolbar and the class reading view fit", async ({
  page,
  newPerson,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const { assignmentId } = await studentAtPassage(page);
  const sentence = page.locator("[data-sentence]").nth(1);
  await sentence.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Selected text" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);

  const teacher = (await newPerson("teacher")).page;
  await teacher.setViewportSize({ width: 320, height: 700 });
  await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
  await teacher.goto(`/teacher/assignments/${assignmentId}/report/reading`);
  await expect(teacher.getByRole("heading", { name: "Each student’s highlights and notes" })).toBeVisible();
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("signing out sends the device's queued highlights, then leaves none on the device", async ({
  page,
  browserErrors,
}) => {
  browserErrors.allow("status of 503");
  const { username, assignmentId } = await studentAtPassage(page);
  // The server refuses highlights for now (an outage), so the ordinary sends leave this one queued.
  let down = true;
  await page.route("**/api/reading/highlights", (route) =>
    down
      ? route.fulfill({ status: 503, contentType: "application/json", body: '{"error":{"message":"Down"}}' })
      : route.continue(),
  );
  await page.locator("[data-sentence]").nth(2).focus();
  await highlightFocusedByKeyboard(page, 0, "Queued at sign-out");
  const queued = () =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lectern:outbox:")).length);
  expect(await queued()).toBe(1);

  down = false;
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await queued(), "nothing of the student's stays on the device").toBe(0);

  await signIn(page, username, "correct horse");
  await page.goto(`/student/assignments/${assignmentId}`);
  await showPassage(page);
  await expect(page.getByRole("region", { name: "Your highlights" })).toContainText("Queued at sign-out");
});
