import type { BrowserContext, Page, Response } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_TEACHER, expect, signIn, test } from "./fixtures";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

/**
 * Every page runs under a Content-Security-Policy with a per-response nonce and no 'unsafe-inline' for scripts,
 * and still works: nothing is refused (a refusal would also be a console error, which fails any test here), and
 * the page answers a click with its scripts. The headers every response shares are checked on the way.
 */

declare global {
  interface Window {
    cspViolations?: string[];
    sameDocument?: boolean;
  }
}

/** Records every CSP violation of every page in the context, from before the page's own scripts run. */
async function recordViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.cspViolations!.push(
        `${e.violatedDirective} refused ${e.blockedURI || "inline"} at ${e.sourceFile}`,
      );
    });
  });
}

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

/** The document's policy: a nonce every script of the page carries, and nothing inline allowed for scripts. */
async function expectNoncePolicy(page: Page, response: Response | null): Promise<string> {
  expect(response, "a document response").not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  const scriptSrc = directive(policy, "script-src");
  const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, `a nonce in script-src: ${policy}`).toBeTruthy();
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
  expect(directive(policy, "object-src")).toEqual(["'none'"]);

  expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");

  // Browsers hide a nonce from getAttribute; the property still reads it.
  const scriptNonces = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
  expect(scriptNonces.length, "the page has scripts").toBeGreaterThan(0);
  expect(new Set(scriptNonces), "every script carries this response's nonce").toEqual(new Set([nonce]));
  return nonce!;
}

async function expectNoViolations(page: Page) {
  expect(await page.evaluate(() => window.cspViolations ?? ["recorder missing"])).toEqual([]);
}

test.beforeEach(async ({ context }) => {
  await recordViolations(context);
});

test("home and sign-in: a new nonce per response, headers present, and the form signs in", async ({
  page,
}) => {
  const first = await expectNoncePolicy(page, await page.goto("/"));
  await expectNoViolations(page);
  const again = await expectNoncePolicy(page, await page.goto("/"));
  expect(again, "a nonce is never reused").not.toBe(first);

  await expectNoncePolicy(page, await page.goto("/sign-in"));
  await expectNoViolations(page);
  // The form submits through its script (a native submit would stay on /sign-in): scripts run.
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await expectNoViolations(page);
});

test("a teacher's pages: the policy holds and client-side navigation works", async ({ page }) => {
  await signIn(page, DEMO_TEACHER.email, DEMO_PASSWORD);
  await expectNoncePolicy(page, await page.goto("/teacher/classes"));
  await page.evaluate(() => (window.sameDocument = true));
  await page.getByRole("link", { name: "Lesson library" }).click();
  await expect(page).toHaveURL(/\/teacher\/lessons$/);
  // The router swapped the page without a new document load: React is running.
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  await expectNoViolations(page);
});

test("a student's quiz page: answers save and submit under the policy, and the progress chart renders", async ({
  page,
}) => {
  await joinAsNewStudent(page);
  const assignmentId = await openFirstAssignment(page);
  await expectNoncePolicy(page, await page.goto(`/student/assignments/${assignmentId}`));
  await page.getByRole("button", { name: "Start the questions" }).click();
  await page
    .getByRole("region", { name: /^Question \d+/ })
    .first()
    .getByRole("radio")
    .first()
    .check();
  await expect(page.getByText("All answers saved")).toBeVisible();
  await expectNoViolations(page);
  // The attempt's own page, loaded as a document: its policy, and the saved answer back.
  await expectNoncePolicy(page, await page.reload());
  await expect(page.getByText("Answered 1 of")).toBeVisible();
  await expectNoViolations(page);

  // Submitting works (a POST from the page's script), and the progress page draws its chart: the chart's points
  // and the skill bars are placed by style attributes, which the policy allows (style-src-attr) and nothing else
  // inline.
  await page.getByRole("button", { name: "Review and submit" }).click();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page.getByText(/ of \d+ points · attempt/)).toBeVisible();
  await expectNoncePolicy(page, await page.goto("/student/progress"));
  // A refused style attribute would leave the point unplaced (left: auto).
  const point = page.getByTestId("score-point").first();
  await expect(point).toBeVisible();
  await expect(point).not.toHaveCSS("left", "auto");
  await expectNoViolations(page);
});

test("route handlers get a policy that lets nothing run, and no nonce", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'; form-action 'self'",
  );
  expect(response.headers()["permissions-policy"]).toContain("geolocation=()");
});
