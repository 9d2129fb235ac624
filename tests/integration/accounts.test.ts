import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { joinAsNewStudent, signUpTeacher } from "../../lib/accounts/mutations";
import { verifyPassword } from "../../lib/auth/password";
import { createClassFor, createTeacher } from "../support/factories";
import { expectRefusedWithoutWrites } from "../support/db-state";

const unique = () => Math.random().toString(36).slice(2, 10);
const teacherInput = () => ({
  displayName: "  Ms. Rivera ",
  email: ` Rivera-${unique()}@School.TEST `,
  password: "correct horse",
});

describe("signUpTeacher", () => {
  it("creates a teacher with a lowercase email and a verifiable password hash", async () => {
    const input = teacherInput();
    const result = await signUpTeacher(input);
    expect(result.email).toBe(input.email.trim().toLowerCase());
    const user = await db.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(user).toMatchObject({ role: "teacher", email: result.email, displayName: "Ms. Rivera" });
    expect(user.passwordHash).not.toContain(input.password);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
    expect(await verifyPassword(user.passwordHash, "wrong password")).toBe(false);
  });

  it("refuses a duplicate email (in any case) as a conflict on the email field, writing nothing", async () => {
    const first = await signUpTeacher(teacherInput());
    const error = await expectRefusedWithoutWrites(
      () => signUpTeacher({ ...teacherInput(), email: first.email.toUpperCase() }),
      "conflict",
    );
    expect(error.fieldErrors?.email?.length).toBeGreaterThan(0);
    expect(await db.user.count({ where: { email: first.email } })).toBe(1);
  });

  it.each([
    ["a malformed email", { email: "not-an-email" }, "email"],
    ["a password under 8 characters", { password: "short" }, "password"],
    ["an empty name", { displayName: "   " }, "displayName"],
    ["a missing email", { email: undefined }, "email"],
    [
      "a name with a NUL character, which PostgreSQL cannot store",
      { displayName: "Ms.\u0000Rivera" },
      "displayName",
    ],
  ])("refuses %s as invalid with a field error, writing nothing", async (_label, patch, field) => {
    const error = await expectRefusedWithoutWrites(
      () => signUpTeacher({ ...teacherInput(), ...patch }),
      "invalid",
    );
    expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
  });

  it("refuses input that is not an object as invalid", async () => {
    await expectRefusedWithoutWrites(() => signUpTeacher(null), "invalid");
  });
});

const studentInput = (joinCode: string) => ({
  joinCode,
  displayName: " Ana Lopez ",
  username: `Ana.${unique()}`,
  password: "ana-password",
});

describe("joinAsNewStudent", () => {
  it("creates a student enrolled in the class of the code (code typed in lowercase with spaces)", async () => {
    const cls = await createClassFor(await createTeacher());
    const input = studentInput(` ${cls.joinCode.toLowerCase()} `);
    const result = await joinAsNewStudent(input);
    expect(result.username).toBe(input.username.toLowerCase());
    const user = await db.user.findUniqueOrThrow({
      where: { id: result.id },
      include: { enrollments: true },
    });
    expect(user).toMatchObject({ role: "student", email: null, displayName: "Ana Lopez" });
    expect(user.enrollments.map((e) => e.classId)).toEqual([cls.id]);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
  });

  it("refuses an unknown code as invalid on the joinCode field, writing nothing", async () => {
    await createClassFor(await createTeacher());
    const error = await expectRefusedWithoutWrites(() => joinAsNewStudent(studentInput("ZZZZZ0")), "invalid");
    expect(error.fieldErrors?.joinCode?.length).toBeGreaterThan(0);
  });

  it("refuses the code of an archived class, writing nothing", async () => {
    const cls = await createClassFor(await createTeacher());
    await db.class.update({ where: { id: cls.id }, data: { archivedAt: new Date() } });
    const error = await expectRefusedWithoutWrites(
      () => joinAsNewStudent(studentInput(cls.joinCode)),
      "invalid",
    );
    expect(error.fieldErrors?.joinCode?.length).toBeGreaterThan(0);
  });

  it("refuses a taken username (in any case) as a conflict on the username field, writing nothing", async () => {
    const cls = await createClassFor(await createTeacher());
    const first = await joinAsNewStudent(studentInput(cls.joinCode));
    const error = await expectRefusedWithoutWrites(
      () => joinAsNewStudent({ ...studentInput(cls.joinCode), username: first.username.toUpperCase() }),
      "conflict",
    );
    expect(error.fieldErrors?.username?.length).toBeGreaterThan(0);
    expect(await db.enrollment.count({ where: { classId: cls.id } })).toBe(1);
  });

  it.each([
    ["a username with spaces", { username: "ana lopez" }, "username"],
    ["a short password", { password: "1234567" }, "password"],
    ["an empty name", { displayName: "" }, "displayName"],
    ["a malformed code", { joinCode: "ABC" }, "joinCode"],
  ])("refuses %s as invalid with a field error, writing nothing", async (_label, patch, field) => {
    const cls = await createClassFor(await createTeacher());
    const error = await expectRefusedWithoutWrites(
      () => joinAsNewStudent({ ...studentInput(cls.joinCode), ...patch }),
      "invalid",
    );
    expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
  });
});
