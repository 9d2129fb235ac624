import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { endAllSessions, viewerFromToken } from "../../lib/auth/session";
import { createStudent, createTeacher } from "../support/factories";

describe("viewerFromToken", () => {
  it("returns the viewer for a token carrying the current session version", async () => {
    const teacher = await createTeacher();
    expect(await viewerFromToken({ uid: teacher.id, sv: 0 })).toEqual(teacher);
  });

  it("voids every older token after endAllSessions, and accepts the new version", async () => {
    const student = await createStudent();
    const old = { uid: student.id, sv: 0 };
    expect(await viewerFromToken(old)).toEqual(student);
    await endAllSessions(student.id);
    expect(await viewerFromToken(old)).toBeNull();
    expect(await viewerFromToken({ uid: student.id, sv: 1 })).toEqual(student);
  });

  it("returns null for a disabled account", async () => {
    const student = await createStudent();
    await db.user.update({ where: { id: student.id }, data: { disabledAt: new Date() } });
    expect(await viewerFromToken({ uid: student.id, sv: 0 })).toBeNull();
  });

  it("returns null for an unknown user and for malformed tokens", async () => {
    const student = await createStudent();
    expect(await viewerFromToken({ uid: "cnotauserid000000000000000", sv: 0 })).toBeNull();
    expect(await viewerFromToken({ sv: 0 })).toBeNull();
    expect(await viewerFromToken({ uid: student.id })).toBeNull();
    expect(await viewerFromToken({ uid: student.id, sv: "0" as unknown as number })).toBeNull();
  });
});
