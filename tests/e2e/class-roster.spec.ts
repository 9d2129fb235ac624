import type { Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { DEMO_LESSON, startAssigning } from "./support/assign";
import { setTeacherInDatabase, signUpTeacher } from "./support/teachers";

const PASSWORD = "roster-teacher-pw";
const SIZES = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

let run = 0;
const unique = () => `${Date.now().toString(36)}${run++}`;

async function approvedTeacher(page: Page, name: string) {
  const email = `${name.toLowerCase().replace(/\W/g, "")}-${unique()}@school.test`;
  await signUpTeacher(page, name, email, PASSWORD);
  await setTeacherInDatabase(email, "approve");
  return email;
}

async function createClass(page: Page, name: string): Promise<string> {
  await page.goto("/teacher/classes");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Created ${name}` })).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(/\/teacher\/classes\/[\w-]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** The page is no wider than the screen: nothing makes it scroll sideways. */
async function expectNoOverflow(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, "page width").toBeLessThanOrEqual(client);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({
    path: `test-results/e2e-shots/class-roster-${name}.png`,
    fullPage: true,
    timeout: 20_000,
  });
}

/** How many login cards each page of a PDF holds (each card has one "Username" label). */
async function cardsPerPage(pdf: Buffer): Promise<number[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const counts: number[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const text = await (await doc.getPage(i)).getTextContent();
    counts.push(text.items.filter((item) => "str" in item && item.str.trim() === "Username").length);
  }
  await doc.destroy();
  return counts;
}

test.describe("classes and rosters", () => {
  test("bulk add prints 8 login cards a page; remove, move, co-teacher and a reset code work", async ({
    page,
    newPerson,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(SIZES[0]);
    await approvedTeacher(page, "Owner Teacher");
    const classId = await createClass(page, `Period 1 ${unique()}`);
    await createClass(page, "Period 2");
    await page.goto(`/teacher/classes/${classId}`);
    await page.getByRole("link", { name: "Students and co-teachers" }).click();

    // Ten names: two sheets of cards, 8 and 2.
    const names = Array.from({ length: 10 }, (_, i) => `Student${String.fromCharCode(65 + i)} Test`);
    await page.getByLabel("Students’ names").fill(["Ana Lopez", "", "Ana Lopez"].join("\n"));
    await page.getByRole("button", { name: "Add students" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "No student was added" })).toBeVisible();
    await expect(page.getByText("Line 2 is blank: remove it.")).toBeVisible();
    await page.getByLabel("Students’ names").fill(names.join("\n"));
    await page.getByRole("button", { name: "Add students" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added 10 students" })).toBeVisible();
    const cards = page.getByRole("list", { name: "Cards to print" }).getByRole("listitem");
    await expect(cards).toHaveCount(10);
    const firstCard = await cards.first().innerText();
    const username = /Username\s+(\S+)/.exec(firstCard)![1]!;
    const password = /Password\s+(\S+)/.exec(firstCard)![1]!;
    expect(username).toMatch(/^studentat\d{2}$/);
    await shoot(page, "cards-desktop");

    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(await cardsPerPage(pdf), `cards per ${format} page`).toEqual([8, 2]);
    }

    // The student signs in with the card and must choose their own password first.
    const student = await newPerson("student");
    await signIn(student.page, username, password);
    await expect(student.page).toHaveURL(/\/account\/new-password$/);
    await student.page.getByLabel("New password", { exact: true }).fill("student-own-pw");
    await student.page.getByLabel("Repeat the new password").fill("student-own-pw");
    await student.page.getByRole("button", { name: "Save my password" }).click();
    await expect(student.page).toHaveURL(/\/student$/);

    // A reset code signs them in once and ends the session they had.
    await page.reload();
    const row = page.getByTestId("roster-row").filter({ hasText: names[0]! });
    await row.getByRole("button", { name: `Reset password of ${names[0]}` }).click();
    const code = (await row.getByTestId("reset-code").innerText()).trim();
    expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    const again = await newPerson("student, second device");
    await signIn(again.page, username, code);
    await expect(again.page).toHaveURL(/\/account\/new-password$/);
    await student.page.goto("/student");
    await expect(student.page).toHaveURL(/\/sign-in/);

    // Co-teacher.
    const coTeacher = await newPerson("co-teacher");
    const coEmail = await approvedTeacher(coTeacher.page, "Co Teacher");
    await page.getByLabel("Co-teacher's email").fill(coEmail);
    await page.getByRole("button", { name: "Add co-teacher" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Co Teacher now teaches this class" }),
    ).toBeVisible();
    await coTeacher.page.goto(`/teacher/classes/${classId}/students`);
    await expect(coTeacher.page.getByRole("heading", { name: /Students of Period 1/ })).toBeVisible();
    await expect(coTeacher.page.getByText("Remove…")).toHaveCount(0);
    await coTeacher.page.goto(`/teacher/classes/${classId}/settings`);
    await expect(coTeacher.page).toHaveURL(new RegExp(`/teacher/classes/${classId}$`));

    // Remove one student, move another: both show as having left.
    const second = page.getByTestId("roster-row").filter({ hasText: names[1]! });
    await second.getByText("Remove…", { exact: true }).click();
    await second.getByRole("button", { name: `Remove ${names[1]}` }).click();
    await expect(page.getByTestId("roster-row").filter({ hasText: names[1]! })).toContainText(
      "Left the class",
    );
    const third = page.getByTestId("roster-row").filter({ hasText: names[2]! });
    await third.getByText("Move…", { exact: true }).click();
    await third.getByLabel(`Move ${names[2]} to`).selectOption({ label: "Period 2" });
    await third.getByRole("button", { name: "Move", exact: true }).click();
    await expect(page.getByTestId("roster-row").filter({ hasText: names[2]! })).toContainText(
      "Left the class",
    );
    await expect(page.getByRole("table").last()).toContainText("moved to another class (to Period 2)");
    await expectNoAxeViolations(page);
    await shoot(page, "roster-desktop");

    await page.goto(`/teacher/classes/${classId}/settings`);
    await page.getByRole("button", { name: "Turn joining by code off" }).click();
    // The "off" button goes with the code, its message with it: the section says so instead.
    await expect(
      page.getByText("Joining by code is off: students join only when you add them."),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await shoot(page, "settings-desktop");
  });

  test("the roster and settings pages at phone size", async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(SIZES[1]);
    await approvedTeacher(page, "Phone Teacher");
    const classId = await createClass(page, `Phone class ${unique()}`);
    // With no students yet, the class still lists its assignments, with their report and settings.
    await startAssigning(page, DEMO_LESSON);
    await page.getByLabel("Due", { exact: true }).fill("2035-06-01T15:30");
    await page.getByRole("button", { name: "Assign lesson" }).click();
    await expect(page.getByText("Lesson assigned")).toBeVisible();
    const listed = page.getByRole("list", { name: "Assignments" }).getByRole("listitem");
    await expect(listed).toHaveCount(1);
    await expect(listed.getByRole("link", { name: /^Report for / })).toBeVisible();
    await expect(listed.getByRole("link", { name: /^Settings for / })).toBeVisible();
    await expectNoOverflow(page);
    await expectNoAxeViolations(page);
    await shoot(page, "empty-class-phone");
    await page.goto(`/teacher/classes/${classId}/students`);
    await page.getByLabel("Students’ names").fill("Mia Rossi\nLeo Park, leo.park." + unique());
    await page.getByRole("button", { name: "Add students" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added 2 students" })).toBeVisible();
    await expectNoAxeViolations(page);
    await shoot(page, "cards-phone");
    await page.reload();
    // Each student's actions fit the phone's width: nothing scrolls sideways.
    await expectNoOverflow(page);
    const row = page.getByTestId("roster-row").first();
    for (const control of [
      row.getByRole("button", { name: /^Reset password of / }),
      row.getByText("Remove…"),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(SIZES[1].width);
    }
    await expectNoAxeViolations(page);
    await shoot(page, "roster-phone");
    await page.goto(`/teacher/classes/${classId}/settings`);
    await expectNoAxeViolations(page);
    await shoot(page, "settings-phone");
    await page.goto(`/teacher/classes/${classId}`);
    await expectNoAxeViolations(page);
    await shoot(page, "class-phone");
  });
});
