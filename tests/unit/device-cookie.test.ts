import { describe, expect, it } from "vitest";
import { rememberDevice, trustedDevice } from "../../lib/auth/device-cookie";

const DAY = 86_400_000;

describe("device cookie", () => {
  it("proves the account it was issued for, with a fresh nonce on every sign-in", () => {
    const first = rememberDevice(undefined, "user-a");
    const again = rememberDevice(first, "user-a");
    expect(trustedDevice(first, "user-a")).toMatchObject({ userId: "user-a" });
    expect(trustedDevice(again, "user-a")!.nonce).not.toBe(trustedDevice(first, "user-a")!.nonce);
    // Signing in again replaces the account's token instead of adding one.
    expect(again.split("~")).toHaveLength(1);
    expect(trustedDevice(first, "user-b")).toBeNull();
    expect(trustedDevice(undefined, "user-a")).toBeNull();
  });

  it("refuses a token whose account, time, nonce or signature was changed", () => {
    const [userId, issued, nonce, sig] = rememberDevice(undefined, "user-a").split(".") as [
      string,
      string,
      string,
      string,
    ];
    const flip = (s: string) => `${s.slice(0, -1)}${s.endsWith("A") ? "B" : "A"}`;
    for (const token of [
      ["user-b", issued, nonce, sig],
      [userId, (parseInt(issued, 36) + 1).toString(36), nonce, sig],
      [userId, issued, flip(nonce), sig],
      [userId, issued, nonce, flip(sig)],
      [userId, issued, nonce, sig, "extra"],
      [userId, issued, nonce],
    ]) {
      expect(trustedDevice(token.join("."), token[0]!)).toBeNull();
    }
  });

  it("accepts one spelling of a signature, not the others base64url's unused bits allow", () => {
    const token = rememberDevice(undefined, "user-a");
    const last = token.at(-1)!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const index = alphabet.indexOf(last);
    const sameBytes = [0, 1, 2, 3].map((low) => alphabet[(index & ~3) | low]!).filter((c) => c !== last);
    expect(sameBytes).toHaveLength(3);
    for (const c of sameBytes) {
      const variant = `${token.slice(0, -1)}${c}`;
      expect(Buffer.from(variant.split(".")[3]!, "base64url")).toEqual(
        Buffer.from(token.split(".")[3]!, "base64url"),
      );
      expect(trustedDevice(variant, "user-a")).toBeNull();
    }
  });

  it("expires after a year", () => {
    const now = Date.now();
    const cookie = rememberDevice(undefined, "user-a", now);
    expect(trustedDevice(cookie, "user-a", now + 364 * DAY)).not.toBeNull();
    expect(trustedDevice(cookie, "user-a", now + 366 * DAY)).toBeNull();
  });

  it("keeps the latest twenty accounts of a shared computer, dropping invalid tokens", () => {
    let cookie = "forged.token~garbage";
    for (let i = 0; i < 25; i++) cookie = rememberDevice(cookie, `user-${i}`);
    expect(cookie.split("~")).toHaveLength(20);
    expect(trustedDevice(cookie, "user-24")).not.toBeNull();
    expect(trustedDevice(cookie, "user-5")).not.toBeNull();
    expect(trustedDevice(cookie, "user-4")).toBeNull();
  });
});
