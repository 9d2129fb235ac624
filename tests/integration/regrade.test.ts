import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { createAssignments } from "../../lib/assignments/mutations";
import { gradeResponse } from "../../lib/results/grade-response";
import { countOutdatedQuestions, REGRADE_COMMENT, regradeAssignment } from "../../lib/assignments/regrade";
import { deleteQuestion, saveQuestion } from "../../lib/content/question-mutations";
import { createClassFor, createStudent, createTeacher } from "../support/factories";
import { expectAppError } from "../support/expect-app-error";
import { singleChoiceInput } from "../support/editor-input";
import { createPrivateLesson, days } from "../support/scenario";

/**
 * A lesson whose first question is a known single choice (right answer "Trump's approach"), assigned to a
 * class; one student submitted picking that answer, another still has an attempt open with the same pick.
 */
async function gradedWorld() {
  const teacher = await createTeacher();
  const lesson = await createPrivateLesson(teacher);
  const [firstId] = (
    await db.question.findMany({ where: { lessonId: lesson.id }, orderBy: { position: "asc" } })
  ).map((q) => q.id);
  await saveQuestion(teacher, lesson.id, firstId, await singleChoiceInput(lesson.id, 0));
  const cls = await createClassFor(teacher);
  const [submitter, writer] = [await createStudent(cls.id), await createStudent(cls.id)];
  const [assignment] = await createAssignments(teacher, {
    lessonId: lesson.id,
    classIds: [cls.id],
    dueAt: days(1),
  });
  const choices = await db.choice.findMany({ where: { questionId: firstId }, orderBy: { position: "asc" } });
  // The same choice, as each student's attempt shows it.
  const pick = (attemptId: string) => ({
    questionId: firstId!,
    answer: { type: "single_choice", choiceId: sealChoiceId(attemptId, choices[0]!.id) },
    version: 1,
  });
  const submitted = await startAttempt(submitter, assignment!.id);
  await saveAnswer(submitter, submitted.id, pick(submitted.id));
  const before = await submitAttempt(submitter, submitted.id);
  const open = await startAttempt(writer, assignment!.id);
  await saveAnswer(writer, open.id, pick(open.id));
  return {
    teacher,
    lesson,
    firstId: firstId!,
    assignment: assignment!,
    submitted,
    before,
    open,
    writer,
    pick,
  };
}

describe("editing an assigned question never changes a submitted score", () => {
  it("keeps the attempt's points and the assignment's question version until a regrade", async () => {
    const w = await gradedWorld();
    expect(w.before.points).toBe(2);
    const fixed = await saveQuestion(
      w.teacher,
      w.lesson.id,
      w.firstId,
      await singleChoiceInput(w.lesson.id, 1),
    );
    expect(fixed.id).not.toBe(w.firstId);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: w.submitted.id } });
    expect({ points: attempt.points, percent: attempt.percent }).toEqual({
      points: w.before.points,
      percent: w.before.percent,
    });
    const pointed = await db.assignmentQuestion.findMany({ where: { assignmentId: w.assignment.id } });
    expect(pointed.map((p) => p.questionId)).toContain(w.firstId);
    expect(await countOutdatedQuestions(w.teacher, w.assignment.id)).toBe(1);
    expect(await db.gradeChange.count({ where: { response: { attemptId: w.submitted.id } } })).toBe(0);
  });
});

describe("regradeAssignment", () => {
  it("re-points the assignment, regrades submitted answers, rescores and records each change", async () => {
    const w = await gradedWorld();
    const fixed = await saveQuestion(
      w.teacher,
      w.lesson.id,
      w.firstId,
      await singleChoiceInput(w.lesson.id, 1),
    );
    const result = await regradeAssignment(w.teacher, w.assignment.id);
    expect(result).toEqual({ questionsUpdated: 1, responsesRegraded: 1, gradeChanges: 1 });

    const aq = await db.assignmentQuestion.findMany({ where: { assignmentId: w.assignment.id } });
    expect(aq.map((q) => q.questionId)).toContain(fixed.id);
    expect(aq.map((q) => q.questionId)).not.toContain(w.firstId);

    const response = await db.response.findFirstOrThrow({
      where: { attemptId: w.submitted.id, questionId: fixed.id },
      include: { changes: true },
    });
    const newChoices = await db.choice.findMany({
      where: { questionId: fixed.id },
      orderBy: { position: "asc" },
    });
    expect(response.answer).toEqual({ type: "single_choice", choiceId: newChoices[0]!.id });
    expect({ points: response.points, correct: response.correct }).toEqual({ points: 0, correct: false });
    expect(response.changes).toHaveLength(1);
    expect(response.changes[0]).toMatchObject({
      changedById: w.teacher.id,
      oldPoints: 2,
      newPoints: 0,
      comment: REGRADE_COMMENT,
    });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: w.submitted.id } });
    expect(attempt.points).toBe(w.before.points - 2);
    expect(attempt.maxPoints).toBe(w.before.maxPoints);
    // The stored points per skill follow the regrade: they still add up to the attempt's points.
    expect(attempt.skillPoints.reduce((sum, p) => sum + p, 0)).toBeCloseTo(attempt.points!, 5);

    // The open attempt's saved answer follows the new version, ungraded until its student submits.
    const open = await db.response.findFirstOrThrow({ where: { attemptId: w.open.id } });
    expect(open).toMatchObject({
      questionId: fixed.id,
      answer: { choiceId: newChoices[0]!.id },
      points: null,
    });
    // A tab still showing the old version saves to it: refused with a message to reload, not "not found".
    await expectAppError(saveAnswer(w.writer, w.open.id, { ...w.pick(w.open.id), version: 2 }), "conflict", {
      message: expect.stringMatching(/Reload the page/),
    });
    expect(await countOutdatedQuestions(w.teacher, w.assignment.id)).toBe(0);
    expect(await regradeAssignment(w.teacher, w.assignment.id)).toEqual({
      questionsUpdated: 0,
      responsesRegraded: 0,
      gradeChanges: 0,
    });
  });

  it("keeps a teacher's grade of an open response, capped at the question's new points", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const open = await db.question.findFirstOrThrow({
      where: { lessonId: lesson.id, type: "open_response" },
    });
    const cls = await createClassFor(teacher);
    const student = await createStudent(cls.id);
    const [assignment] = await createAssignments(teacher, {
      lessonId: lesson.id,
      classIds: [cls.id],
      dueAt: days(1),
    });
    const attempt = await startAttempt(student, assignment!.id);
    const answer = { type: "open_response", text: "Both sides want a deal, the article says." };
    await saveAnswer(student, attempt.id, { questionId: open.id, answer, version: 1 });
    await submitAttempt(student, attempt.id);
    const response = await db.response.findFirstOrThrow({
      where: { attemptId: attempt.id, questionId: open.id },
    });
    await gradeResponse(teacher, { responseId: response.id, points: open.points, comment: "" });

    const fewer = Math.max(1, open.points - 2);
    await saveQuestion(teacher, lesson.id, open.id, {
      ...(await singleChoiceInput(lesson.id)),
      type: "open_response",
      prompt: open.prompt,
      points: fewer,
      choices: [],
      rubric: `${fewer}: states the view with evidence. 0: off topic.`,
    });
    await regradeAssignment(teacher, assignment!.id);

    const kept = await db.response.findFirstOrThrow({
      where: { attemptId: attempt.id, question: { type: "open_response" } },
    });
    expect(kept.points).toBe(fewer);
    const scored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(scored.percent).not.toBeNull();
    expect(scored.percent!).toBeLessThanOrEqual(100);
    expect(scored.points!).toBeLessThanOrEqual(scored.maxPoints!);
  });

  it("keeps a deleted question's version in the assignment", async () => {
    const w = await gradedWorld();
    await deleteQuestion(w.teacher, w.lesson.id, w.firstId);
    expect(await regradeAssignment(w.teacher, w.assignment.id)).toMatchObject({ questionsUpdated: 0 });
    const aq = await db.assignmentQuestion.findMany({ where: { assignmentId: w.assignment.id } });
    expect(aq.map((q) => q.questionId)).toContain(w.firstId);
  });

  it("answers not_found to another teacher and refuses students", async () => {
    const w = await gradedWorld();
    await expectAppError(regradeAssignment(await createTeacher(), w.assignment.id), "not_found");
    await expectAppError(regradeAssignment(await createStudent(), w.assignment.id), "forbidden");
    await expectAppError(countOutdatedQuestions(await createTeacher(), w.assignment.id), "not_found");
  });
});
