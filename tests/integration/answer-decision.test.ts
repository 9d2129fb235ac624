import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { sealAnswer } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { createAssignments } from "../../lib/assignments/mutations";
import { countOutdatedQuestions } from "../../lib/assignments/regrade";
import type { Viewer } from "../../lib/auth/viewer-types";
import { matchShortAnswer } from "../../lib/grading/short-answer/match";
import { decideAnswerForEveryone } from "../../lib/results/answer-decision";
import { getResponsesToGrade } from "../../lib/results/grading-queries";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { createPrivateLesson, days, twoClassrooms } from "../support/scenario";

// Wrong for any question of the shipped lessons: no accepted answer is about giraffes.
const WRONG = "purple giraffes";

/** The lesson's first short-answer question (the shipped content decides which one it is). */
async function firstShortAnswer(lessonId: string) {
  return db.question.findFirstOrThrow({
    where: { lessonId, type: "short_answer", retiredAt: null },
    orderBy: { position: "asc" },
  });
}

/** A student starts the assignment, answers the question with `text` and submits; returns the attempt id. */
async function submitShortAnswer(student: Viewer, assignmentId: string, questionId: string, text: string) {
  const { id } = await startAttempt(student, assignmentId);
  await saveAnswer(student, id, {
    questionId,
    answer: sealAnswer(id, { type: "short_answer", text }),
    version: 1,
  });
  await submitAttempt(student, id);
  return id;
}

const responseOf = (attemptId: string) =>
  db.response.findFirstOrThrow({ where: { attemptId }, include: { changes: true } });
const pointsOf = async (attemptId: string) =>
  (await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).points!;

/** An answer that holds an accepted one whole, so the grader accepts it as near. */
const nearAnswerTo = (q: { acceptedAnswers: string[]; rejectedAnswers: string[] }) => {
  const near = `${q.acceptedAnswers[0]} definitely`;
  expect(matchShortAnswer(near, q), "the test's near answer is near").toMatchObject({
    correct: true,
    near: true,
  });
  return near;
};

/** A teacher's own lesson assigned to two of their classes; three students in the first, one in the second. */
async function ownLessonWorld() {
  const teacher = await createTeacher();
  const lesson = await createPrivateLesson(teacher);
  const question = await firstShortAnswer(lesson.id);
  expect(matchShortAnswer(WRONG, question).correct).toBe(false);
  const [cls, otherCls] = [await createClassFor(teacher), await createClassFor(teacher, "Other")];
  const students = [await createStudent(cls.id), await createStudent(cls.id), await createStudent(cls.id)];
  const otherStudent = await createStudent(otherCls.id);
  const [assignment, untouched] = await createAssignments(teacher, {
    lessonId: lesson.id,
    classIds: [cls.id, otherCls.id],
    dueAt: days(1),
  });
  return {
    teacher,
    lesson,
    question,
    cls,
    students,
    otherStudent,
    assignment: assignment!,
    untouched: untouched!,
  };
}

describe("accepting a wrong short answer for everyone on the teacher's own lesson", () => {
  it("versions the question, regrades this assignment alone and records each change", async () => {
    const w = await ownLessonWorld();
    const q = w.question;
    const wrong1 = await submitShortAnswer(w.students[0]!, w.assignment.id, q.id, WRONG);
    const wrong2 = await submitShortAnswer(w.students[1]!, w.assignment.id, q.id, " Purple  giraffes!");
    const right = await submitShortAnswer(w.students[2]!, w.assignment.id, q.id, q.acceptedAnswers[0]!);
    const elsewhere = await submitShortAnswer(w.otherStudent, w.untouched.id, q.id, WRONG);
    const before = {
      wrong1: await pointsOf(wrong1),
      right: await pointsOf(right),
      elsewhere: await pointsOf(elsewhere),
    };

    const review = await getResponsesToGrade(w.teacher, w.assignment.id, { questionId: q.id });
    expect(review.ownLesson).toBe(true);
    expect(review.answerGroups).toEqual([{ kind: "wrong", normalized: WRONG, text: WRONG, students: 2 }]);

    const result = await decideAnswerForEveryone(w.teacher, {
      assignmentId: w.assignment.id,
      questionId: q.id,
      answer: WRONG,
      decision: "accept",
    });
    expect(result).toMatchObject({ recordedOn: "question", responsesRegraded: 2, gradeChanges: 2 });
    expect(result.questionId).not.toBe(q.id);

    const [old, now] = await Promise.all([
      db.question.findUniqueOrThrow({ where: { id: q.id } }),
      db.question.findUniqueOrThrow({ where: { id: result.questionId } }),
    ]);
    expect(old.acceptedAnswers, "the old version is intact").toEqual(q.acceptedAnswers);
    expect(old.retiredAt).not.toBeNull();
    expect(now).toMatchObject({
      originId: q.id,
      lessonId: w.lesson.id,
      position: q.position,
      prompt: q.prompt,
    });
    expect(now.acceptedAnswers).toEqual([...q.acceptedAnswers, WRONG]);

    for (const attemptId of [wrong1, wrong2]) {
      const response = await responseOf(attemptId);
      expect(response).toMatchObject({ questionId: now.id, points: q.points, correct: true, near: false });
      expect(response.changes).toEqual([
        expect.objectContaining({
          changedById: w.teacher.id,
          oldPoints: 0,
          newPoints: q.points,
          comment: `Accepted for everyone: ${WRONG}`,
        }),
      ]);
    }
    expect(await pointsOf(wrong1)).toBe(before.wrong1 + q.points);
    expect(await pointsOf(right)).toBe(before.right);
    expect((await responseOf(right)).changes).toEqual([]);

    // The other class's assignment did not regrade: it keeps the old version and its score.
    const kept = await db.assignmentQuestion.findMany({ where: { assignmentId: w.untouched.id } });
    expect(kept.map((k) => k.questionId)).toContain(q.id);
    expect(await pointsOf(elsewhere)).toBe(before.elsewhere);
    expect(await responseOf(elsewhere)).toMatchObject({ questionId: q.id, points: 0, changes: [] });
    expect(await countOutdatedQuestions(w.teacher, w.untouched.id)).toBe(1);

    // The grading page follows the question to its new version; nothing is left to decide on.
    const after = await getResponsesToGrade(w.teacher, w.assignment.id, { questionId: q.id });
    expect(after.chosen?.id).toBe(now.id);
    expect(after.answerGroups).toEqual([]);

    // A student who submits later is graded with the new version.
    const late = await createStudent(w.cls.id);
    const lateAttempt = await submitShortAnswer(late, w.assignment.id, now.id, WRONG);
    expect(await responseOf(lateAttempt)).toMatchObject({ points: q.points, correct: true });

    // Deciding the same again writes no version and changes nothing.
    const again = await decideAnswerForEveryone(w.teacher, {
      assignmentId: w.assignment.id,
      questionId: now.id,
      answer: WRONG,
      decision: "accept",
    });
    expect(again).toMatchObject({ questionId: now.id, responsesRegraded: 0, gradeChanges: 0 });
  });

  it("rejects a near answer for everyone: it joins the question's wrong answers and its points go", async () => {
    const w = await ownLessonWorld();
    const q = w.question;
    const near = nearAnswerTo(q);
    const attempt = await submitShortAnswer(w.students[0]!, w.assignment.id, q.id, near);
    expect(await responseOf(attempt)).toMatchObject({ correct: true, near: true, points: q.points });
    const review = await getResponsesToGrade(w.teacher, w.assignment.id, { questionId: q.id });
    expect(review.answerGroups).toEqual([expect.objectContaining({ kind: "near", text: near, students: 1 })]);
    const before = await pointsOf(attempt);

    const result = await decideAnswerForEveryone(w.teacher, {
      assignmentId: w.assignment.id,
      questionId: q.id,
      answer: near,
      decision: "reject",
    });
    expect(result).toMatchObject({ recordedOn: "question", responsesRegraded: 1, gradeChanges: 1 });
    const now = await db.question.findUniqueOrThrow({ where: { id: result.questionId } });
    expect(now.rejectedAnswers).toEqual([...q.rejectedAnswers, near]);
    expect(now.acceptedAnswers).toEqual(q.acceptedAnswers);
    const response = await responseOf(attempt);
    expect(response).toMatchObject({ points: 0, correct: false, near: false });
    expect(response.changes[0]).toMatchObject({
      oldPoints: q.points,
      newPoints: 0,
      comment: `Rejected for everyone: ${near}`,
    });
    expect(await pointsOf(attempt)).toBe(before - q.points);
  });

  it("refuses a question edited since the assignment was made, until the assignment is regraded", async () => {
    const w = await ownLessonWorld();
    await submitShortAnswer(w.students[0]!, w.assignment.id, w.question.id, WRONG);
    await decideAnswerForEveryone(w.teacher, {
      assignmentId: w.untouched.id,
      questionId: w.question.id,
      answer: "zebras",
      decision: "accept",
    });
    // The other assignment's decision retired the version this one still uses.
    await expectAppError(
      decideAnswerForEveryone(w.teacher, {
        assignmentId: w.assignment.id,
        questionId: w.question.id,
        answer: WRONG,
        decision: "accept",
      }),
      "conflict",
      { message: expect.stringMatching(/Regrade the assignment/) },
    );
    expect(
      await db.gradeChange.count({ where: { response: { attempt: { assignmentId: w.assignment.id } } } }),
    ).toBe(0);
  });
});

describe("deciding on a shared lesson's short answer", () => {
  it("records a rule on this assignment only, which regrades it and grades later submits", async () => {
    const w = await twoClassrooms(2);
    const q = await firstShortAnswer(w.lesson.id);
    const mine = await submitShortAnswer(w.students[0]!, w.assignment.id, q.id, WRONG);
    const theirs = await submitShortAnswer(w.outsider, w.otherAssignment.id, q.id, WRONG);
    const before = { mine: await pointsOf(mine), theirs: await pointsOf(theirs) };

    const result = await decideAnswerForEveryone(w.teacher, {
      assignmentId: w.assignment.id,
      questionId: q.id,
      answer: WRONG,
      decision: "accept",
    });
    expect(result).toMatchObject({
      recordedOn: "assignment",
      questionId: q.id,
      responsesRegraded: 1,
      gradeChanges: 1,
    });
    expect(await db.assignmentAnswerRule.findMany({ where: { questionId: q.id } })).toEqual([
      expect.objectContaining({
        assignmentId: w.assignment.id,
        answer: WRONG,
        accepted: true,
        createdById: w.teacher.id,
      }),
    ]);
    // The shared question itself is untouched.
    expect(await db.question.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({
      acceptedAnswers: q.acceptedAnswers,
      retiredAt: null,
    });
    expect(await pointsOf(mine)).toBe(before.mine + q.points);
    expect((await responseOf(mine)).changes).toEqual([
      expect.objectContaining({
        oldPoints: 0,
        newPoints: q.points,
        comment: `Accepted for everyone: ${WRONG}`,
      }),
    ]);
    expect(await pointsOf(theirs)).toBe(before.theirs);
    expect(await responseOf(theirs)).toMatchObject({ points: 0, changes: [] });

    // Submitting applies the rule in this assignment (any spelling of it) and nowhere else.
    const later = await submitShortAnswer(w.students[1]!, w.assignment.id, q.id, "PURPLE giraffes.");
    expect(await responseOf(later)).toMatchObject({ points: q.points, correct: true, near: false });
    const otherLater = await createStudent(w.otherClass.id);
    const outside = await submitShortAnswer(otherLater, w.otherAssignment.id, q.id, WRONG);
    expect(await responseOf(outside)).toMatchObject({ points: 0, correct: false });
  });

  it("rejects a near answer on this assignment, and a later accept takes it back", async () => {
    const w = await twoClassrooms(1);
    const q = await firstShortAnswer(w.lesson.id);
    const near = nearAnswerTo(q);
    const attempt = await submitShortAnswer(w.students[0]!, w.assignment.id, q.id, near);
    const before = await pointsOf(attempt);
    const decide = (decision: "accept" | "reject") =>
      decideAnswerForEveryone(w.teacher, {
        assignmentId: w.assignment.id,
        questionId: q.id,
        answer: near,
        decision,
      });

    expect(await decide("reject")).toMatchObject({
      recordedOn: "assignment",
      responsesRegraded: 1,
      gradeChanges: 1,
    });
    expect(await responseOf(attempt)).toMatchObject({ points: 0, correct: false, near: false });
    expect(await pointsOf(attempt)).toBe(before - q.points);
    const review = await getResponsesToGrade(w.teacher, w.assignment.id, { questionId: q.id });
    expect(review.ownLesson).toBe(false);
    expect(review.answerGroups).toEqual([expect.objectContaining({ kind: "wrong", text: near })]);

    expect(await decide("accept")).toMatchObject({ responsesRegraded: 1, gradeChanges: 1 });
    expect(await db.assignmentAnswerRule.findMany({ where: { assignmentId: w.assignment.id } })).toEqual([
      expect.objectContaining({ accepted: true }),
    ]);
    const response = await responseOf(attempt);
    expect(response).toMatchObject({ points: q.points, correct: true, near: false });
    expect(response.changes.map((c) => c.comment).sort()).toEqual([
      `Accepted for everyone: ${near}`,
      `Rejected for everyone: ${near}`,
    ]);
    expect(await pointsOf(attempt)).toBe(before);
  });
});

describe("who may decide, and on what", () => {
  it("answers not found to another teacher and refuses students, anonymous callers and bad input", async () => {
    const w = await twoClassrooms(1);
    const q = await firstShortAnswer(w.lesson.id);
    const attempt = await submitShortAnswer(w.students[0]!, w.assignment.id, q.id, WRONG);
    const input = { assignmentId: w.assignment.id, questionId: q.id, answer: WRONG, decision: "accept" };

    await expectAppError(decideAnswerForEveryone(w.otherTeacher, input), "not_found");
    await expectAppError(decideAnswerForEveryone(w.students[0]!, input), "forbidden");
    await expectAppError(decideAnswerForEveryone(null, input), "unauthorized");
    await expectAppError(decideAnswerForEveryone(w.teacher, { ...input, decision: "maybe" }), "invalid", {
      fieldErrors: { decision: [expect.stringMatching(/accept or reject/)] },
    });
    await expectAppError(decideAnswerForEveryone(w.teacher, { ...input, answer: "   " }), "invalid", {
      fieldErrors: { answer: [expect.any(String)] },
    });
    await expectAppError(decideAnswerForEveryone(w.teacher, { ...input, answer: "?!" }), "invalid", {
      message: "This answer has no letters or digits to match.",
    });
    await expectAppError(decideAnswerForEveryone(w.teacher, { ...input, questionId: "nope" }), "not_found");
    // A question of another assignment, and a question that is not a short answer.
    const otherLesson = await createPrivateLesson(w.otherTeacher);
    const foreign = await firstShortAnswer(otherLesson.id);
    await expectAppError(
      decideAnswerForEveryone(w.teacher, { ...input, questionId: foreign.id }),
      "not_found",
    );
    const choice = await db.question.findFirstOrThrow({
      where: { lessonId: w.lesson.id, type: "single_choice" },
    });
    await expectAppError(decideAnswerForEveryone(w.teacher, { ...input, questionId: choice.id }), "invalid");

    expect(await db.assignmentAnswerRule.count({ where: { assignmentId: w.assignment.id } })).toBe(0);
    expect(await responseOf(attempt)).toMatchObject({ points: 0, changes: [] });
  });
});
