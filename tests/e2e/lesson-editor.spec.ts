import { DEMO_PASSWORD, expect, expectNoAxeViolations, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { DEMO_LESSON } from "./support/assign";
import { PAGE_SIZES, screenshots } from "./support/page-sizes";
import { lessonAnswerKey } from "./support/answer-key";
import { tabTo } from "./support/keyboard";
import { joinAsNewStudent } from "./support/people";
import { addQuestion, type NewQuestion } from "./support/question-editor";
import { setTeacherInDatabase } from "./support/teachers";

const unique = Date.now().toString(36);
const shot = screenshots("lesson-editor");

/** Axe, no sideways scrolling and a screenshot at a laptop's and a phone's size, then back to the test's size. */
async function atEachSize(page: Page, name: string) {
  const before = page.viewportSize();
  for (const size of PAGE_SIZES) {
    await page.setViewportSize(size.viewport);
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll, `page width at ${size.name} size`).toBeLessThanOrEqual(client);
    await expectNoAxeViolations(page);
    await shot(page, `${name}-${size.name}`);
  }
  if (before) await page.setViewportSize(before);
}

const COPY_TITLE = `Peace talks, period 3 (${unique})`;
const COPY_DESCRIPTION = "Why the talks stalled, and what each side wanted.";
const prompt = (what: string) => `According to the article, ${what}? (${unique})`;

const NEW_QUESTIONS: NewQuestion[] = [
  {
    type: "Single choice",
    prompt: prompt("what is Trump's focus"),
    choices: ["Negotiation", "War", "Trade"],
    sentence: 0,
  },
  {
    type: "Multiple select",
    prompt: prompt("which apply"),
    choices: ["Dialogue", "Deals", "Isolation"],
    sentence: 1,
  },
  { type: "True or false", prompt: prompt("is negotiation central"), sentence: 2 },
  { type: "Short answer", prompt: prompt("whom did Trump want to talk to"), accepted: "Putin", sentence: 0 },
  {
    type: "Ordering",
    prompt: prompt("in what order do the ideas come"),
    choices: ["First", "Second", "Third"],
    sentence: 3,
  },
  {
    type: "Open response",
    prompt: prompt("how would you summarize it"),
    rubric: "Two points for the main idea.",
    sentence: 1,
  },
  {
    type: "Two-part evidence",
    prompt: prompt("what does the author stress"),
    choices: ["Talks", "Tariffs", "Troops"],
    sentence: 2,
    evidence: [0, 2, 4],
  },
];

test("a teacher duplicates a demo lesson, edits its questions, assigns it, and a student sees them", async ({
  page: teacher,
  newPerson,
}) => {
  // Seven questions typed into the editor, plus a class, a student and an assignment: a long walk.
  test.setTimeout(180_000);
  const className = `Editors ${unique}`;
  await test.step("a new teacher signs up and creates a class; a student joins it", async () => {
    await teacher.goto("/sign-up");
    await teacher.getByLabel("Your name").fill("Ms. Editor");
    await teacher.getByLabel("Email").fill(`editor-${unique}@school.test`);
    await teacher.getByLabel("Password").fill(DEMO_PASSWORD);
    await teacher.getByRole("button", { name: "Create teacher account" }).click();
    await expect(teacher).toHaveURL(/\/teacher\/classes$/);
    // The shared demo lessons open to teachers a school administrator approved (admin.spec.ts walks that page).
    await setTeacherInDatabase(`editor-${unique}@school.test`, "approve");
    await teacher.getByLabel("Class name").fill(className);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.getByRole("link", { name: className }).click();
  });
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  const student = await newPerson("student");
  await joinAsNewStudent(student.page, { code });

  await test.step("the library filters by skill and question type", async () => {
    await teacher.goto("/teacher/lessons");
    await expectNoAxeViolations(teacher);
    await teacher.getByLabel("Skill").selectOption({ label: "Detail" });
    await teacher.getByLabel("Question type").selectOption({ label: "Multiple select" });
    await teacher.getByRole("button", { name: "Filter" }).click();
    await expect(teacher).toHaveURL(/skill=detail&type=multiple_select/);
    // Two demo lessons (not the first) have a multiple-select detail question; this new teacher owns none.
    await expect(teacher.getByText("2 lessons match the filter")).toBeVisible();
    await expect(teacher.getByText("(1 matching)")).toHaveCount(2);
    await expect(teacher.getByRole("link", { name: DEMO_LESSON, exact: true })).toHaveCount(0);
    await teacher.getByRole("link", { name: "Clear filters" }).click();
  });

  let demoId = "";
  await test.step("the lesson page marks citations; the preview shows nothing of the key", async () => {
    await teacher.getByRole("link", { name: DEMO_LESSON, exact: true }).click();
    await expect(teacher.getByRole("heading", { level: 1, name: DEMO_LESSON })).toBeVisible();
    demoId = new URL(teacher.url()).pathname.split("/").pop()!;
    await expect(teacher.locator("mark").first()).toBeVisible();
    await teacher.getByRole("link", { name: "Show question 1's sentence in the passage" }).click();
    await expect(teacher.locator(":target")).toHaveAccessibleName("Back to question 1");
    await expectNoAxeViolations(teacher);
    await teacher.getByRole("link", { name: "Preview as student" }).click();
    await expect(teacher.getByRole("heading", { name: "Read the passage" })).toBeVisible();
    await expectNoAxeViolations(teacher);
    const html = await teacher.content();
    const key = await lessonAnswerKey(demoId);
    expect(key.length).toBeGreaterThan(0);
    for (const q of key) {
      expect(html).not.toContain(q.explanation);
      if (q.rubric) expect(html).not.toContain(q.rubric);
      for (const c of q.choices) if (c.feedback) expect(html).not.toContain(c.feedback);
    }
    expect(html).not.toMatch(/"(correct|explanation|acceptedAnswers|rubric)"/);
    await teacher.getByRole("link", { name: "Back to the lesson" }).click();
    // The shared demo lesson is read-only: no editor link, and its editor URL leads back to the lesson.
    await expect(teacher.getByRole("link", { name: "Edit lesson" })).toHaveCount(0);
    await teacher.goto(`/teacher/lessons/${demoId}/edit`);
    await expect(teacher).toHaveURL(new RegExp(`/teacher/lessons/${demoId}$`));
    await expect(teacher.getByText(/read-only: duplicate it/)).toBeVisible();
  });

  let lessonId = "";
  await test.step("the teacher duplicates it and adds a question of each type", async () => {
    // The copy is offered as "Copy of …" and named by the teacher.
    await expect(teacher.getByLabel("Name of the copy")).toHaveValue(`Copy of ${DEMO_LESSON}`);
    await teacher.getByLabel("Name of the copy").fill(COPY_TITLE);
    await teacher.getByRole("button", { name: "Duplicate to my lessons" }).click();
    await expect(teacher.getByRole("heading", { level: 1, name: COPY_TITLE })).toBeVisible();
    lessonId = new URL(teacher.url()).pathname.split("/").pop()!;
    await teacher.getByRole("link", { name: "Edit lesson" }).click();
    await expectNoAxeViolations(teacher);
    // Its title, objectives and description are the owner's to edit; a blank title is refused on the field.
    const details = teacher.getByRole("form", { name: "Lesson details" });
    await details.getByLabel("Title").fill("");
    await details.getByRole("button", { name: "Save details" }).click();
    await expect(details.getByLabel("Title")).toBeFocused();
    await expect(details.getByText("Give the lesson a title.")).toBeVisible();
    await details.getByLabel("Title").fill(COPY_TITLE);
    await details.getByLabel("Learning objectives").fill("Explain why the talks stalled\nCite the passage");
    await details.getByLabel("Description").fill(COPY_DESCRIPTION);
    await details.getByRole("button", { name: "Save details" }).click();
    await expect(details.getByRole("status")).toHaveText("Lesson details saved.");
    await atEachSize(teacher, "details");
    for (const q of NEW_QUESTIONS) await addQuestion(teacher, lessonId, q);
  });

  await test.step("Try an answer grades typed answers against the saved short answer", async () => {
    const shortAnswer = NEW_QUESTIONS.find((q) => q.type === "Short answer")!;
    await teacher
      .getByRole("list", { name: /Questions/ })
      .getByRole("listitem")
      .filter({ hasText: shortAnswer.prompt })
      .getByRole("link", { name: /^Edit question \d+$/ })
      .click();
    await expect(teacher).toHaveURL(/\/edit\/\w+$/);
    const panel = teacher.getByRole("region", { name: "Try an answer" });
    const answer = panel.getByLabel("Answer a student might give");
    // "Puttin" is one typo from the accepted "Putin"; "not Putin" holds it but negates it.
    await answer.fill("Puttin");
    await answer.press("Enter");
    await expect(panel.getByRole("status")).toContainText("Correct, but near");
    await expect(panel.getByRole("status")).toContainText("Accepted through tolerance: a typo");
    await expect(panel.getByRole("status")).toContainText("accepted answer “Putin”");
    await answer.fill("not Putin");
    await panel.getByRole("button", { name: "Try this answer" }).click();
    await expect(panel.getByRole("status")).toContainText("Wrong");
    await expectNoAxeViolations(teacher);
    await teacher.getByRole("link", { name: "Cancel" }).click();
    await expect(teacher).toHaveURL(new RegExp(`/teacher/lessons/${lessonId}/edit$`));
  });

  await test.step("the editor shows errors next to fields and cites the selected text", async () => {
    await teacher.getByRole("button", { name: "Add a question" }).click();
    await teacher.getByRole("button", { name: "Save question" }).click();
    await expect(teacher.getByLabel("Prompt", { exact: true })).toBeFocused();
    await expect(
      teacher.getByText("Choose the sentence(s) of the passage that support the answer"),
    ).toBeVisible();
    await expectNoAxeViolations(teacher);
    const words = "peace negotiations";
    await teacher.getByRole("region", { name: "Passage to cite from" }).evaluate((el, text) => {
      const node = [...el.childNodes].find((n) => n.textContent?.includes(text))!;
      const range = document.createRange();
      range.setStart(node, node.textContent!.indexOf(text));
      range.setEnd(node, node.textContent!.indexOf(text) + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, words);
    await teacher.getByRole("button", { name: "Use selected text" }).click();
    await expect(teacher.getByText(`Cited: “${words}”`)).toBeVisible();
    teacher.once("dialog", (dialog) => dialog.dismiss());
    await teacher.getByRole("link", { name: "Cancel" }).click();
    await expect(teacher).toHaveURL(/\/edit\/new/);
    teacher.once("dialog", (dialog) => dialog.accept());
    await teacher.getByRole("link", { name: "Cancel" }).click();
    await expect(teacher).toHaveURL(new RegExp(`/teacher/lessons/${lessonId}/edit$`));
  });

  await test.step("deleting asks first; reordering with Move up keeps focus on the moved question", async () => {
    const items = teacher.getByRole("list", { name: /Questions/ }).getByRole("listitem");
    const before = await items.count();
    const second = (await items.nth(1).locator("p").nth(1).textContent())!;
    teacher.once("dialog", (dialog) => dialog.accept());
    await teacher.getByRole("button", { name: "Delete question 2", exact: true }).click();
    await expect(teacher.getByText("Question 2 deleted.")).toBeVisible();
    await expect(items).toHaveCount(before - 1);
    await expect(teacher.getByRole("heading", { name: /^Questions/ })).toBeFocused();
    await expect(items.nth(1)).not.toContainText(second);
    const count = before - 1;
    const last = NEW_QUESTIONS.at(-1)!.prompt;
    await expect(items.nth(count - 1)).toContainText(last);
    await tabTo(teacher, teacher.getByRole("button", { name: `Move up question ${count}`, exact: true }));
    await teacher.keyboard.press("Enter");
    await expect(items.nth(count - 2)).toContainText(last);
    await expect(
      teacher.getByRole("button", { name: `Move up question ${count - 1}`, exact: true }),
    ).toBeFocused();
  });

  const edited = prompt("what did the keyboard change");
  await test.step("a question can be edited with the keyboard only", async () => {
    await tabTo(teacher, teacher.getByRole("link", { name: "Edit question 1", exact: true }));
    await teacher.keyboard.press("Enter");
    await expect(teacher).toHaveURL(/\/edit\/\w+$/);
    await expectNoAxeViolations(teacher);
    const promptField = teacher.getByLabel("Prompt", { exact: true });
    await tabTo(teacher, promptField);
    await teacher.keyboard.press("ControlOrMeta+A");
    await teacher.keyboard.type(edited);
    const first = teacher.getByLabel("First cited sentence");
    await tabTo(teacher, first);
    const before = await first.inputValue();
    await teacher.keyboard.press("ArrowDown");
    await expect(first).not.toHaveValue(before);
    await tabTo(teacher, teacher.getByRole("button", { name: "Save question" }));
    await teacher.keyboard.press("Enter");
    await expect(teacher).toHaveURL(new RegExp(`/teacher/lessons/${lessonId}/edit$`));
    await expect(
      teacher
        .getByRole("list", { name: /Questions/ })
        .getByRole("listitem")
        .first(),
    ).toContainText(edited);
  });

  await test.step("the teacher assigns the copy and the student sees the new questions", async () => {
    // "Assign" from the lesson's own page opens the class's assign form with this lesson chosen.
    await teacher.goto(`/teacher/lessons/${lessonId}`);
    await expect(teacher.getByText(COPY_DESCRIPTION)).toBeVisible();
    await atEachSize(teacher, "lesson");
    await teacher.getByRole("link", { name: `Assign to ${className}` }).click();
    await expect(teacher.getByRole("heading", { level: 1, name: "Assign a lesson" })).toBeVisible();
    await expect(teacher.getByLabel("Lesson", { exact: true })).toHaveValue(lessonId);
    await teacher.getByLabel("Due", { exact: true }).fill("2035-06-01T15:30");
    await teacher.getByRole("button", { name: "Assign lesson" }).click();
    await expect(teacher.getByText("Lesson assigned")).toBeVisible();

    const s = student.page;
    await s.reload();
    await s.getByRole("region", { name: /To do/ }).getByRole("link").first().click();
    await expect(s.getByRole("heading", { level: 1, name: COPY_TITLE })).toBeVisible();
    await expect(s.getByText(COPY_DESCRIPTION)).toBeVisible();
    await s.getByRole("button", { name: "Start the questions" }).click();
    const questions = s.getByRole("region", { name: /^Question \d+/ });
    await expect(questions.first()).toContainText(edited);
    for (const q of NEW_QUESTIONS) await expect(s.getByText(q.prompt)).toBeVisible();
    await expectNoAxeViolations(s);
  });

  const s = student.page;
  const fixed = prompt("what did the fix say");
  await test.step("an edit of an assigned question waits for an explicit regrade", async () => {
    const assignmentId = new URL(s.url()).pathname.split("/").pop()!;
    await teacher.goto(`/teacher/lessons/${lessonId}/edit`);
    await teacher.getByRole("link", { name: "Edit question 2", exact: true }).click();
    await expect(teacher.getByText(/This question is assigned/)).toBeVisible();
    await teacher.getByLabel("Prompt", { exact: true }).fill(fixed);
    await teacher.getByRole("button", { name: "Save question" }).click();
    await expect(teacher).toHaveURL(new RegExp(`/teacher/lessons/${lessonId}/edit$`));
    await s.reload();
    await expect(s.getByText(fixed)).toHaveCount(0);

    await teacher.goto(`/teacher/assignments/${assignmentId}/settings`);
    await expect(teacher.getByText(/^1 question\(s\) of this assignment were edited/)).toBeVisible();
    await teacher.getByRole("button", { name: "Regrade with the current questions" }).click();
    // The student's attempt is still open: no submitted attempt is graded again, and the confirmation says so.
    await expect(teacher.getByText(/^No submitted attempt answers this question/)).toBeFocused();
    await teacher.getByRole("button", { name: "Regrade 0 attempts" }).click();
    await expect(teacher.getByText(/^Regraded: 1 question\(s\) updated/)).toBeVisible();
    await expectNoAxeViolations(teacher);
    await s.reload();
    await expect(s.getByText(fixed)).toBeVisible();
  });

  await test.step("after submitting, each question links to its sentence marked in the passage", async () => {
    await s
      .getByRole("region", { name: /^Question 1\b/ })
      .getByRole("radio")
      .first()
      .check();
    await expect(s.getByText("All answers saved")).toBeVisible();
    await s.getByRole("button", { name: "Review and submit" }).click();
    await s.getByRole("button", { name: "Submit my answers" }).click();
    await expect(s).toHaveURL(/\/student\/attempts\//);
    await expect(s.locator("mark").first()).toBeVisible();
    await s.getByRole("link", { name: "Show question 3's sentence in the passage" }).click();
    await expect(s.locator(":target")).toHaveAccessibleName("Back to question 3");
    await expectNoAxeViolations(s);
  });
});
