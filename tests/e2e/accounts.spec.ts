import { DEMO_PASSWORD, DEMO_TEACHER, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test.describe("signing in", () => {
  // next-auth answers a rejected sign-in with a 401, which Chromium logs as a failed resource.
  test.use({ allowedConsoleErrors: ["status of 401"] });

  test("a wrong password gets one clear message that does not reveal the account", async ({ page }) => {
    await page.goto("/sign-in");
    await expectNoAxeViolations(page);
    for (const identifier of [DEMO_TEACHER.email, "nobody-here@school.test"]) {
      await page.getByLabel("Email or username").fill(identifier);
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("form").getByRole("alert")).toHaveText(
        "That username or email and password do not match. Check them and try again.",
      );
    }
  });
});

test("a teacher signs up, lands on their classes, and signs out", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /I'm a teacher/ }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Create teacher account" }).click();
  await expect(page.getByLabel("Your name")).toBeFocused();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();

  await page.getByLabel("Your name").fill("Mr. New");
  await page.getByLabel("Email").fill(`new-${Date.now()}@school.test`);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create teacher account" }).click();
  await expect(page).toHaveURL(/\/teacher\/classes$/);
  await expect(page.getByText("No classes yet")).toBeVisible();
  await expectNoAxeViolations(page);

  const signedInCookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/teacher/classes");
  await expect(page).toHaveURL(/\/sign-in$/);

  // Signing out ends the session everywhere: a copy of the old session cookie no longer opens a page.
  await page.context().addCookies(signedInCookies);
  await page.goto("/teacher/classes");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a student cannot open the teacher area, and another class's pages answer not found", async ({
  page,
  browserErrors,
}) => {
  // The not-found page is served with status 404, which Chromium logs as a failed resource.
  browserErrors.allow("status of 404");
  await signIn(page, "ana", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/student$/);
  await page.goto("/teacher/classes");
  await expect(page).toHaveURL(/\/student$/);
  const response = await page.goto("/student/assignments/doesnotexist000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
