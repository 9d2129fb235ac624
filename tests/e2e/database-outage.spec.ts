import pg from "pg";
import { expect, test } from "./fixtures";
import { joinAsNewStudent, openFirstAssignment } from "./support/people";

const control = process.env.E2E_CONTROL_PORT;

async function database(action: "down" | "up") {
  const res = await fetch(`http://127.0.0.1:${control}/db/${action}`, { method: "POST" });
  expect(res.status, `database ${action}`).toBe(204);
}

test("PostgreSQL stops while a student answers: answering goes on, and every answer is stored once it is back", async ({
  page,
  browserErrors,
}) => {
  test.skip(!control, "Needs the embedded e2e PostgreSQL, which the global setup can stop and start");
  test.setTimeout(120_000);
  // While the database is down the autosave endpoint answers 503, by design; the outbox retries.
  browserErrors.allow("status of 503");
  const username = await joinAsNewStudent(page);
  const assignmentId = await openFirstAssignment(page);
  await page.getByRole("button", { name: "Start the questions" }).click();
  const questions = page.getByRole("region", { name: /^Question \d+/ });
  const firstSave = page.waitForRequest(/\/api\/attempts\/\w+\/answers$/);
  await questions.nth(0).getByRole("radio").first().check();
  const save = await firstSave;
  await expect(page.getByText("All answers saved")).toBeVisible();

  await database("down");
  try {
    for (const i of [1, 2, 3]) await questions.nth(i).getByRole("radio").first().check();
    await expect(page.getByText(/Offline: your answers are kept on this device/)).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
    await expect(page.getByText(/Answered 4 of/)).toBeVisible();
    const replay = { ...save.postDataJSON(), version: 1_000_000 };
    // As the page sends it: the endpoint refuses JSON without the app's Origin (lib/http/same-origin.ts).
    const direct = await page.request.put(save.url(), {
      data: replay,
      headers: { origin: new URL(save.url()).origin },
      failOnStatusCode: false,
    });
    expect(direct.status(), "a clear 503, not a hang or a 500").toBe(503);
    expect((await direct.json()).error.code).toBe("unavailable");
  } finally {
    await database("up");
  }

  await expect(page.getByText("All answers saved")).toBeVisible({ timeout: 45_000 });
  await page.reload();
  for (const i of [0, 1, 2, 3]) await expect(questions.nth(i).getByRole("radio").first()).toBeChecked();

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "Response" r JOIN "Attempt" a ON a.id = r."attemptId"
       WHERE a."assignmentId" = $1 AND a."studentId" = (SELECT id FROM "User" WHERE username = $2)`,
      [assignmentId, username],
    );
    expect(rows[0].n).toBe(4);
  } finally {
    await client.end();
  }
});
