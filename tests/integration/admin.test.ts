import { describe, expect, it, vi } from "vitest";
import { areaAccount } from "../../lib/accounts/area-account";
import { viewerIsAdmin } from "../../lib/admin/admin-rights";
import { makeAdmin } from "../../lib/admin/make-admin";
import { manageTeacher } from "../../lib/admin/mutations";
import { listTeachersForAdmin } from "../../lib/admin/queries";
import { TEACHER_INTENTS } from "../../lib/admin/schema";
import { viewerFromToken } from "../../lib/auth/session";
import { authenticate } from "../../lib/auth/sign-in";
import type { Viewer } from "../../lib/auth/viewer-types";
import { lessonUserOf } from "../../lib/content/lesson-access";
import { db } from "../../lib/db";
import { runCliInProcess } from "../support/cli";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { expectAppError } from "../support/expect-app-error";
import { createStudent, createTeacher, UNUSABLE_HASH } from "../support/factories";
import { createUserWithPassword } from "../support/scenario";

// Read by lib/env when it is first imported, so it is set before the imports above run.
vi.hoisted(() => {
  process.env.LECTERN_ADMINS = " Head@School.test, deputy ,kid";
});

const PASSWORD = "teacher password";
const asViewer = (u: { id: string; displayName: string }): Viewer => ({ ...u, role: "teacher" });

async function storedAdmin(): Promise<Viewer> {
  const admin = await createTeacher();
  await db.user.update({ where: { id: admin.id }, data: { isAdmin: true } });
  return admin;
}

/** A teacher with a real password, signed in once (their token's session version is 0). */
async function signedInTeacher({ approved = true } = {}) {
  const user = await createUserWithPassword({ role: "teacher", password: PASSWORD });
  await db.user.update({ where: { id: user.id }, data: { verifiedAt: approved ? new Date() : null } });
  const token = { uid: user.id, sv: 0 };
  expect(await viewerFromToken(token)).not.toBeNull();
  return { ...user, token };
}

const user = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

describe("the administration of teachers' accounts", () => {
  it("lists every teacher for an administrator, with who waits for approval and who is an administrator", async () => {
    const admin = await storedAdmin();
    const waiting = await createTeacher({ approved: false });
    expect(await viewerIsAdmin(admin)).toBe(true);
    const listed = await listTeachersForAdmin(admin);
    expect(listed.find((t) => t.id === waiting.id)).toMatchObject({
      approved: false,
      disabled: false,
      admin: false,
    });
    expect(listed.find((t) => t.id === admin.id)).toMatchObject({ approved: true, admin: true });
    expect(JSON.stringify(listed)).not.toContain("argon2");
  });

  it("approves a waiting teacher, who may then use the shared lessons; approving twice keeps the first time", async () => {
    const admin = await storedAdmin();
    const waiting = await createTeacher({ approved: false });
    const result = await manageTeacher(admin, { intent: "approve", teacherId: waiting.id });
    expect(result.message).toMatch(/approved/);
    const first = (await user(waiting.id)).verifiedAt;
    expect(first).not.toBeNull();
    expect((await lessonUserOf(waiting.id)).approved).toBe(true);
    await manageTeacher(admin, { intent: "approve", teacherId: waiting.id });
    expect((await user(waiting.id)).verifiedAt).toEqual(first);
  });

  it("disables a teacher: their sessions end and they cannot sign in; enabling brings sign-in back, not old sessions", async () => {
    const admin = await storedAdmin();
    const teacher = await signedInTeacher({ approved: false });
    await manageTeacher(admin, { intent: "disable", teacherId: teacher.id });
    expect((await user(teacher.id)).disabledAt).not.toBeNull();
    expect(await viewerFromToken(teacher.token)).toBeNull();
    expect(await authenticate(teacher.login, PASSWORD)).toBeNull();
    expect((await listTeachersForAdmin(admin)).find((t) => t.id === teacher.id)).toMatchObject({
      disabled: true,
    });

    await manageTeacher(admin, { intent: "enable", teacherId: teacher.id });
    expect(await viewerFromToken(teacher.token)).toBeNull();
    const signedIn = await authenticate(teacher.login, PASSWORD);
    expect(signedIn).toMatchObject({ id: teacher.id, sessionVersion: 1 });
  });

  it("resets a password: a temporary one returned once and stored as a hash; the old password and sessions stop", async () => {
    const admin = await storedAdmin();
    const teacher = await signedInTeacher();
    const result = await manageTeacher(admin, { intent: "reset-password", teacherId: teacher.id });
    const temporary = result.temporaryPassword!;
    expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const stored = await user(teacher.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(temporary);
    expect(await viewerFromToken(teacher.token)).toBeNull();
    expect(await authenticate(teacher.login, PASSWORD)).toBeNull();
    expect(await authenticate(teacher.login, temporary)).toMatchObject({ id: teacher.id });
    const again = await manageTeacher(admin, { intent: "reset-password", teacherId: teacher.id });
    expect(again.temporaryPassword).not.toBe(temporary);
  });

  it("refuses every action to a teacher who is not an administrator (forbidden), a student and anonymous callers", async () => {
    const teacher = await createTeacher();
    const target = await createTeacher({ approved: false });
    const student = await createStudent();
    expect(await viewerIsAdmin(teacher)).toBe(false);
    expect(await viewerIsAdmin(null)).toBe(false);
    await expectAppError(listTeachersForAdmin(teacher), "forbidden");
    await expectAppError(listTeachersForAdmin(student), "forbidden");
    await expectAppError(listTeachersForAdmin(null), "unauthorized");
    for (const intent of TEACHER_INTENTS) {
      const input = { intent, teacherId: target.id };
      await expectRefusedWithoutWrites(() => manageTeacher(teacher, input), "forbidden");
      await expectRefusedWithoutWrites(() => manageTeacher(student, input), "forbidden");
      await expectRefusedWithoutWrites(() => manageTeacher(null, input), "unauthorized");
    }
  });

  it("leaves administrators to whoever runs Lectern, and answers not_found for students and unknown ids", async () => {
    const admin = await storedAdmin();
    const other = await storedAdmin();
    const student = await createStudent();
    for (const intent of ["disable", "enable", "reset-password"] as const) {
      await expectRefusedWithoutWrites(
        () => manageTeacher(admin, { intent, teacherId: other.id }),
        "forbidden",
      );
      await expectRefusedWithoutWrites(
        () => manageTeacher(admin, { intent, teacherId: admin.id }),
        "forbidden",
      );
    }
    await expectRefusedWithoutWrites(
      () => manageTeacher(admin, { intent: "disable", teacherId: student.id }),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () => manageTeacher(admin, { intent: "approve", teacherId: "no-such-teacher" }),
      "not_found",
    );
    await expectRefusedWithoutWrites(
      () => manageTeacher(admin, { intent: "promote", teacherId: other.id }),
      "invalid",
    );
    await expectRefusedWithoutWrites(
      () => manageTeacher(admin, { intent: "approve", teacherId: "" }),
      "invalid",
    );
  });
});

describe("LECTERN_ADMINS", () => {
  it("names administrators by email or username, in any case; a student named there is none", async () => {
    const named = async (data: { email?: string; username?: string; role?: "teacher" | "student" }) =>
      db.user.create({
        data: { role: "teacher", displayName: "Named", passwordHash: UNUSABLE_HASH, ...data },
        select: { id: true, displayName: true, role: true },
      });
    const head = await named({ email: "head@school.test" });
    const deputy = await named({ username: "deputy" });
    const kid = await named({ username: "kid", role: "student" });
    expect(await listTeachersForAdmin(asViewer(head))).toBeInstanceOf(Array);
    expect(await listTeachersForAdmin(asViewer(deputy))).toBeInstanceOf(Array);
    await expectAppError(listTeachersForAdmin({ ...kid, role: "student" }), "forbidden");
    // The areas' frame (the header's admin link) reads the same rule in its one statement per request.
    expect((await areaAccount(asViewer(head))).admin).toBe(true);
    expect((await areaAccount({ ...kid, role: "student" })).admin).toBe(false);
    await db.user.update({ where: { id: deputy.id }, data: { disabledAt: new Date() } });
    expect((await areaAccount(asViewer(deputy))).admin).toBe(false);
    // Named in the environment, so not disabled or reset from the page either.
    const admin = await storedAdmin();
    await expectAppError(manageTeacher(admin, { intent: "disable", teacherId: head.id }), "forbidden");
  });
});

const cli = (...args: string[]) => runCliInProcess(db, ...args);

describe("make-admin", () => {
  it("the command makes a teacher an administrator and approves them; it needs one name", async () => {
    const teacher = await createTeacher({ approved: false });
    const { email } = await user(teacher.id);
    const made = await cli("make-admin", email!.toUpperCase());
    expect(made, made.stderr).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("is now a school administrator"),
    });
    expect(await user(teacher.id)).toMatchObject({ isAdmin: true, verifiedAt: expect.any(Date) });
    expect(await listTeachersForAdmin(teacher)).toBeInstanceOf(Array);
    expect(await cli("make-admin")).toMatchObject({ code: 2, stderr: expect.stringContaining("Usage") });
  });

  it("refuses students and unknown accounts, changing nothing", async () => {
    const student = await createStudent();
    const { username } = await user(student.id);
    expect(await makeAdmin(db, username!)).toEqual({ ok: false, reason: "student" });
    expect((await user(student.id)).isAdmin).toBe(false);
    expect(await makeAdmin(db, "nobody@school.test")).toEqual({ ok: false, reason: "no_account" });
    expect(await makeAdmin(db, "  ")).toEqual({ ok: false, reason: "no_account" });
  });
});
