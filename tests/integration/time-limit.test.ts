import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getQuizForStudentOrThrow } from "../../lib/attempts/queries";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { expireAttemptIfPastDeadline, submitExpiredAttempts } from "../../lib/attempts/expire";
import { databaseFingerprint, expectRefusedWithoutWrites } from "../support/db-state";
import { expectAppError } from "../support/expect-app-error";
import { twoClassrooms } from "../support/scenario";
import { rightSingleChoice, singleChoiceSave } from "../support/single-choice";

async function timedAttempt() {
  const world = await twoClassrooms(1, { timeLimitMinutes: 10 });
  const student = world.students[0]!;
  const started = Date.now();
  const { id: attemptId } = await startAttempt(student, world.assignment.id);
  const key = await rightSingleChoice(world.assignment.id);
  const answer = (choiceId: string, version: number) =>
    singleChoiceSave(attemptId, key.questionId, choiceId, version);
  return { ...world, student, attemptId, started, key, answer };
}

/** Moves the attempt's deadline into the past, as if the student had walked away. */
const expire = (attemptId: string, deadlineAt = new Date(Date.now() - 60_000)) =>
  db.attempt.update({ where: { id: attemptId }, data: { deadlineAt } });

describe("time limits", () => {
  it("sets the deadline from the limit, stretched by a student's time accommodation", async () => {
    const { attemptId, started } = await timedAttempt();
    const { deadlineAt } = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(deadlineAt!.getTime() - started).toBeGreaterThanOrEqual(10 * 60_000 - 1000);
    expect(deadlineAt!.getTime() - started).toBeLessThanOrEqual(10 * 60_000 + 5000);

    const world = await twoClassrooms(1, { timeLimitMinutes: 10 });
    const s = world.students[0]!;
    await db.accommodation.create({
      data: { assignmentId: world.assignment.id, studentId: s.id, timeFactor: 1.5 },
    });
    const t0 = Date.now();
    const { id } = await startAttempt(s, world.assignment.id);
    const extended = (await db.attempt.findUniqueOrThrow({ where: { id } })).deadlineAt!;
    expect(extended.getTime() - t0).toBeGreaterThanOrEqual(15 * 60_000 - 1000);
  });

  it("refuses saves after the deadline with a conflict, keeping what was saved before", async () => {
    const { student, attemptId, key, answer } = await timedAttempt();
    await saveAnswer(student, attemptId, answer(key.id, 1));
    await expire(attemptId);
    const other = await db.choice.findFirstOrThrow({ where: { questionId: key.questionId, correct: false } });
    const error = await expectRefusedWithoutWrites(
      () => saveAnswer(student, attemptId, answer(other.id, 2)),
      "conflict",
    );
    expect(error.message).toMatch(/time is up/i);
  });

  it("leaves an expired attempt in progress when the quiz is only read: reads never write", async () => {
    const { student, attemptId, key, answer, assignment } = await timedAttempt();
    await saveAnswer(student, attemptId, answer(key.id, 1));
    await expire(attemptId);

    const before = await databaseFingerprint();
    const quiz = await getQuizForStudentOrThrow(student, assignment.id);
    expect(await databaseFingerprint()).toEqual(before);
    expect(quiz.attempt?.id).toBe(attemptId);
    expect(quiz.submitted).toHaveLength(0);
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored).toMatchObject({ status: "in_progress", submittedAt: null, points: null });
  });

  it("expires only the viewer's own attempt, and one whose time is not up yet not at all", async () => {
    const { student, attemptId, assignment, outsider, teacher } = await timedAttempt();
    expect(await expireAttemptIfPastDeadline(student, assignment.id)).toBe(false);
    await expire(attemptId);
    expect(await expireAttemptIfPastDeadline(outsider, assignment.id)).toBe(false);
    await expectAppError(expireAttemptIfPastDeadline(teacher, assignment.id), "forbidden");
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("in_progress");
  });

  it("submits an expired attempt with what was saved when the quiz page is next loaded", async () => {
    const { student, attemptId, key, answer, assignment } = await timedAttempt();
    await saveAnswer(student, attemptId, answer(key.id, 1));
    const deadlineAt = new Date(Date.now() - 60_000);
    await expire(attemptId, deadlineAt);

    // What the quiz page does: the named mutation, then the read.
    expect(await expireAttemptIfPastDeadline(student, assignment.id)).toBe(true);
    const quiz = await getQuizForStudentOrThrow(student, assignment.id);
    expect(quiz.attempt).toBeNull();
    expect(quiz.submitted).toHaveLength(1);
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored).toMatchObject({ status: "submitted", points: 1, late: false });
    expect(stored.submittedAt!.getTime()).toBe(deadlineAt.getTime());
    expect(quiz.submitted[0]).toMatchObject({ id: attemptId, points: 1, status: "submitted" });
  });
  it("dates a submit that arrives after the time limit at the deadline, so it is not late when that was before the due time", async () => {
    const { student, attemptId, key, answer, assignment } = await timedAttempt();
    await saveAnswer(student, attemptId, answer(key.id, 1));
    const deadlineAt = new Date(Date.now() - 60_000);
    await expire(attemptId, deadlineAt);
    await db.assignment.update({
      where: { id: assignment.id },
      data: { dueAt: new Date(Date.now() - 30_000) },
    });

    await submitAttempt(student, attemptId);
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored).toMatchObject({ status: "submitted", points: 1, late: false });
    expect(stored.submittedAt!.getTime()).toBe(deadlineAt.getTime());
  });

  it("submits an expired attempt with what was saved even when no one opens a page (the sweep)", async () => {
    const { student, attemptId, key, answer } = await timedAttempt();
    await saveAnswer(student, attemptId, answer(key.id, 1));
    const running = await timedAttempt();
    await expire(attemptId);

    // Earlier tests in this file leave expired attempts of their own behind; the sweep takes those too.
    expect(await submitExpiredAttempts()).toBeGreaterThanOrEqual(1);
    const done = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(done.status).toBe("submitted");
    expect(done.submittedAt!.getTime()).toBe(done.deadlineAt!.getTime());
    expect(done.points).toBe(1);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: running.attemptId } })).status).toBe(
      "in_progress",
    );
    expect(await submitExpiredAttempts()).toBe(0);
  });

  it("submits each expired attempt once when two sweeps run at once, as on two app servers", async () => {
    // Earlier tests leave expired attempts behind: a first sweep takes those, so the count below is this test's.
    await submitExpiredAttempts();
    const timed = await Promise.all(Array.from({ length: 6 }, () => timedAttempt()));
    for (const [i, { student, attemptId, key, answer }] of timed.entries()) {
      if (i % 2 === 0) await saveAnswer(student, attemptId, answer(key.id, 1));
      await expire(attemptId);
    }

    const [first, second] = await Promise.all([submitExpiredAttempts(), submitExpiredAttempts()]);
    expect(first + second).toBe(timed.length);
    const done = await db.attempt.findMany({ where: { id: { in: timed.map((t) => t.attemptId) } } });
    for (const attempt of done) {
      expect(attempt.status).toBe("submitted");
      expect(attempt.submittedAt!.getTime()).toBe(attempt.deadlineAt!.getTime());
    }
    expect(done.map((a) => a.points).sort()).toEqual([0, 0, 0, 1, 1, 1]);
    expect(await submitExpiredAttempts()).toBe(0);
  });
});
