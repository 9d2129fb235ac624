import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { Skill } from "../../lib/generated/prisma/enums";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { twoClassrooms } from "../support/scenario";
import { rightSingleChoice, singleChoiceSave } from "../support/single-choice";

async function attemptWithOneRightAnswer() {
  const world = await twoClassrooms(2);
  const student = world.students[0]!;
  const { id: attemptId } = await startAttempt(student, world.assignment.id);
  const key = await rightSingleChoice(world.assignment.id);
  await saveAnswer(student, attemptId, singleChoiceSave(attemptId, key.questionId, key.id, 1));
  return { ...world, student, attemptId };
}

describe("submitAttempt", () => {
  it("grades once when 20 submits race: every caller gets the same score", async () => {
    const { student, attemptId, assignment } = await attemptWithOneRightAnswer();
    const { dueAt } = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    // Half the callers submit before the due time, half after: two gradings would disagree on `late`.
    const nows = Array.from({ length: 20 }, (_, i) => new Date(dueAt.getTime() + (i - 10) * 1000 + 500));
    const results = await Promise.all(nows.map((now) => submitAttempt(student, attemptId, now)));

    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored.status).toBe("submitted");
    expect(nows.map((n) => n.getTime())).toContain(stored.submittedAt!.getTime());
    expect(stored.late).toBe(stored.submittedAt! > dueAt);
    for (const result of results) {
      expect(result).toEqual({
        id: attemptId,
        points: 1,
        maxPoints: stored.maxPoints,
        percent: stored.percent,
        provisional: stored.provisional,
        late: stored.late,
      });
    }
    const graded = await db.response.findMany({ where: { attemptId } });
    expect(graded).toMatchObject([{ points: 1, correct: true }]);
    // The point is stored under its question's skill (one element per skill, in the enum's order) for skill views.
    const { skill } = await db.question.findUniqueOrThrow({ where: { id: graded[0]!.questionId } });
    expect(stored.skillPoints).toEqual(Object.values(Skill).map((s) => (s === skill ? 1 : 0)));
  });

  it("returns the stored result on a later submit without grading again", async () => {
    const { student, attemptId } = await attemptWithOneRightAnswer();
    const first = await submitAttempt(student, attemptId);
    const before = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    const again = await submitAttempt(student, attemptId, new Date(Date.now() + 10 * 86_400_000));
    expect(again).toEqual(first);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toEqual(before);
  });

  it("scores an attempt with no answers as zero", async () => {
    const { students, assignment } = await twoClassrooms(1);
    const { id } = await startAttempt(students[0]!, assignment.id);
    const result = await submitAttempt(students[0]!, id);
    expect(result).toMatchObject({ points: 0, percent: 0, late: false });
    expect(result.maxPoints).toBeGreaterThan(0);
  });

  it("answers not_found for another student's attempt (same class or another), changing nothing", async () => {
    const { students, outsider, attemptId } = await attemptWithOneRightAnswer();
    await expectRefusedWithoutWrites(() => submitAttempt(students[1]!, attemptId), "not_found");
    await expectRefusedWithoutWrites(() => submitAttempt(outsider, attemptId), "not_found");
    await expectRefusedWithoutWrites(
      () => submitAttempt(outsider, "cmissingattempt00000000000"),
      "not_found",
    );
  });

  it("refuses teachers (forbidden) and anonymous callers (unauthorized), changing nothing", async () => {
    const { teacher, otherTeacher, attemptId } = await attemptWithOneRightAnswer();
    await expectRefusedWithoutWrites(() => submitAttempt(teacher, attemptId), "forbidden");
    await expectRefusedWithoutWrites(() => submitAttempt(otherTeacher, attemptId), "forbidden");
    await expectRefusedWithoutWrites(() => submitAttempt(null, attemptId), "unauthorized");
  });
});
