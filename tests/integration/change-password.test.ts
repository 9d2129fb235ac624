import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { changePassword } from "../../lib/accounts/change-password";
import { authenticate } from "../../lib/auth/sign-in";
import { viewerFromToken } from "../../lib/auth/session";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { createUserWithPassword } from "../support/scenario";

describe("changePassword", () => {
  it("changes the password and ends every session issued before", async () => {
    const user = await createUserWithPassword({ role: "student", password: "old password 1" });
    const login = user.login;
    const signedIn = (await authenticate(login, "old password 1"))!;
    const token = { uid: signedIn.id, sv: signedIn.sessionVersion };
    const viewer = (await viewerFromToken(token))!;

    await changePassword(viewer, {
      currentPassword: "old password 1",
      newPassword: "new password 2",
      confirmPassword: "new password 2",
    });

    expect(await viewerFromToken(token)).toBeNull();
    expect(await authenticate(login, "old password 1")).toBeNull();
    expect(await authenticate(login, "new password 2")).toMatchObject({ id: user.id });
  });

  it("refuses a wrong current password, a mismatch or a short password, and writes nothing", async () => {
    const user = await createUserWithPassword({ role: "teacher", password: "teacher pass" });
    const viewer = { id: user.id, role: "teacher" as const, displayName: user.displayName };
    const bad = [
      [
        { currentPassword: "nope nope", newPassword: "fresh password", confirmPassword: "fresh password" },
        "currentPassword",
      ],
      [
        { currentPassword: "teacher pass", newPassword: "fresh password", confirmPassword: "other" },
        "confirmPassword",
      ],
      [{ currentPassword: "teacher pass", newPassword: "short", confirmPassword: "short" }, "newPassword"],
    ] as const;
    for (const [input, field] of bad) {
      const error = await expectRefusedWithoutWrites(() => changePassword(viewer, input), "invalid");
      expect(Object.keys(error.fieldErrors ?? {}), field).toContain(field);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });

  it("refuses anonymous callers", async () => {
    await expectRefusedWithoutWrites(
      () =>
        changePassword(null, { currentPassword: "a", newPassword: "bbbbbbbb", confirmPassword: "bbbbbbbb" }),
      "unauthorized",
    );
  });
});
