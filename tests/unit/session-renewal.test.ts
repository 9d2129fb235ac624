import { beforeEach, describe, expect, it, vi } from "vitest";

// The database check is replaced: these tests are about what each of its answers does to the token.
const viewerFromToken = vi.hoisted(() => vi.fn());
vi.mock("../../lib/auth/session", () => ({ viewerFromToken }));

const { isSessionEnd, renewedToken } = await import("../../lib/auth/session-renewal");

const NOW = 1_800_000_000;
const token = { uid: "s1", sv: 2, role: "student" as const, seen: NOW - 3600, name: "Old name" };

describe("renewedToken (next-auth's jwt callback when the browser asks for its session)", () => {
  beforeEach(() => {
    viewerFromToken.mockReset();
  });

  it("renews the last-seen time, and the name, of a live session", async () => {
    viewerFromToken.mockResolvedValue({ id: "s1", role: "student", displayName: "New name" });
    expect(await renewedToken(token, NOW)).toEqual({ ...token, seen: NOW, name: "New name" });
    expect(viewerFromToken).toHaveBeenCalledWith({ uid: "s1", sv: 2, role: "student", seen: NOW - 3600 });
  });

  it('re-issues a token issued with the old role spelling ("STUDENT") with today\'s ("student")', async () => {
    viewerFromToken.mockResolvedValue({ id: "s1", role: "student", displayName: "Old name" });
    const issuedBefore = { ...token, role: "STUDENT" } as unknown as typeof token;
    expect(await renewedToken(issuedBefore, NOW)).toEqual({ ...token, seen: NOW });
  });

  it("ends a revoked session (old session version, disabled account) and an idle one", async () => {
    viewerFromToken.mockResolvedValue(null);
    await expect(renewedToken(token, NOW)).rejects.toSatisfy(isSessionEnd);
    viewerFromToken.mockResolvedValue({ id: "s1", role: "student", displayName: "x" });
    await expect(renewedToken({ ...token, seen: NOW - 13 * 3600 }, NOW)).rejects.toSatisfy(isSessionEnd);
  });

  it("leaves the token as it was while the database is unreachable: neither renewed nor ended", async () => {
    viewerFromToken.mockRejectedValue(
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
    );
    expect(await renewedToken(token, NOW)).toBe(token);
  });

  it("lets other failures through, so a bug is not mistaken for an ended session", async () => {
    viewerFromToken.mockRejectedValue(new TypeError("bug"));
    await expect(renewedToken(token, NOW)).rejects.toThrow("bug");
  });
});
