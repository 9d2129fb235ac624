import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { authenticate } from "../../lib/auth/sign-in";
import { MAX_FAILED_SIGN_INS } from "../../lib/auth/rate-limit";
import { expectAppError } from "../support/expect-app-error";
import { createUserWithPassword } from "../support/scenario";

const PASSWORD = "right-password-1";

describe("authenticate", () => {
  it("returns the viewer and session version for the right password (login trimmed, any case)", async () => {
    const teacher = await createUserWithPassword({ role: "teacher", password: PASSWORD });
    const student = await createUserWithPassword({ role: "student", password: PASSWORD });
    expect(await authenticate(`  ${teacher.login.toUpperCase()} `, PASSWORD)).toEqual({
      id: teacher.id,
      role: "teacher",
      displayName: teacher.displayName,
      sessionVersion: 0,
    });
    expect(await authenticate(student.login, PASSWORD)).toMatchObject({ id: student.id, role: "student" });
  });

  it("returns null for a wrong password, an unknown account and a disabled account", async () => {
    const user = await createUserWithPassword({ role: "student", password: PASSWORD });
    const disabled = await createUserWithPassword({ role: "teacher", password: PASSWORD, disabled: true });
    expect(await authenticate(user.login, "wrong-password")).toBeNull();
    expect(await authenticate("nobody-here", PASSWORD)).toBeNull();
    expect(await authenticate("nobody@school.test", PASSWORD)).toBeNull();
    expect(await authenticate(disabled.login, PASSWORD)).toBeNull();
    // Sanity: the same password does open the enabled account, so null above means refusal.
    expect(await authenticate(user.login, PASSWORD)).not.toBeNull();
  });

  it(`refuses the attempt after ${MAX_FAILED_SIGN_INS} wrong passwords, even with the right one, and says to wait`, async () => {
    const user = await createUserWithPassword({ role: "teacher", password: PASSWORD });
    for (let i = 0; i < 5; i++) expect(await authenticate(user.login, `wrong-${i}-password`)).toBeNull();
    const error = await expectAppError(authenticate(user.login, PASSWORD), "rate_limited");
    expect(error.message).toMatch(/try again in \d+ minutes?/i);
    // The lock is per account, whatever case the login is typed in.
    await expectAppError(authenticate(user.login.toUpperCase(), PASSWORD), "rate_limited");
  });

  it("does not lock out other accounts when one is locked", async () => {
    const victim = await createUserWithPassword({ role: "student", password: PASSWORD });
    const classmate = await createUserWithPassword({ role: "student", password: PASSWORD });
    for (let i = 0; i < 6; i++) await authenticate(victim.login, "wrong-password").catch(() => null);
    await expectAppError(authenticate(victim.login, PASSWORD), "rate_limited");
    expect(await authenticate(classmate.login, PASSWORD)).toMatchObject({ id: classmate.id });
  });

  it("clears the failure count after a successful sign-in", async () => {
    const user = await createUserWithPassword({ role: "student", password: PASSWORD });
    for (let i = 0; i < 4; i++) expect(await authenticate(user.login, "wrong-password")).toBeNull();
    expect(await authenticate(user.login, PASSWORD)).not.toBeNull();
    // Without the reset these would be failures 5 to 8 and the next sign-in would be refused.
    for (let i = 0; i < 4; i++) expect(await authenticate(user.login, "wrong-password")).toBeNull();
    expect(await authenticate(user.login, PASSWORD)).toMatchObject({ id: user.id });
  });

  it("stores sign-in failures in the rate_limits table (shared by every app instance)", async () => {
    const user = await createUserWithPassword({ role: "student", password: PASSWORD });
    await authenticate(user.login, "wrong-password");
    const rows = await db.rateLimit.findMany({ where: { key: { contains: user.login } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.points).toBe(1);
  });
});
