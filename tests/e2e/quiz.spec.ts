import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { answerByKeyboard } from "./support/answer-by-keyboard";
import { answerKey } from "./support/answer-key";
import { tabTo } from "./support/keyboard";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A new student starts the first assignment and answers its first two questions, which the server saves. */
async function startAndAnswerFirstTwo(page: Page) {
  await joinAsNewStudent(page);
  await openFirstAssignment(page);
  await page.getByRole("button", { name: "Start the questions" }).click();
  const questions = page.getByRole("region", { name: /^Question \d+/ });
  await questions.nth(0).getByRole("radio").nth(1).check();
  await questions.nth(1).getByRole("radio").nth(0).check();
  await expect(page.getByText("All answers saved")).toBeVisible();
  return questions;
}

test("a student completes every question type with the keyboard alone and gets the right score", async ({
  page,
}) => {
  // Fourteen questions answered key by key, with axe scans between: on a loaded 2-core machine this has run past
  // the default minute with nothing wrong.
  test.setTimeout(150_000);
  await joinAsNewStudent(page);
  await expectNoAxeViolations(page);
  const assignmentId = await openFirstAssignment(page);
  const key = await answerKey(assignmentId);
  expect(new Set(key.map((q) => q.type)).size, "the lesson uses every question type").toBe(7);

  await tabTo(page, page.getByRole("button", { name: "Start the questions" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Answered 0 of ${key.length}`)).toBeVisible();
  await expectNoAxeViolations(page);

  for (const q of key) {
    await test.step(`${q.type}: ${q.prompt.slice(0, 50)}`, async () => {
      const region = page.getByRole("region", { name: new RegExp(escape(q.prompt)) });
      await answerByKeyboard(page, region, q);
    });
  }
  await expect(page.getByText(`Answered ${key.length} of ${key.length}`)).toBeVisible();
  await expect(page.getByText("All answers saved")).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: "Review and submit" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Review before you submit" })).toBeFocused();
  await expect(page.getByText(`You answered ${key.length} of ${key.length} questions`)).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole("button", { name: "Back to the questions" }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("button", { name: "Review and submit" }),
    "focus returns, not to the page",
  ).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Review before you submit" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Submit my answers" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/student\/attempts\//);
  const open = key.filter((q) => q.type === "open_response");
  const max = await page.getByText(/ of \d+ points · attempt/).innerText();
  const [points, maxPoints] = max
    .match(/(\d+(?:\.\d+)?) of (\d+)/)!
    .slice(1)
    .map(Number) as [number, number];
  const openPoints = open.length * 4;
  expect(points, "every auto-graded answer is right; the open response waits for the teacher").toBe(
    maxPoints - openPoints,
  );
  await expect(page.getByText("This score is provisional")).toBeVisible();
  await expect(page.getByText("Waiting for your teacher")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("answers given offline wait on the device and are saved when the connection returns", async ({
  page,
  context,
  browserErrors,
}) => {
  // Requests made while offline fail in the browser by design; the app retries them.
  browserErrors.allow("net::ERR_INTERNET_DISCONNECTED", "Failed to fetch");
  await joinAsNewStudent(page);
  await openFirstAssignment(page);
  await page.getByRole("button", { name: "Start the questions" }).click();
  const questions = page.getByRole("region", { name: /^Question \d+/ });
  await questions.nth(0).getByRole("radio").nth(1).check();
  // A flag on a question not answered yet is saved too.
  await questions
    .nth(2)
    .getByRole("checkbox", { name: /Flag for review/ })
    .check();
  await expect(page.getByText("All answers saved")).toBeVisible();

  await context.setOffline(true);
  await questions.nth(0).getByRole("radio").nth(2).check();
  await questions.nth(1).getByRole("radio").nth(0).check();
  await expect(page.getByText(/Offline: your answers are kept on this device/)).toBeVisible();

  // The laptop closes before the connection returns: the answers are in the browser's storage.
  const url = page.url();
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByText("All answers saved")).toBeVisible();
  await again.reload();
  const resumed = again.getByRole("region", { name: /^Question \d+/ });
  await expect(resumed.nth(0).getByRole("radio").nth(2)).toBeChecked();
  await expect(resumed.nth(1).getByRole("radio").nth(0)).toBeChecked();
  await expect(resumed.nth(2).getByRole("checkbox", { name: /Flag for review/ })).toBeChecked();
  await expect(again.getByText(/^Answered 2 of/)).toBeVisible();
});

test("going Back to the quiz shows the answers saved since it was first opened", async ({ page }) => {
  const questions = await startAndAnswerFirstTwo(page);

  // A link inside the app, then the browser's Back: the router may replay the page as first rendered.
  await page.getByRole("link", { name: "My assignments" }).click();
  await expect(page.getByRole("region", { name: /To do/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByText(/^Answered 2 of/)).toBeVisible();
  await expect(questions.nth(0).getByRole("radio").nth(1)).toBeChecked();
  await expect(questions.nth(1).getByRole("radio").nth(0)).toBeChecked();

  // Still the live attempt: a changed answer saves, and a reload shows it.
  await questions.nth(0).getByRole("radio").nth(2).check();
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.reload();
  await expect(questions.nth(0).getByRole("radio").nth(2)).toBeChecked();
  await expect(page.getByText(/^Answered 2 of/)).toBeVisible();
});

test("going Back to the quiz while offline keeps it usable, and it catches up once the network returns", async ({
  page,
  context,
  browserErrors,
}) => {
  browserErrors.allow("net::ERR_INTERNET_DISCONNECTED", "Failed to fetch");
  const questions = await startAndAnswerFirstTwo(page);
  await page.getByRole("link", { name: "My assignments" }).click();
  await expect(page.getByRole("region", { name: /To do/ })).toBeVisible();

  await context.setOffline(true);
  await page.goBack();
  await questions.nth(0).getByRole("radio").nth(2).check();
  await expect(page.getByText(/Offline: your answers are kept on this device/)).toBeVisible();

  await context.setOffline(false);
  await expect(questions.nth(0).getByRole("radio").nth(2)).toBeChecked();
  await expect(questions.nth(1).getByRole("radio").nth(0), "saved before going offline").toBeChecked();
  await expect(page.getByText(/^Answered 2 of/)).toBeVisible();
  await page.reload();
  await expect(questions.nth(0).getByRole("radio").nth(2), "stored on the server").toBeChecked();
});

test("answers given after the session ends are kept, and sent once the student signs in again", async ({
  page,
  context,
  browserErrors,
}) => {
  browserErrors.allow("status of 401");
  const username = await joinAsNewStudent(page);
  await openFirstAssignment(page);
  await page.getByRole("button", { name: "Start the questions" }).click();
  const questions = page.getByRole("region", { name: /^Question \d+/ });
  await questions.nth(0).getByRole("radio").nth(1).check();
  await expect(page.getByText("All answers saved")).toBeVisible();

  // The session ends (a sign-out elsewhere, or it expired): the next saves are refused with 401.
  await context.clearCookies();
  await questions.nth(0).getByRole("radio").nth(2).check();
  await questions.nth(1).getByRole("radio").nth(0).check();
  await expect(page.getByText(/You are signed out: sign in again in a new tab/)).toBeVisible();

  const other = await context.newPage();
  await signIn(other, username, "correct horse");
  await expect(page.getByText("All answers saved")).toBeVisible({ timeout: 30_000 });
  await other.close();
  await page.reload();
  const resumed = page.getByRole("region", { name: /^Question \d+/ });
  await expect(resumed.nth(0).getByRole("radio").nth(2)).toBeChecked();
  await expect(resumed.nth(1).getByRole("radio").nth(0)).toBeChecked();
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(
    resumed.nth(1).getByRole("radio").nth(0),
    "stored on the server, not only on the device",
  ).toBeChecked();
});

test("two tabs: the newest answer wins, and a save after submitting is refused with a message", async ({
  page,
  context,
  browserErrors,
}) => {
  browserErrors.allow("status of 409");
  await joinAsNewStudent(page);
  await openFirstAssignment(page);
  await page.getByRole("button", { name: "Start the questions" }).click();
  const second = await context.newPage();
  await second.goto(page.url());

  const first = (p: typeof page) => p.getByRole("region", { name: /^Question 1 / });
  await first(page).getByRole("radio").nth(0).check();
  await expect(page.getByText("All answers saved")).toBeVisible();
  await first(second).getByRole("radio").nth(3).check();
  await expect(second.getByText("All answers saved")).toBeVisible();
  await page.reload();
  await expect(first(page).getByRole("radio").nth(3)).toBeChecked();

  await page.getByRole("button", { name: "Review and submit" }).click();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page).toHaveURL(/\/student\/attempts\//);

  await first(second).getByRole("radio").nth(1).check();
  // Refused for good: the question itself says so (a polite status), and the outbox is left empty, not retrying.
  await expect(first(second).getByRole("status")).toHaveText(/^Not saved: .*already submitted/);
  await expect(second.getByText("Every other answer is saved")).toBeVisible();
});
