import { describe, expect, it } from "vitest";
import { IDLE_LIMIT_SECONDS, liveClaims, SESSION_MAX_AGE_SECONDS } from "../../lib/auth/session-claims";

const NOW = 1_800_000_000;
const HOUR = 3600;
const DAY = 24 * HOUR;
const token = (role: string, seen: unknown) => ({ uid: "u1", sv: 3, role, seen });

describe("liveClaims: a token's session is live until its role's idle limit", () => {
  it("keeps a student's session for 12 hours after its last use, and not a second longer", () => {
    expect(IDLE_LIMIT_SECONDS.student).toBe(12 * HOUR);
    expect(liveClaims(token("student", NOW - 12 * HOUR), NOW)).toEqual({
      uid: "u1",
      sv: 3,
      role: "student",
      seen: NOW - 12 * HOUR,
    });
    expect(liveClaims(token("student", NOW - 12 * HOUR - 1), NOW)).toBeNull();
  });

  it("keeps a teacher's session for 7 days after its last use, and not a second longer", () => {
    expect(liveClaims(token("teacher", NOW - 7 * DAY), NOW)).not.toBeNull();
    expect(liveClaims(token("teacher", NOW - 7 * DAY - 1), NOW)).toBeNull();
    // A teacher's token idle for a day still holds where a student's has ended.
    expect(liveClaims(token("teacher", NOW - DAY), NOW)).not.toBeNull();
    expect(liveClaims(token("student", NOW - DAY), NOW)).toBeNull();
  });

  it("gives next-auth's cookie the longest limit, so the per-role check is the one that ends sessions", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(7 * DAY);
  });

  it("ends tokens without a last-seen time (issued before it existed), malformed ones and none", () => {
    expect(liveClaims({ uid: "u1", sv: 0, role: "teacher" }, NOW)).toBeNull();
    expect(liveClaims(token("teacher", String(NOW)), NOW)).toBeNull();
    expect(liveClaims(token("ADMIN", NOW), NOW)).toBeNull();
    expect(liveClaims({ uid: "u1", sv: "0", role: "teacher", seen: NOW }, NOW)).toBeNull();
    expect(liveClaims({ sv: 0, role: "teacher", seen: NOW }, NOW)).toBeNull();
    expect(liveClaims(null, NOW)).toBeNull();
  });

  it("tolerates a few minutes of clock difference between instances, not a last-seen time far ahead", () => {
    expect(liveClaims(token("student", NOW + 60), NOW)).not.toBeNull();
    expect(liveClaims(token("student", NOW + HOUR), NOW)).toBeNull();
  });

  it('reads a token issued before the snake_case enums (role "TEACHER", "STUDENT") as that role, with its limit', () => {
    expect(liveClaims(token("TEACHER", NOW - DAY), NOW)).toEqual({
      uid: "u1",
      sv: 3,
      role: "teacher",
      seen: NOW - DAY,
    });
    expect(liveClaims(token("STUDENT", NOW - HOUR), NOW)).toEqual({
      uid: "u1",
      sv: 3,
      role: "student",
      seen: NOW - HOUR,
    });
    expect(liveClaims(token("STUDENT", NOW - 12 * HOUR - 1), NOW)).toBeNull();
    expect(liveClaims(token("TEACHER", NOW - 7 * DAY - 1), NOW)).toBeNull();
    // Only those two old spellings: no token was ever issued with another.
    for (const role of ["Teacher", "ADMIN", "admin", "constructor", "toString", "__proto__", ""]) {
      expect(liveClaims(token(role, NOW), NOW)).toBeNull();
    }
  });
});
