import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { joinAsNewStudent } from "../../lib/accounts/mutations";
import { joinClass } from "../../lib/classes/mutations";
import {
  MAX_WRONG_CODES_PER_ADDRESS,
  MAX_WRONG_CODES_PER_SESSION,
  type JoinClient,
} from "../../lib/classes/join-limit";
import { AppError } from "../../lib/errors";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";

const WAIT = /^Too many wrong class codes\. Try again in \d+ minutes?\.$/;

// Codes no class has: the factories draw from an alphabet without 0 and 1.
const wrongCode = (i: number) => `Z0${String(i).padStart(4, "0")}`;
const newBrowser = (address: string): JoinClient => ({
  address,
  session: `browser:${randomBytes(16).toString("base64url")}`,
});
const newStudentInput = (joinCode: string) => ({
  joinCode,
  displayName: "New Student",
  username: `n-${randomBytes(4).toString("hex")}`,
  password: "student-password-1",
});

/** Settles calls made at once; counts "no such class" answers and refusals to wait (each with the wait message). */
async function tally(calls: Promise<unknown>[]) {
  const outcomes = await Promise.all(
    calls.map((c) =>
      c.then(
        () => "joined",
        (e: unknown) => e,
      ),
    ),
  );
  const code = (c: string) => outcomes.filter((o) => o instanceof AppError && o.code === c) as AppError[];
  for (const e of code("rate_limited")) expect(e.message).toMatch(WAIT);
  return { wrong: code("invalid").length, refused: code("rate_limited").length, outcomes };
}

async function openClass() {
  return createClassFor(await createTeacher());
}

describe("join-code guessing", () => {
  it(`refuses a signed-in student's guesses sent at once after ${MAX_WRONG_CODES_PER_SESSION}, while a classmate at the same address joins`, async () => {
    const cls = await openClass();
    const [guesser, classmate] = [await createStudent(), await createStudent()];
    const address = "203.0.113.10";
    const run = await tally(
      Array.from({ length: 40 }, (_, i) => joinClass(guesser, { joinCode: wrongCode(i) }, address)),
    );
    expect(run.wrong).toBe(MAX_WRONG_CODES_PER_SESSION);
    expect(run.refused).toBe(40 - MAX_WRONG_CODES_PER_SESSION);

    // The guesser waits even with the right code: the limit answers before the code is looked up.
    const error = await expectAppError(
      joinClass(guesser, { joinCode: cls.joinCode }, address),
      "rate_limited",
    );
    expect(error.message).toMatch(WAIT);
    expect(await joinClass(classmate, { joinCode: cls.joinCode }, address)).toEqual({
      id: cls.id,
      name: cls.name,
    });
  });

  it(`refuses anonymous guesses from fresh browser sessions at once after ${MAX_WRONG_CODES_PER_ADDRESS} per address`, async () => {
    const cls = await openClass();
    const run = await tally(
      Array.from({ length: 120 }, (_, i) =>
        joinAsNewStudent(newStudentInput(wrongCode(i)), newBrowser("198.51.100.20")),
      ),
    );
    expect(run.wrong).toBe(MAX_WRONG_CODES_PER_ADDRESS);
    expect(run.refused).toBe(120 - MAX_WRONG_CODES_PER_ADDRESS);
    expect(await db.user.count({ where: { displayName: "New Student" } })).toBe(0);

    // Another address is not affected, and a right code from it creates the account.
    const joined = await joinAsNewStudent(newStudentInput(cls.joinCode), newBrowser("198.51.100.21"));
    expect(await db.enrollment.count({ where: { classId: cls.id, studentId: joined.id } })).toBe(1);
  });

  it("refuses one browser session's anonymous guesses after its own limit, wherever they come from", async () => {
    const browser = newBrowser("192.0.2.30");
    const run = await tally(
      Array.from({ length: 30 }, (_, i) =>
        joinAsNewStudent(newStudentInput(wrongCode(i)), { ...browser, address: `192.0.2.${i + 31}` }),
      ),
    );
    expect(run.wrong).toBe(MAX_WRONG_CODES_PER_SESSION);
    expect(run.refused).toBe(30 - MAX_WRONG_CODES_PER_SESSION);
  });

  it("never slows a class that joins with the right code: its joins leave no count behind", async () => {
    const cls = await openClass();
    const address = "203.0.113.40";
    const students = await Promise.all(Array.from({ length: 70 }, () => createStudent()));
    // A few typos first, as a class makes.
    await tally(students.slice(0, 5).map((s, i) => joinClass(s, { joinCode: wrongCode(i) }, address)));
    // Two waves of 35 at once, more joins than the address's limit on wrong codes.
    for (const wave of [students.slice(0, 35), students.slice(35)]) {
      const run = await tally(wave.map((s) => joinClass(s, { joinCode: cls.joinCode }, address)));
      expect(run.outcomes.every((o) => o === "joined")).toBe(true);
    }
    expect(await db.enrollment.count({ where: { classId: cls.id } })).toBe(70);
    const counted = await db.rateLimit.findUniqueOrThrow({ where: { key: `join-address:${address}` } });
    expect(counted.points).toBe(5);
  });
});
