import { expect, expectNoAxeViolations, test } from "./fixtures";

// A placeholder that checks the e2e harness itself: the production server answers, a page renders in
// Chromium without console errors, and axe runs.

test("GET /api/health answers ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("the landing page loads with a heading and no axe violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
