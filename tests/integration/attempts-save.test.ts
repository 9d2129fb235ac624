import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { getQuizForStudentOrThrow } from "../../lib/attempts/queries";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { expectRefusedWithoutWrites } from "../support/db-state";
import { createPrivateLesson, twoClassrooms } from "../support/scenario";

/** A class whose first student has an open attempt, plus two single-choice choices of its first question. */
async function openAttempt(size = 2) {
  const world = await twoClassrooms(size);
  const student = world.students[0]!;
  const { id: attemptId } = await startAttempt(student, world.assignment.id);
  const first = await db.assignmentQuestion.findFirstOrThrow({
    where: { assignmentId: world.assignment.id, question: { type: "single_choice" } },
    orderBy: { position: "asc" },
    select: { question: { select: { id: true, choices: { orderBy: { position: "asc" } } } } },
  });
  const q = first.question;
  const pick = (i: number, version: number) => ({
    questionId: q.id,
    answer: { type: "single_choice", choiceId: sealChoiceId(attemptId, q.choices[i]!.id) },
    version,
  });
  // What the database holds for pick(i): the stored choice id, not the sealed one the student sent.
  const stored = (i: number) => ({ type: "single_choice", choiceId: q.choices[i]!.id });
  return { ...world, student, attemptId, question: q, pick, stored };
}

const storedResponses = (attemptId: string) =>
  db.response.findMany({ where: { attemptId }, select: { questionId: true, answer: true, version: true } });

describe("saveAnswer", () => {
  it("stores the answer with its version and flag", async () => {
    const { student, attemptId, question, pick, stored } = await openAttempt();
    expect(await saveAnswer(student, attemptId, { ...pick(1, 1), flagged: true })).toEqual({
      saved: true,
      version: 1,
    });
    const row = await db.response.findFirstOrThrow({ where: { attemptId } });
    expect(row).toMatchObject({ questionId: question.id, version: 1, flagged: true, points: null });
    expect(row.answer).toEqual(stored(1));
  });

  it("keeps a flag on an unanswered question (saved with a blank answer), which grades as no answer", async () => {
    const { student, attemptId, assignment, question } = await openAttempt();
    const flagOnly = {
      questionId: question.id,
      answer: { type: "single_choice", choiceId: null },
      version: 1,
      flagged: true,
    };
    expect(await saveAnswer(student, attemptId, flagOnly)).toEqual({ saved: true, version: 1 });
    const quiz = await getQuizForStudentOrThrow(student, assignment.id);
    expect(quiz.attempt!.answers).toEqual([{ ...flagOnly }]);
    await submitAttempt(student, attemptId);
    const graded = await db.response.findFirstOrThrow({ where: { attemptId } });
    expect(graded).toMatchObject({ points: 0, correct: false, flagged: true });
  });

  it("replaces a stored answer with a newer version", async () => {
    const { student, attemptId, pick, stored } = await openAttempt();
    await saveAnswer(student, attemptId, pick(0, 1));
    expect(await saveAnswer(student, attemptId, pick(2, 2))).toEqual({ saved: true, version: 2 });
    expect(await storedResponses(attemptId)).toMatchObject([{ version: 2, answer: stored(2) }]);
  });

  it("never lets an older version overwrite a newer one (v2 then v1 keeps v2)", async () => {
    const { student, attemptId, pick, stored } = await openAttempt();
    await saveAnswer(student, attemptId, pick(2, 2));
    expect(await saveAnswer(student, attemptId, pick(0, 1))).toEqual({ saved: false, version: 2 });
    expect(await storedResponses(attemptId)).toMatchObject([{ version: 2, answer: stored(2) }]);
  });

  it("refuses an answer whose type does not match the question as invalid, writing nothing", async () => {
    const { student, attemptId, question } = await openAttempt();
    const wrongType = {
      questionId: question.id,
      answer: { type: "short_answer", text: "Putin" },
      version: 1,
    };
    await expectRefusedWithoutWrites(() => saveAnswer(student, attemptId, wrongType), "invalid");
  });

  it("refuses a mismatched answer type as invalid even when an answer is already stored", async () => {
    const { student, attemptId, question, pick } = await openAttempt();
    await saveAnswer(student, attemptId, pick(0, 1));
    const wrongType = {
      questionId: question.id,
      answer: { type: "short_answer", text: "Putin" },
      version: 2,
    };
    await expectRefusedWithoutWrites(() => saveAnswer(student, attemptId, wrongType), "invalid");
  });

  it("refuses malformed input as invalid, writing nothing", async () => {
    const { student, attemptId, pick } = await openAttempt();
    for (const input of [{ ...pick(0, 1), version: 0 }, { ...pick(0, 1), answer: { type: "essay" } }, null]) {
      await expectRefusedWithoutWrites(() => saveAnswer(student, attemptId, input), "invalid");
    }
  });

  it("refuses text PostgreSQL cannot store (a NUL character) as invalid, writing nothing", async () => {
    const { student, attemptId, assignment } = await openAttempt();
    const short = await db.assignmentQuestion.findFirstOrThrow({
      where: { assignmentId: assignment.id, question: { type: "short_answer" } },
      select: { questionId: true },
    });
    const input = {
      questionId: short.questionId,
      answer: { type: "short_answer", text: "Pu\u0000tin" },
      version: 1,
    };
    await expectRefusedWithoutWrites(() => saveAnswer(student, attemptId, input), "invalid");
    const badId = { ...input, questionId: "q\u0000", answer: { type: "short_answer", text: "Putin" } };
    await expectRefusedWithoutWrites(() => saveAnswer(student, attemptId, badId), "invalid");
    // Half of an emoji: PostgreSQL refuses it in jsonb, so it must be refused before, not answered with a 500.
    const halfEmoji = { ...input, answer: { type: "short_answer", text: "Putin \uD83D" } };
    await expectRefusedWithoutWrites(() => saveAnswer(student, attemptId, halfEmoji), "invalid");
  });

  it("answers not_found for a question that is not in the assignment, writing nothing", async () => {
    const { student, attemptId, teacher } = await openAttempt();
    const elsewhere = await createPrivateLesson(teacher, "draft");
    const foreign = await db.question.findFirstOrThrow({
      where: { lessonId: elsewhere.id, type: "single_choice" },
      include: { choices: true },
    });
    const input = {
      questionId: foreign.id,
      answer: { type: "single_choice", choiceId: sealChoiceId(attemptId, foreign.choices[0]!.id) },
      version: 1,
    };
    await expectRefusedWithoutWrites(() => saveAnswer(student, attemptId, input), "not_found");
    const missing = { ...input, questionId: "cmissingquestion0000000000" };
    await expectRefusedWithoutWrites(() => saveAnswer(student, attemptId, missing), "not_found");
  });

  it("answers not_found for another student's attempt, in the same class or another", async () => {
    const { students, outsider, attemptId, pick, student } = await openAttempt(2);
    await saveAnswer(student, attemptId, pick(0, 1));
    for (const intruder of [students[1]!, outsider]) {
      await expectRefusedWithoutWrites(() => saveAnswer(intruder, attemptId, pick(1, 5)), "not_found");
    }
    await expectRefusedWithoutWrites(
      () => saveAnswer(student, "cmissingattempt00000000000", pick(1, 5)),
      "not_found",
    );
  });

  it("refuses teachers (forbidden) and anonymous callers (unauthorized), writing nothing", async () => {
    const { teacher, otherTeacher, attemptId, pick } = await openAttempt();
    await expectRefusedWithoutWrites(() => saveAnswer(teacher, attemptId, pick(0, 1)), "forbidden");
    await expectRefusedWithoutWrites(() => saveAnswer(otherTeacher, attemptId, pick(0, 1)), "forbidden");
    await expectRefusedWithoutWrites(() => saveAnswer(null, attemptId, pick(0, 1)), "unauthorized");
  });

  it("refuses saves after submission with a conflict saying it was already submitted", async () => {
    const { student, attemptId, pick, stored } = await openAttempt();
    await saveAnswer(student, attemptId, pick(0, 1));
    await submitAttempt(student, attemptId);
    const error = await expectRefusedWithoutWrites(
      () => saveAnswer(student, attemptId, pick(1, 9)),
      "conflict",
    );
    expect(error.message).toMatch(/already submitted/i);
    expect(await storedResponses(attemptId)).toMatchObject([{ version: 1, answer: stored(0) }]);
  });
});
