import { describe, expect, it } from "vitest";
import { areaAccount } from "../../lib/accounts/area-account";
import { chooseOwnPassword } from "../../lib/accounts/first-password";
import { viewerFromToken } from "../../lib/auth/session";
import { authenticate } from "../../lib/auth/sign-in";
import type { Viewer } from "../../lib/auth/viewer-types";
import { bulkAddStudents } from "../../lib/classes/bulk-add";
import { addCoTeacher } from "../../lib/classes/co-teachers";
import { createResetCode } from "../../lib/classes/reset-code";
import { removeStudent } from "../../lib/classes/roster";
import { listRosterEvents } from "../../lib/classes/roster-log";
import { db } from "../../lib/db";
import { createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { createUserWithPassword, twoClassrooms } from "../support/scenario";

async function sharedClass() {
  const w = await twoClassrooms(1);
  const coTeacher = await createTeacher();
  const { email } = await db.user.findUniqueOrThrow({ where: { id: coTeacher.id }, select: { email: true } });
  await addCoTeacher(w.teacher, w.cls.id, { email });
  return { ...w, coTeacher };
}

const asViewer = (u: { id: string; displayName: string }): Viewer => ({
  id: u.id,
  role: "student",
  displayName: u.displayName,
});

describe("bulk add", () => {
  it("creates enrolled accounts with readable unique usernames and one-time passwords that must be replaced", async () => {
    const w = await sharedClass();
    const added = await bulkAddStudents(w.teacher, w.cls.id, {
      names: "\nname, username\n  Ana López \nZoë O'Brien\nSam Lee, sam.lee.7\nKai\n\n",
    });
    expect(added.className).toBe(w.cls.name);
    expect(added.cards.map((c) => c.name)).toEqual(["Ana López", "Zoë O'Brien", "Sam Lee", "Kai"]);
    const [ana, zoe, sam, kai] = added.cards;
    expect(ana!.username).toMatch(/^anal\d{2}$/);
    expect(zoe!.username).toMatch(/^zoeo\d{2}$/);
    expect(sam!.username).toBe("sam.lee.7");
    expect(kai!.username).toMatch(/^kai\d{2}$/);
    for (const card of added.cards) expect(card.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

    const users = await db.user.findMany({
      where: { username: { in: added.cards.map((c) => c.username) } },
      select: { id: true, role: true, mustChangePassword: true, enrollments: { select: { classId: true } } },
    });
    expect(users).toHaveLength(4);
    for (const u of users) {
      expect(u).toMatchObject({
        role: "student",
        mustChangePassword: true,
        enrollments: [{ classId: w.cls.id }],
      });
    }
    // The card's password signs in, and the student must then choose their own.
    const signedIn = await authenticate(ana!.username, ana!.password);
    expect(signedIn).toMatchObject({ role: "student", displayName: "Ana López" });
    expect((await areaAccount(signedIn!)).mustChooseOwnPassword).toBe(true);
    await chooseOwnPassword(signedIn!, {
      newPassword: "my-own-password",
      confirmPassword: "my-own-password",
    });
    expect((await areaAccount(signedIn!)).mustChooseOwnPassword).toBe(false);
    expect(await authenticate(ana!.username, "my-own-password")).not.toBeNull();
    expect(await authenticate(ana!.username, ana!.password)).toBeNull();
    await expectAppError(
      chooseOwnPassword(signedIn!, { newPassword: "another-password", confirmPassword: "another-password" }),
      "conflict",
    );

    const events = await listRosterEvents(w.teacher, w.cls.id);
    expect(events.filter((e) => e.what === "added")).toHaveLength(4);
  });

  it("takes the next free number, and three digits once a name's 90 two-digit usernames are taken", async () => {
    const w = await sharedClass();
    await db.user.createMany({
      data: Array.from({ length: 90 }, (_, i) => ({
        role: "student" as const,
        username: `miar${10 + i}`,
        displayName: "Mia R",
        passwordHash: "x",
      })),
    });
    const added = await bulkAddStudents(w.coTeacher, w.cls.id, { names: "Mia Rossi\nMia Ramos" });
    const [a, b] = added.cards.map((c) => c.username);
    expect(a).toMatch(/^miar\d{3}$/);
    expect(b).toMatch(/^miar\d{3}$/);
    expect(a).not.toBe(b);
  });

  it("reports blank lines, repeated names, over-long names and taken usernames, and creates no one", async () => {
    const w = await sharedClass();
    const list = [
      "Ana Lopez",
      "",
      "ana  lopez",
      "x".repeat(81),
      "Ben Ode, BAD NAME!",
      `Cy Dee, ${"s-taken"}`,
    ].join("\n");
    const error = await expectRefusedWithoutWrites(
      () => bulkAddStudents(w.teacher, w.cls.id, { names: list }),
      "invalid",
    );
    expect(error.fieldErrors?.names).toEqual([
      "Line 2 is blank: remove it.",
      "Line 3 repeats the name on line 1.",
      "Line 4 has a name over 80 characters.",
      expect.stringMatching(/^Line 5 has a username that cannot be used/),
    ]);
    await db.user.create({
      data: { role: "student", username: "taken.one", displayName: "T", passwordHash: "x" },
    });
    const [inClass] = w.students;
    const present = await db.user.findUniqueOrThrow({
      where: { id: inClass!.id },
      select: { displayName: true },
    });
    await db.user.update({ where: { id: inClass!.id }, data: { displayName: "Rae Sun" } });
    const clash = await expectRefusedWithoutWrites(
      () => bulkAddStudents(w.teacher, w.cls.id, { names: "New Kid, taken.one\nrae sun" }),
      "invalid",
    );
    expect(clash.fieldErrors?.names).toEqual([
      "Line 1 asks for the username taken.one, which is taken.",
      "Line 2 names rae sun, who is already in this class.",
    ]);
    expect(present.displayName).toBeTruthy();
    await expectRefusedWithoutWrites(
      () => bulkAddStudents(w.teacher, w.cls.id, { names: " \n \n" }),
      "invalid",
    );
  });

  it("is for the class's teachers: another teacher (not found) and students (forbidden) create no one", async () => {
    const w = await sharedClass();
    const input = { names: "Ana Lopez" };
    await expectRefusedWithoutWrites(() => bulkAddStudents(w.otherTeacher, w.cls.id, input), "not_found");
    await expectRefusedWithoutWrites(() => bulkAddStudents(w.students[0]!, w.cls.id, input), "forbidden");
    await expectRefusedWithoutWrites(() => bulkAddStudents(null, w.cls.id, input), "unauthorized");
  });
});

describe("password reset codes", () => {
  it("a co-teacher's code signs the student in once within 15 minutes and ends their other sessions", async () => {
    const w = await sharedClass();
    const student = await createUserWithPassword({ role: "student", password: "forgotten-password" });
    await db.enrollment.create({ data: { classId: w.cls.id, studentId: student.id } });
    const before = await authenticate(student.login, "forgotten-password");
    const oldToken = { uid: student.id, sv: before!.sessionVersion };
    expect(await viewerFromToken(oldToken)).not.toBeNull();

    const card = await createResetCode(w.coTeacher, w.cls.id, { studentId: student.id });
    expect(card).toMatchObject({ username: student.login, className: w.cls.name, name: student.displayName });
    expect(card.code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(card.expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(card.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const signedIn = await authenticate(student.login, ` ${card.code.toUpperCase()} `.trim());
    expect(signedIn).toMatchObject({ id: student.id, sessionVersion: before!.sessionVersion + 1 });
    expect(await viewerFromToken(oldToken)).toBeNull();
    expect(await viewerFromToken({ uid: student.id, sv: signedIn!.sessionVersion })).not.toBeNull();
    expect((await areaAccount(asViewer(student))).mustChooseOwnPassword).toBe(true);
    // Once only; the old password still works until the student chooses a new one.
    expect(await authenticate(student.login, card.code)).toBeNull();
    expect(await authenticate(student.login, "forgotten-password")).not.toBeNull();
    expect((await listRosterEvents(w.teacher, w.cls.id))[0]).toMatchObject({
      what: "password reset code made",
      actor: w.coTeacher.displayName,
    });
  });

  it("an expired code, or one replaced by a newer code, does not sign in", async () => {
    const w = await sharedClass();
    const student = await createUserWithPassword({ role: "student", password: "forgotten-password" });
    await db.enrollment.create({ data: { classId: w.cls.id, studentId: student.id } });
    const stale = await createResetCode(
      w.teacher,
      w.cls.id,
      { studentId: student.id },
      new Date(Date.now() - 16 * 60_000),
    );
    expect(await authenticate(student.login, stale.code)).toBeNull();
    const first = await createResetCode(w.teacher, w.cls.id, { studentId: student.id });
    const second = await createResetCode(w.teacher, w.cls.id, { studentId: student.id });
    expect(await authenticate(student.login, first.code)).toBeNull();
    expect(await authenticate(student.login, second.code)).not.toBeNull();
  });

  it("is refused for another teacher (not found), students (forbidden) and a student who left (not found)", async () => {
    const w = await sharedClass();
    const studentId = w.students[0]!.id;
    await expectRefusedWithoutWrites(
      () => createResetCode(w.otherTeacher, w.cls.id, { studentId }),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () => createResetCode(w.students[0]!, w.cls.id, { studentId }),
      "forbidden",
    );
    await expectRefusedWithoutWrites(
      () => createResetCode(w.teacher, w.cls.id, { studentId: w.outsider.id }),
      "not_found",
    );
    await removeStudent(w.teacher, w.cls.id, { studentId });
    await expectRefusedWithoutWrites(() => createResetCode(w.teacher, w.cls.id, { studentId }), "not_found");
  });
});
