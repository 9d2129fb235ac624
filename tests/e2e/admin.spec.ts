import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { DEMO_LESSON } from "./support/assign";
import { setTeacherInDatabase, signUpTeacher } from "./support/teachers";

const unique = Date.now().toString(36);
const PASSWORD = "long enough password";
const WAITING_NOTE =
  "Your account is waiting for a school administrator's approval; until then you can use lessons you create or import.";

test("a school administrator approves a teacher who signed up, resets their password and disables them", async ({
  page: admin,
  newPerson,
}) => {
  test.setTimeout(120_000);
  const newcomer = await newPerson("newcomer");
  const name = `Ms. Newcomer ${unique}`;
  const email = `newcomer-${unique}@school.test`;
  const target = `${name} (${email})`;

  await test.step("a teacher who signs up waits: the library says so and holds no shared lesson", async () => {
    await signUpTeacher(newcomer.page, name, email, PASSWORD);
    await newcomer.page.goto("/teacher/lessons");
    await expect(newcomer.page.getByText(WAITING_NOTE)).toBeVisible();
    await expect(newcomer.page.getByRole("link", { name: DEMO_LESSON, exact: true })).toHaveCount(0);
  });

  await test.step("an administrator finds them waiting on the administration page", async () => {
    const adminEmail = `head-${unique}@school.test`;
    await signUpTeacher(admin, "Head Teacher", adminEmail, PASSWORD);
    await setTeacherInDatabase(adminEmail, "make-admin");
    await admin.goto("/teacher/classes");
    await admin
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Administration" })
      .click();
    await expect(admin.getByRole("heading", { level: 1, name: "School administration" })).toBeVisible();
    const waiting = admin.getByRole("table", { name: "Teachers waiting for approval" });
    await expect(waiting.getByRole("rowheader", { name })).toBeVisible();
    await expectNoAxeViolations(admin);
  });

  await test.step("approving moves them out of the waiting table and opens the shared lessons to them", async () => {
    await admin.getByRole("button", { name: `Approve ${target}` }).click();
    await expect(admin.getByRole("status")).toContainText(`${name} is approved`);
    await expect(
      admin.getByRole("table", { name: "Teachers waiting for approval" }).getByRole("rowheader", { name }),
    ).toHaveCount(0);
    const all = admin.getByRole("table", { name: "All teacher accounts" });
    await expect(all.getByRole("row", { name: new RegExp(name) })).toContainText("Approved");
    await expectNoAxeViolations(admin);

    await newcomer.page.reload();
    await expect(newcomer.page.getByText(WAITING_NOTE)).toHaveCount(0);
    await expect(newcomer.page.getByRole("link", { name: DEMO_LESSON, exact: true })).toBeVisible();
  });

  await test.step("a password reset is asked first, then shows a temporary password once", async () => {
    await admin.getByRole("button", { name: `Reset password ${target}` }).click();
    const confirm = admin.getByRole("button", { name: `Yes, reset password ${target}` });
    await expect(confirm).toBeFocused();
    await confirm.click();
    await expect(admin.getByRole("status")).toContainText("shown only once");
    const temporary = (await admin.getByTestId("temporary-password").textContent())!.trim();
    await expectNoAxeViolations(admin);
    // Their session ended; the temporary password signs them in.
    await newcomer.page.goto("/teacher/lessons");
    await expect(newcomer.page).toHaveURL(/\/sign-in$/);
    await signIn(newcomer.page, email, temporary);
  });

  await test.step("disabling is asked first (Cancel changes nothing), then signs them out for good", async () => {
    await admin.getByRole("button", { name: `Disable ${target}` }).click();
    await admin.getByRole("button", { name: "Cancel" }).click();
    await expect(admin.getByRole("button", { name: `Disable ${target}` })).toBeFocused();
    await admin.getByRole("button", { name: `Disable ${target}` }).click();
    await admin.getByRole("button", { name: `Yes, disable ${target}` }).click();
    await expect(admin.getByRole("status")).toContainText(`${name}'s account is disabled`);
    await expect(admin.getByRole("button", { name: `Enable ${target}` })).toBeVisible();
    await newcomer.page.goto("/teacher/lessons");
    await expect(newcomer.page).toHaveURL(/\/sign-in$/);
  });
});

test("a teacher who is not an administrator finds no administration page", async ({
  page,
  browserErrors,
}) => {
  // The not-found page is served with status 404, which Chromium logs as a failed resource.
  browserErrors.allow("status of 404");
  await signUpTeacher(page, "Mr. Curious", `curious-${unique}@school.test`, PASSWORD);
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Administration" }),
  ).toHaveCount(0);
  const response = await page.goto("/teacher/admin");
  expect(response?.status()).toBe(404);
});
