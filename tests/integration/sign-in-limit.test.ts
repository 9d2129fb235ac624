import { afterEach, describe, expect, it, vi } from "vitest";
import * as password from "../../lib/auth/password";
import { rememberDevice } from "../../lib/auth/device-cookie";
import { authenticate } from "../../lib/auth/sign-in";
import { MAX_FAILED_SIGN_INS } from "../../lib/auth/rate-limit";
import { AppError } from "../../lib/errors";
import { createUserWithPassword } from "../support/scenario";
import { expectAppError } from "../support/expect-app-error";

const PASSWORD = "right-password-1";
const WAIT = /^Too many wrong passwords (for this account|on this device)\. Try again in \d+ minutes?\.$/;

/** Runs `n` sign-ins at once; counts how many reached the password check and how many were refused to wait. */
async function parallelSignIns(n: number, login: string, pass: (i: number) => string, device?: string) {
  const verify = vi.spyOn(password, "verifyPassword");
  const outcomes = await Promise.all(
    Array.from({ length: n }, (_, i) => authenticate(login, pass(i), device).catch((e: unknown) => e)),
  );
  const verified = verify.mock.calls.length;
  verify.mockRestore();
  const refused = outcomes.filter((o): o is AppError => o instanceof AppError && o.code === "rate_limited");
  for (const e of refused) expect(e.message).toMatch(WAIT);
  return { verified, outcomes, refused: refused.length, wrong: outcomes.filter((o) => o === null).length };
}

afterEach(() => vi.restoreAllMocks());

describe("sign-in limit under parallel guesses", () => {
  it(`verifies at most ${MAX_FAILED_SIGN_INS} of 50 wrong passwords sent at once; the rest wait`, async () => {
    const user = await createUserWithPassword({ role: "student", password: PASSWORD });
    const run = await parallelSignIns(50, user.login, (i) => `wrong-${i}-password`);
    expect(run.verified).toBe(MAX_FAILED_SIGN_INS);
    expect(run.wrong).toBe(MAX_FAILED_SIGN_INS);
    expect(run.refused).toBe(50 - MAX_FAILED_SIGN_INS);
    // The right password now waits too, without being checked.
    const verify = vi.spyOn(password, "verifyPassword");
    await expectAppError(authenticate(user.login, PASSWORD), "rate_limited");
    expect(verify).not.toHaveBeenCalled();
  });

  it("holds for unknown accounts too (the same answers, so the limit does not tell which accounts exist)", async () => {
    const run = await parallelSignIns(50, "nobody-by-this-name", () => "some-password");
    expect(run.verified).toBe(MAX_FAILED_SIGN_INS);
    expect(run.refused).toBe(50 - MAX_FAILED_SIGN_INS);
  });
});

describe("device cookie: the owner is not locked out", () => {
  it("lets the owner sign in on their usual device after an attacker used up the account's budget", async () => {
    const owner = await createUserWithPassword({ role: "student", password: PASSWORD });
    expect(await authenticate(owner.login, PASSWORD)).toMatchObject({ id: owner.id });
    const device = rememberDevice(undefined, owner.id);

    const attack = await parallelSignIns(50, owner.login, (i) => `guess-${i}-password`);
    expect(attack.verified).toBe(MAX_FAILED_SIGN_INS);

    // A client without the cookie is refused even with the right password; the owner's device is not.
    const refused = await expectAppError(authenticate(owner.login, PASSWORD), "rate_limited");
    expect(refused.message).toMatch(
      /^Too many wrong passwords for this account\. Try again in \d+ minutes?\.$/,
    );
    expect(await authenticate(owner.login, PASSWORD, device)).toMatchObject({ id: owner.id });
  });

  it("counts only a cookie signed for this account: another account's, a forged or an altered one does not help", async () => {
    const victim = await createUserWithPassword({ role: "student", password: PASSWORD });
    const attacker = await createUserWithPassword({ role: "student", password: PASSWORD });
    const attackersOwn = rememberDevice(undefined, attacker.id);
    const [userId, issued, nonce, sig] = rememberDevice(undefined, victim.id).split(".") as [
      string,
      string,
      string,
      string,
    ];
    const altered = [userId, issued, `${nonce.slice(0, -1)}${nonce.endsWith("A") ? "B" : "A"}`, sig].join(
      ".",
    );
    const forged = [victim.id, issued, nonce, "A".repeat(43)].join(".");

    await parallelSignIns(10, victim.login, () => "wrong-password");
    for (const cookie of [attackersOwn, altered, forged, "garbage", `${attackersOwn}~${forged}`]) {
      await expectAppError(authenticate(victim.login, PASSWORD, cookie), "rate_limited");
    }
  });

  it("gives each device a budget of its own: a stolen cookie buys at most that many more guesses", async () => {
    const owner = await createUserWithPassword({ role: "teacher", password: PASSWORD });
    const device = rememberDevice(undefined, owner.id);
    const run = await parallelSignIns(50, owner.login, (i) => `guess-${i}-password`, device);
    expect(run.verified).toBe(MAX_FAILED_SIGN_INS);
    const error = await expectAppError(authenticate(owner.login, PASSWORD, device), "rate_limited");
    expect(error.message).toMatch(/^Too many wrong passwords on this device\. Try again in \d+ minutes?\.$/);
    // The account's budget for other clients is untouched by the device's failures.
    expect(await authenticate(owner.login, PASSWORD)).toMatchObject({ id: owner.id });
  });

  it("keeps one cookie for the accounts that sign in on a shared computer", async () => {
    const first = await createUserWithPassword({ role: "student", password: PASSWORD });
    const second = await createUserWithPassword({ role: "student", password: PASSWORD });
    const shared = rememberDevice(rememberDevice(undefined, first.id), second.id);
    await parallelSignIns(10, first.login, () => "wrong-password");
    await parallelSignIns(10, second.login, () => "wrong-password");
    expect(await authenticate(first.login, PASSWORD, shared)).toMatchObject({ id: first.id });
    expect(await authenticate(second.login, PASSWORD, shared)).toMatchObject({ id: second.id });
  });
});
