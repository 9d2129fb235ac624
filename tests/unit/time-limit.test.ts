import { describe, expect, it } from "vitest";
import { endedByTimeLimit, studentTimeLimitMinutes, timeLimitNotice } from "../../lib/attempts/time-limit";

describe("time limits as the student sees them", () => {
  it("stretches the limit by the accommodation's factor, and has none when the assignment has none", () => {
    expect(studentTimeLimitMinutes(20)).toBe(20);
    expect(studentTimeLimitMinutes(20, 1.5)).toBe(30);
    expect(studentTimeLimitMinutes(7, 1.25)).toBe(8.8);
    expect(studentTimeLimitMinutes(null, 2)).toBeNull();
    expect(studentTimeLimitMinutes(0)).toBeNull();
  });

  it("says the limit and what happens when it ends", () => {
    expect(timeLimitNotice(1)).toContain("you have 1 minute once you start");
    expect(timeLimitNotice(30)).toContain("you have 30 minutes once you start");
    expect(timeLimitNotice(30)).toContain(
      "When time is up, the answers you have given are submitted for you.",
    );
  });

  it("knows an attempt dated at its deadline ended by time, and one submitted earlier did not", () => {
    const deadlineAt = new Date("2030-01-01T10:30:00Z");
    expect(endedByTimeLimit({ deadlineAt, submittedAt: deadlineAt })).toBe(true);
    expect(endedByTimeLimit({ deadlineAt, submittedAt: new Date("2030-01-01T10:29:59Z") })).toBe(false);
    expect(endedByTimeLimit({ deadlineAt: null, submittedAt: deadlineAt })).toBe(false);
    expect(endedByTimeLimit({ deadlineAt, submittedAt: null })).toBe(false);
  });
});
