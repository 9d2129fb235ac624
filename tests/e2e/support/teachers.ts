import { expect, type Page } from "@playwright/test";
import pg from "pg";

/** Signs a new teacher up through the form; they land on their classes, waiting for approval. */
export async function signUpTeacher(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create teacher account" }).click();
  await expect(page).toHaveURL(/\/teacher\/classes$/);
}

/**
 * Writes what `npm run cli -- make-admin` or an administrator's approval writes, straight to the e2e database, for
 * specs about something else (admin.spec.ts walks the administration page itself).
 */
export async function setTeacherInDatabase(email: string, change: "approve" | "make-admin") {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const admin = change === "make-admin";
    const { rowCount } = await client.query(
      `UPDATE "User" SET "verifiedAt" = coalesce("verifiedAt", now()), "isAdmin" = "isAdmin" OR $2
       WHERE email = $1 AND role = 'teacher'`,
      [email.toLowerCase(), admin],
    );
    expect(rowCount, `no teacher has the email ${email}`).toBe(1);
  } finally {
    await client.end();
  }
}
