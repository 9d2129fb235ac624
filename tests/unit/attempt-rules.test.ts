import { describe, expect, it } from "vitest";
import {
  allowedAttempts,
  hasAttemptsLeft,
  isClosed,
  keyShowable,
  type AttemptWindow,
} from "../../lib/attempts/attempt-rules";

const now = new Date("2027-03-10T12:00:00Z");
const window = (patch: Partial<AttemptWindow> = {}): AttemptWindow => ({
  dueAt: new Date("2027-03-11T12:00:00Z"),
  closedAt: null,
  latePolicy: "accept_late",
  attemptsAllowed: 2,
  extraAttempts: 0,
  attempts: [{ status: "submitted" }],
  ...patch,
});
const pastDue = new Date("2027-03-12T12:00:00Z");

describe("attempt rules", () => {
  it("closes an assignment closed by the teacher, or past due when late work is refused", () => {
    expect(isClosed(window(), now)).toBe(false);
    expect(isClosed(window({ closedAt: now }), now)).toBe(true);
    expect(isClosed(window(), pastDue)).toBe(false);
    expect(isClosed(window({ latePolicy: "close" }), pastDue)).toBe(true);
  });

  it("adds an accommodation's extra attempts, and keeps unlimited unlimited", () => {
    expect(allowedAttempts(window({ extraAttempts: 2 }))).toBe(4);
    expect(allowedAttempts(window({ attemptsAllowed: null, extraAttempts: 2 }))).toBeNull();
  });

  it("counts every attempt made, open or submitted, against the allowance", () => {
    expect(hasAttemptsLeft(window(), now)).toBe(true);
    expect(
      hasAttemptsLeft(window({ attempts: [{ status: "submitted" }, { status: "in_progress" }] }), now),
    ).toBe(false);
    expect(hasAttemptsLeft(window({ attemptsAllowed: 1, extraAttempts: 1 }), now)).toBe(true);
    expect(hasAttemptsLeft(window({ attemptsAllowed: null }), now)).toBe(true);
    expect(hasAttemptsLeft(window({ attemptsAllowed: null, closedAt: now }), now)).toBe(false);
  });

  it("shows the key only when no attempt is open and none can be started", () => {
    expect(keyShowable(window({ attemptsAllowed: 1 }), now)).toBe(true);
    expect(keyShowable(window(), now), "a second attempt is still allowed").toBe(false);
    const usedBoth = window({ attempts: [{ status: "submitted" }, { status: "submitted" }] });
    expect(keyShowable(usedBoth, now)).toBe(true);
    const secondOpen = window({ attempts: [{ status: "submitted" }, { status: "in_progress" }] });
    expect(keyShowable(secondOpen, now), "the open attempt could use it").toBe(false);
    expect(keyShowable(window({ attemptsAllowed: null }), now)).toBe(false);
    expect(keyShowable(window({ attemptsAllowed: null, latePolicy: "close" }), pastDue)).toBe(true);
  });
});
