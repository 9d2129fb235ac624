import type { Browser, BrowserContext } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from "../../../lib/seed/demo-accounts";
import type { DemoApp } from "./demo-app";
import { signInOverHttp } from "./http-session";

export type Visitor = "anyone" | "student" | "teacher";
export type DemoPage = { name: string; path: string; who: Visitor };

/** The pages the budgets and Lighthouse cover, in the demo school, and who opens each. */
export function demoPages(app: DemoApp): DemoPage[] {
  const { assignmentId, classId, studentId } = app.demo;
  return [
    { name: "landing", path: "/", who: "anyone" },
    { name: "sign_in", path: "/sign-in", who: "anyone" },
    { name: "student_dashboard", path: "/student", who: "student" },
    { name: "quiz", path: `/student/assignments/${assignmentId}`, who: "student" },
    { name: "student_progress", path: "/student/progress", who: "student" },
    { name: "report", path: `/teacher/assignments/${assignmentId}/report`, who: "teacher" },
    {
      name: "teacher_student_progress",
      path: `/teacher/classes/${classId}/students/${studentId}`,
      who: "teacher",
    },
  ];
}

/** Session cookies for the demo student and teacher, signed in over HTTP as the form does. */
export async function demoCookies(baseUrl: string): Promise<Record<Visitor, string>> {
  return {
    anyone: "",
    student: await signInOverHttp(baseUrl, DEMO_STUDENTS[0]!.username, DEMO_PASSWORD),
    teacher: await signInOverHttp(baseUrl, DEMO_TEACHER.email, DEMO_PASSWORD),
  };
}

/** A browser context with an empty cache, signed in as `cookie` says (a Cookie header). */
export async function freshContext(
  browser: Browser,
  baseUrl: string,
  cookie: string,
): Promise<BrowserContext> {
  const context = await browser.newContext();
  const cookies = cookie
    .split("; ")
    .filter(Boolean)
    .map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name: name!, value: value.join("="), url: baseUrl };
    });
  if (cookies.length > 0) await context.addCookies(cookies);
  return context;
}

/**
 * The demo student starts the assignment, answers the first question and submits, so the quiz page, the progress
 * pages and the report show what they show in a class (an open attempt is the quiz; a submitted one, the charts).
 * Returns once the attempt is submitted; `onQuizOpen` runs while the attempt is open.
 */
export async function takeDemoQuiz(
  browser: Browser,
  app: DemoApp,
  cookie: string,
  onQuizOpen: () => Promise<void>,
) {
  const context = await freshContext(browser, app.baseUrl, cookie);
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/student/assignments/${app.demo.assignmentId}`);
  await page.getByRole("button", { name: "Start the questions" }).click();
  const first = page.getByRole("region", { name: /^Question \d+/ }).first();
  await first.getByRole("radio").first().check();
  await page.getByText("All answers saved").waitFor();
  await onQuizOpen();
  await page.getByRole("button", { name: "Review and submit" }).click();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await page.waitForURL(/\/student\/attempts\//);
  await context.close();
}
