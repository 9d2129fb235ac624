import type { Browser, BrowserContext } from "@playwright/test";
import { pageBudgets, scriptWeight } from "../../scripts/bench/lib/script-weight";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, signIn, test } from "./fixtures";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

// Issue 19's page weight: the JavaScript Chromium transfers for a page on a first visit with an empty cache
// (gzip as served), against the budgets `npm run bench:weight` prints (scripts/bench/page-weight.budget.json).
const budgets = pageBudgets();

async function expectWithinBudget(
  browser: Browser,
  baseURL: string,
  name: string,
  path: string,
  signedIn?: BrowserContext,
) {
  // A new context has an empty cache; it carries the cookies of the person whose page it is.
  const context = await browser.newContext({
    baseURL,
    storageState: signedIn ? await signedIn.storageState() : undefined,
  });
  const { kib } = await scriptWeight(context, `${baseURL}${path}`);
  await context.close();
  test.info().annotations.push({ type: "page weight", description: `${name}: ${kib} KiB` });
  expect(kib, `${name}: KiB of script on a first visit`).toBeLessThanOrEqual(budgets[name]!.budget_kib);
}

test("each page's JavaScript on a first visit stays within its committed budget", async ({
  browser,
  baseURL,
  page,
  context,
  newPerson,
}) => {
  test.setTimeout(120_000);
  const base = baseURL!;
  await expectWithinBudget(browser, base, "landing", "/");
  await expectWithinBudget(browser, base, "sign_in", "/sign-in");

  await joinAsNewStudent(page);
  await expectWithinBudget(browser, base, "student_dashboard", "/student", context);
  const assignmentId = await openFirstAssignment(page);
  await page.getByRole("button", { name: "Start the questions" }).click();
  await expect(page.getByRole("region", { name: /^Question \d+/ }).first()).toBeVisible();
  await expectWithinBudget(browser, base, "quiz", `/student/assignments/${assignmentId}`, context);
  await expectWithinBudget(browser, base, "student_progress", "/student/progress", context);

  const teacher = await newPerson("teacher");
  await signIn(teacher.page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await expectWithinBudget(
    browser,
    base,
    "report",
    `/teacher/assignments/${assignmentId}/report`,
    teacher.context,
  );
});
