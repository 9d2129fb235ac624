import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { answerKey } from "./support/answer-key";
import { startAttemptEarlier } from "./support/attempt-clock";
import { escapeRegExp, PAGE_SIZES, screenshots } from "./support/page-sizes";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";
import { newClassWithTimedLesson } from "./support/timed-class";

// Issue 17, "Taking a quiz": each check at a desktop and a phone size, with axe on every page it touches.
const SIZES = PAGE_SIZES;

const shot = screenshots("quiz-taking");

const escape = escapeRegExp;

async function startDemoQuiz(page: Page) {
  await joinAsNewStudent(page);
  const assignmentId = await openFirstAssignment(page);
  const key = await answerKey(assignmentId);
  await showColumn(page, "Questions");
  await page.getByRole("button", { name: "Start the questions" }).click();
  await expect(page.getByText(`Answered 0 of ${key.length}`)).toBeVisible();
  const region = (type: string) =>
    page.getByRole("region", { name: new RegExp(escape(key.find((q) => q.type === type)!.prompt)) });
  return { assignmentId, key, region };
}

/** Shows one column on a phone; wide screens show both, so there is no switch to press. */
async function showColumn(page: Page, name: "Passage" | "Questions") {
  const button = page.getByRole("group", { name: "Show" }).getByRole("button", { name });
  if (await button.isVisible()) await button.click();
}

/** A box's overlap with another (0 when they do not touch). */
const overlaps = (a: DOMRect | null, b: DOMRect | null) =>
  !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
type DOMRect = { x: number; y: number; width: number; height: number };

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test("the passage stays at hand beside the questions, each keeping its scroll position", async ({
      page,
    }) => {
      const { key } = await startDemoQuiz(page);
      const lastQuestion = page.getByRole("region", { name: new RegExp(`^Question ${key.length} `) });
      if (size.name === "desktop") {
        const passage = page.getByRole("region", { name: "Passage", exact: true });
        await expect(page.getByRole("group", { name: "Show" })).toBeHidden();
        await lastQuestion.scrollIntoViewIfNeeded();
        // Far down the questions, the passage is still on screen, in a scroll area of its own.
        await expect(passage).toBeInViewport({ ratio: 0.9 });
        const area = await passage.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
        expect(area.scroll, "the passage scrolls inside its own area").toBeGreaterThan(area.client);
        await passage.evaluate((el) => el.scrollTo(0, 600));
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
        await expectNoAxeViolations(page);
        await shot(page, "passage-beside-desktop");
      } else {
        const group = page.getByRole("group", { name: "Show" });
        await expect(group.getByRole("button", { name: "Questions" })).toHaveAttribute(
          "aria-pressed",
          "true",
        );
        await group.getByRole("button", { name: "Passage" }).click();
        await expect(group.getByRole("button", { name: "Passage" })).toHaveAttribute("aria-pressed", "true");
        await expect(page.getByRole("heading", { name: "Read the passage" })).toBeVisible();
        await expect(page.getByRole("heading", { name: "Questions", exact: true })).toBeHidden();
        await page.evaluate(() => window.scrollTo(0, 1500));
        const passageY = await page.evaluate(() => window.scrollY);
        await group.getByRole("button", { name: "Questions" }).click();
        await expect(page.getByRole("heading", { name: "Read the passage" })).toBeHidden();
        await lastQuestion.scrollIntoViewIfNeeded();
        const questionsY = await page.evaluate(() => window.scrollY);
        expect(questionsY).not.toBe(passageY);
        // The switch stays on screen, so the student switches from wherever they are.
        await expect(group).toBeInViewport();
        await shot(page, "questions-phone");
        await group.getByRole("button", { name: "Passage" }).click();
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(passageY);
        await shot(page, "passage-phone");
        await group.getByRole("button", { name: "Questions" }).click();
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(questionsY);
        await expect(lastQuestion).toBeInViewport();
        await expectNoAxeViolations(page);
      }
    });

    test("typing just before a reload is kept, and the review names flagged questions", async ({ page }) => {
      const { region } = await startDemoQuiz(page);
      await showColumn(page, "Questions");
      const open = region("open_response");
      await open.getByRole("checkbox", { name: "Flag for review" }).check();
      const text = `Typed right before a reload ${Date.now()}`;
      await open.getByRole("textbox").fill(text);
      // Well inside the 600 ms typing pause: without saving on pagehide this text was lost.
      await page.reload();
      await showColumn(page, "Questions");
      await expect(region("open_response").getByRole("textbox")).toHaveValue(text);
      // Sent before the reload (a keepalive request) or from the outbox after it: either way the outbox empties.
      await expect
        .poll(() =>
          page.evaluate(
            () => Object.keys(localStorage).filter((k) => k.startsWith("lectern:outbox:")).length,
          ),
        )
        .toBe(0);
      // The server has it too: with this device's outbox emptied, the page still shows it.
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await showColumn(page, "Questions");
      await expect(region("open_response").getByRole("textbox")).toHaveValue(text);

      const number = (await region("open_response").getAttribute("id"))!.replace("question-", "");
      await page.getByRole("button", { name: "Review and submit" }).click();
      await expect(page.getByText(`Flagged for review: question ${number}`, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
      await shot(page, `review-${size.name}`);
    });

    test("a timed quiz says its limit, keeps the timer in view and says when time is up", async ({
      page,
      newPerson,
    }) => {
      test.setTimeout(150_000);
      await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
      const code = await newClassWithTimedLesson(page, `Timed ${size.name} ${Date.now().toString(36)}`, 2);

      const { page: student } = await newPerson("student");
      await student.setViewportSize(size.viewport);
      await joinAsNewStudent(student, { code });
      const assignmentId = await openFirstAssignment(student);
      await showColumn(student, "Questions");
      await expect(student.getByText(/This quiz is timed: you have 2 minutes once you start/)).toBeVisible();
      await expect(
        student.getByText(/When time is up, the answers you have given are submitted for you\./),
      ).toBeVisible();
      await expectNoAxeViolations(student);
      await student.getByRole("button", { name: "Start the questions" }).click();

      const timeLeft = student.getByTestId("time-left");
      await expect(timeLeft).toHaveText(/^[12]:[0-5]\d$/);
      await student
        .getByRole("region", { name: /^Question 1 / })
        .getByRole("radio")
        .first()
        .check();
      await expect(student.getByText("All answers saved")).toBeVisible();
      await student.getByRole("region", { name: /^Question 8 / }).scrollIntoViewIfNeeded();
      await expect(timeLeft, "the timer stays in view far down the questions").toBeInViewport();
      const bar = timeLeft.locator("xpath=ancestor::div[contains(@class,'sticky')][1]");
      expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 255, 255)");
      const timerBox = await timeLeft.locator("xpath=..").boundingBox();
      const saveBox = await student.getByText("All answers saved").boundingBox();
      const progressBox = await student.getByText(/^Answered \d+ of \d+$/).boundingBox();
      expect(overlaps(timerBox, saveBox), "the timer does not cover the save status").toBe(false);
      expect(overlaps(timerBox, progressBox), "the timer does not cover the progress").toBe(false);
      await expectNoAxeViolations(student);
      await shot(student, `timer-${size.name}`);

      // On a phone the Passage view hides the questions and their timer bar: the switch bar shows the time.
      if (await student.getByRole("group", { name: "Show" }).isVisible()) {
        await showColumn(student, "Passage");
        await student.mouse.wheel(0, 2000);
        const mirrored = student.getByTestId("time-left-passage");
        await expect(mirrored, "the time shows in the Passage view").toBeInViewport();
        await expect(mirrored).toHaveText(/^[0-2]:[0-5]\d$/);
        expect(
          await student.evaluate(
            () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
          ),
          "no sideways scrolling",
        ).toBe(true);
        await expectNoAxeViolations(student);
        await shot(student, `timer-passage-${size.name}`);
        await showColumn(student, "Questions");
      } else {
        await expect(student.getByTestId("time-left-passage")).toBeHidden();
      }

      const secondsLeft = await timeLeft.textContent().then((t) => {
        const [m, s] = t!.split(":").map(Number);
        return m! * 60 + s!;
      });
      await startAttemptEarlier(assignmentId, Math.max(0, secondsLeft - 6));
      await student.reload();
      const timeUp = student.getByText("Time is up: your answers were submitted.");
      await expect(timeUp).toBeVisible({ timeout: 30_000 });
      // It takes focus, so it is on screen wherever the student was.
      await expect(timeUp).toBeFocused();
      await expect(timeUp).toBeInViewport();
      await expect(student.getByRole("button", { name: "Review and submit" })).toHaveCount(0);
      await expectNoAxeViolations(student);
      await shot(student, `time-up-${size.name}`);
    });

    test("after submitting, a cited-sentence link jumps to its sentence within the passage", async ({
      page,
    }) => {
      await startDemoQuiz(page);
      await showColumn(page, "Questions");
      await page.getByRole("button", { name: "Review and submit" }).click();
      await page.getByRole("button", { name: "Submit my answers" }).click();
      await expect(page).toHaveURL(/\/student\/attempts\//);
      const link = page.getByRole("link", { name: "Show question 6's sentence in the passage" });
      await link.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      await link.click();
      const target = page.locator(":target");
      await expect(target).toHaveAccessibleName("Back to question 6");
      await expect(target).toBeInViewport();
      if (size.name === "desktop") {
        // The jump scrolls the passage's own area: the question the student came from stays where it was.
        await expect(link).toBeInViewport();
        expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50);
      }
      await shot(page, `cited-link-${size.name}`);
      // And back to the question.
      await target.click();
      await expect(page.locator(":target")).toContainText("Question 6");
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("ordering items are readable and movable, and the report's chart fits the screen", async ({
    page,
    newPerson,
  }) => {
    test.setTimeout(150_000);
    const { region, assignmentId } = await startDemoQuiz(page);
    await showColumn(page, "Questions");
    const ordering: Locator = region("ordering");
    const item = ordering.getByRole("listitem").first();
    await item.scrollIntoViewIfNeeded();
    const itemText = item.locator("span.break-words");
    const textBox = (await itemText.boundingBox())!;
    expect(textBox.width, "the item's text gets most of the width").toBeGreaterThan(200);
    const down = ordering.getByRole("button", { name: /^Move down:/ }).first();
    const downBox = (await down.boundingBox())!;
    expect(downBox.x + downBox.width).toBeLessThanOrEqual(320);
    const firstText = await itemText.textContent();
    await down.click();
    await expect(ordering.getByRole("listitem").nth(1).locator("span.break-words")).toHaveText(firstText!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await shot(page, "ordering-320");
    await page.getByRole("button", { name: "Review and submit" }).click();
    await page.getByRole("button", { name: "Submit my answers" }).click();
    await expect(page).toHaveURL(/\/student\/attempts\//);

    const { page: teacher } = await newPerson("teacher");
    await teacher.setViewportSize({ width: 320, height: 640 });
    await signIn(teacher, DEMO_TEACHER.email, DEMO_PASSWORD);
    await teacher.goto(`/teacher/assignments/${assignmentId}/report`);
    const chart = teacher.locator("figure").first();
    await expect(chart).toBeVisible();
    const box = (await chart.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, "the chart fits the screen").toBeLessThanOrEqual(320);
    // The distribution is drawn in HTML boxes now, not a chart library's SVG: its drawing must fit too.
    const drawn = (await chart.getByTestId("score-distribution-chart").boundingBox())!;
    expect(drawn.width).toBeGreaterThan(0);
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(teacher);
    await shot(teacher, "report-320");
  });
});
