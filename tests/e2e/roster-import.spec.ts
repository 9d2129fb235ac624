import { strToU8, zipSync } from "fflate";
import { expect, expectNoAxeViolations, signIn, test } from "./fixtures";
import { setTeacherInDatabase, signUpTeacher } from "./support/teachers";

const unique = Date.now().toString(36);
const id = (s: string) => `${unique}-${s}`;

/** A OneRoster 1.2 export as a school's system zips it: a folder, a byte-order mark, CRLF, roles in roles.csv. */
function rosterZip(): Buffer {
  const csv = (rows: string[]) => `\uFEFF${rows.join("\r\n")}\r\n`;
  const files = {
    "manifest.csv": csv(["propertyName,value", "manifest.version,1.0", "oneroster.version,1.2"]),
    "users.csv": csv([
      "sourcedId,status,dateLastModified,enabledUser,username,givenName,familyName,email,preferredGivenName",
      `${id("t1")},active,,true,,Maria,Rivera,rivera-${unique}@school.test,`,
      `${id("s1")},active,,true,ana${unique},Anastasia,Lopez,,Ana`,
      `${id("s2")},active,,true,,Ben,"Kim, Jr.",,`,
      `${id("p1")},active,,true,dora${unique},Dora,Lopez,dora@home.test,`,
    ]),
    "roles.csv": csv([
      "sourcedId,status,dateLastModified,userSourcedId,roleType,role,orgSourcedId",
      `r1,active,,${id("t1")},primary,teacher,org`,
      `r2,active,,${id("s1")},primary,student,org`,
      `r3,active,,${id("s2")},primary,student,org`,
      `r4,active,,${id("p1")},primary,parent,org`,
    ]),
    "classes.csv": csv([
      "sourcedId,status,dateLastModified,title,courseSourcedId,schoolSourcedId,termSourcedIds",
      `${id("c1")},active,,"Civics, Period ${unique}",course,org,term`,
    ]),
    "enrollments.csv": csv([
      "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary",
      `${id("e1")},active,,${id("c1")},org,${id("t1")},teacher,true`,
      `${id("e2")},active,,${id("c1")},org,${id("s1")},student,false`,
      `${id("e3")},active,,${id("c1")},org,${id("s2")},student,false`,
    ]),
  };
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [`oneroster/${n}`, strToU8(t)]))),
  );
}

test("an administrator imports a OneRoster zip: dry run, apply, and a new student signs in with the card", async ({
  page: admin,
  newPerson,
}) => {
  test.setTimeout(120_000);
  const adminEmail = `roster-admin-${unique}@school.test`;
  await signUpTeacher(admin, "Roster Admin", adminEmail, "long enough password");
  await setTeacherInDatabase(adminEmail, "make-admin");

  await test.step("the administration page leads to the import page", async () => {
    await admin.goto("/teacher/admin");
    await admin.getByRole("link", { name: "Import roster" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Import roster" })).toBeVisible();
    await expectNoAxeViolations(admin);
  });

  await test.step("a file that is not a zip is refused with a reason", async () => {
    await admin.getByLabel("Roster export (OneRoster 1.1 or 1.2)").setInputFiles({
      name: "roster.zip",
      mimeType: "application/zip",
      buffer: Buffer.from("this is not a zip"),
    });
    await admin.getByRole("button", { name: "Check the roster" }).click();
    const heading = admin.getByRole("heading", { name: "The roster was refused: nothing was written" });
    await expect(heading).toBeFocused();
    await expect(admin.getByText("roster.zip is not a zip file.")).toBeVisible();
  });

  await test.step("an upload over 10 MB is refused unread, with a message", async () => {
    const origin = new URL(admin.url()).origin;
    const response = await admin.request.post("/api/admin/oneroster", {
      headers: { Origin: origin },
      data: { files: [{ name: "roster.zip", data: "A".repeat(15_000_000) }], apply: false },
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.message).toMatch(/^The upload is over 10 MB/);
  });

  await test.step("the dry run shows what would change and the refused row, with its file and line", async () => {
    await admin.getByLabel("Roster export (OneRoster 1.1 or 1.2)").setInputFiles({
      name: "roster.zip",
      mimeType: "application/zip",
      buffer: rosterZip(),
    });
    await admin.getByRole("button", { name: "Check the roster" }).click();
    await expect(admin.getByRole("heading", { name: "What the import would do" })).toBeFocused();
    const counts = admin.getByTestId("roster-counts");
    await expect(counts).toContainText("Accounts: 3 to create, 0 to update");
    await expect(counts).toContainText("Classes: 1 to create");
    await expect(counts).toContainText("Students in classes: 2 to add");
    const refused = admin.getByRole("table", { name: "Rows refused (left out of the import)" });
    await expect(
      refused.getByRole("row", { name: /users\.csv 5 role "parent" has no Lectern account/ }),
    ).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.setViewportSize({ width: 320, height: 800 });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await admin.setViewportSize({ width: 1280, height: 800 });
  });

  let username = "";
  let password = "";
  let teacherPassword = "";
  await test.step("applying imports it and shows the login cards once", async () => {
    await admin.getByRole("button", { name: "Apply" }).click();
    await expect(admin.getByRole("heading", { name: "Roster imported" })).toBeFocused();
    await expect(admin.getByTestId("roster-counts")).toContainText("Accounts: 3 created, 0 updated");
    const card = admin
      .getByRole("list", { name: "Cards to print" })
      .getByRole("listitem")
      .filter({ hasText: "Ana Lopez" });
    await expect(card).toContainText(`Civics, Period ${unique}`);
    const text = await card.innerText();
    username = /Username\s+(\S+)/.exec(text)![1]!;
    password = /Password\s+(\S+)/.exec(text)![1]!;
    expect(username).toBe(`ana${unique}`);
    const teacherCard = admin
      .getByRole("list", { name: "Cards to print" })
      .getByRole("listitem")
      .filter({ hasText: "Maria Rivera" });
    teacherPassword = /Password\s+(\S+)/.exec(await teacherCard.innerText())![1]!;
    await expectNoAxeViolations(admin);
  });

  await test.step("the same zip again changes nothing", async () => {
    await admin.getByRole("button", { name: "Check the roster" }).click();
    await expect(admin.getByRole("heading", { name: "What the import would do" })).toBeFocused();
    await expect(admin.getByTestId("roster-counts")).toContainText("Accounts: 0 to create, 0 to update");
    await expect(admin.getByTestId("roster-counts")).toContainText("Students in classes: 0 to add, 0 to end");
  });

  await test.step("the new student signs in with the one-time password and chooses their own", async () => {
    const student = await newPerson("imported student");
    await signIn(student.page, username, password);
    await expect(student.page).toHaveURL(/\/account\/new-password$/);
    await student.page.getByLabel("New password", { exact: true }).fill("ana-own-password");
    await student.page.getByLabel("Repeat the new password").fill("ana-own-password");
    await student.page.getByRole("button", { name: "Save my password" }).click();
    await expect(student.page).toHaveURL(/\/student$/);
  });

  await test.step("the new teacher is also made to replace the one-time password before the teacher area", async () => {
    const teacher = await newPerson("imported teacher");
    await signIn(teacher.page, `rivera-${unique}@school.test`, teacherPassword);
    await expect(teacher.page).toHaveURL(/\/account\/new-password$/);
    await teacher.page.goto("/teacher");
    await expect(teacher.page).toHaveURL(/\/account\/new-password$/);
    await expect(teacher.page.getByText("one-time password or code from your school")).toBeVisible();
    await teacher.page.getByLabel("New password", { exact: true }).fill("maria-own-password");
    await teacher.page.getByLabel("Repeat the new password").fill("maria-own-password");
    await teacher.page.getByRole("button", { name: "Save my password" }).click();
    await expect(teacher.page).toHaveURL(/\/teacher\/classes$/);
  });
});
