import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/mutations";
import { getAttemptReviewOrThrow } from "../../lib/attempts/queries";
import type { Viewer } from "../../lib/auth/viewer-types";
import { getClassSkills } from "../../lib/results/class-skills";
import { gradeResponse } from "../../lib/results/grade-response";
import { getResponsesToGrade } from "../../lib/results/grading-queries";
import { getAttemptForTeacher } from "../../lib/results/teacher-attempt";
import { expectAppError } from "../support/expect-app-error";
import { twoClassrooms } from "../support/scenario";

/** A student writes an open response and submits; the attempt waits for the teacher. */
async function submittedOpenResponse(student: Viewer, assignmentId: string) {
  const question = await db.question.findFirstOrThrow({
    where: { type: "open_response", assignmentQuestions: { some: { assignmentId } } },
    select: { id: true, points: true },
  });
  const { id } = await startAttempt(student, assignmentId);
  await saveAnswer(student, id, {
    questionId: question.id,
    answer: { type: "open_response", text: "The article says talks need leverage." },
    version: 1,
  });
  const submitted = await submitAttempt(student, id);
  const response = await db.response.findFirstOrThrow({
    where: { attemptId: id, questionId: question.id },
    select: { id: true },
  });
  return { attemptId: id, question, response, submitted };
}

describe("grading an open response", () => {
  it("leaves the answer out of the class's skill view while it waits, then counts its grade", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(1);
    const { question, response } = await submittedOpenResponse(students[0]!, assignment.id);
    const { skill } = await db.question.findUniqueOrThrow({ where: { id: question.id } });
    const sameSkill = await db.question.findMany({
      where: { assignmentQuestions: { some: { assignmentId: assignment.id } }, skill },
      select: { points: true },
    });
    const maxPoints = sameSkill.reduce((sum, q) => sum + q.points, 0);
    const skillRow = async () =>
      (await getClassSkills(teacher, cls.id)).skills.find((s) => s.skill === skill)!;

    // The student answered only the open response: the skill's other questions count 0 until it is graded.
    expect(await skillRow()).toMatchObject({
      answers: sameSkill.length - 1,
      percent: sameSkill.length === 1 ? null : 0,
    });
    await gradeResponse(teacher, { responseId: response.id, points: String(question.points), comment: "" });
    const graded = await skillRow();
    expect(graded.answers).toBe(sameSkill.length);
    expect(graded.percent).toBeCloseTo((100 * question.points) / maxPoints, 5);
  });

  it("stores points and comment, records the change and updates the attempt's score", async () => {
    const { teacher, students, assignment } = await twoClassrooms(1);
    const student = students[0]!;
    const { attemptId, question, response, submitted } = await submittedOpenResponse(student, assignment.id);
    expect(submitted.provisional).toBe(true);

    // The teacher's view of the attempt gives the score over the points graded so far, naming the pending ones.
    const waiting = await getAttemptForTeacher(teacher, attemptId);
    expect(waiting.gradedSoFar).toEqual({
      points: submitted.points,
      gradedMax: submitted.maxPoints! - question.points,
      pendingPoints: question.points,
      percent: Math.round((submitted.points! / (submitted.maxPoints! - question.points)) * 1000) / 10,
    });

    const toGrade = await getResponsesToGrade(teacher, assignment.id, { ungradedOnly: true });
    expect(toGrade.chosen?.id).toBe(question.id);
    expect(toGrade.responses.map((r) => r.id)).toEqual([response.id]);
    expect(toGrade.questions.find((q) => q.id === question.id)).toMatchObject({ ungraded: 1, total: 1 });

    const result = await gradeResponse(teacher, {
      responseId: response.id,
      points: String(question.points),
      comment: "Clear and supported.",
    });
    expect(result.score.provisional).toBe(false);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.points).toBeCloseTo(submitted.points! + question.points, 5);
    expect(attempt.provisional).toBe(false);
    expect(attempt.percent).toBe(result.score.percent);
    expect((await getAttemptForTeacher(teacher, attemptId)).gradedSoFar).toBeNull();
    const change = await db.gradeChange.findFirstOrThrow({ where: { responseId: response.id } });
    expect(change).toMatchObject({
      changedById: teacher.id,
      oldPoints: null,
      newPoints: question.points,
      comment: "Clear and supported.",
    });
    const review = await getAttemptReviewOrThrow(student, attemptId);
    expect(JSON.stringify(review)).toContain("Clear and supported.");
    expect((await getResponsesToGrade(teacher, assignment.id, { ungradedOnly: true })).responses).toEqual([]);
  });

  it("records an override of an automatic grade with the old and new points", async () => {
    const { teacher, students, assignment } = await twoClassrooms(1);
    const { attemptId } = await submittedOpenResponse(students[0]!, assignment.id);
    const auto = await db.response.create({
      data: {
        attemptId,
        questionId: (
          await db.assignmentQuestion.findFirstOrThrow({
            where: { assignmentId: assignment.id, question: { type: "single_choice" } },
          })
        ).questionId,
        answer: { type: "single_choice", choiceId: "x" },
        version: 1,
        points: 0,
        correct: false,
      },
    });
    await gradeResponse(teacher, { responseId: auto.id, points: 1, comment: "" });
    const change = await db.gradeChange.findFirstOrThrow({ where: { responseId: auto.id } });
    expect(change).toMatchObject({ oldPoints: 0, newPoints: 1, comment: null, changedById: teacher.id });
  });

  it("refuses bad points, unsubmitted attempts, other teachers and students, changing nothing", async () => {
    const { teacher, students, assignment, otherTeacher, outsider, otherAssignment } = await twoClassrooms(1);
    const { response } = await submittedOpenResponse(students[0]!, assignment.id);
    const before = await db.response.findUniqueOrThrow({ where: { id: response.id } });

    const tooMany = await expectAppError(
      gradeResponse(teacher, { responseId: response.id, points: 99 }),
      "invalid",
    );
    expect(tooMany.fieldErrors?.points?.[0]).toMatch(/at most/);
    await expectAppError(gradeResponse(teacher, { responseId: response.id, points: "lots" }), "invalid");
    await expectAppError(gradeResponse(teacher, { responseId: response.id, points: -1 }), "invalid");
    await expectAppError(gradeResponse(otherTeacher, { responseId: response.id, points: 1 }), "not_found");
    await expectAppError(gradeResponse(students[0]!, { responseId: response.id, points: 1 }), "forbidden");
    await expectAppError(gradeResponse(null, { responseId: response.id, points: 1 }), "unauthorized");
    await expectAppError(getResponsesToGrade(otherTeacher, assignment.id), "not_found");

    const open = await startAttempt(outsider, otherAssignment.id);
    const q = await db.assignmentQuestion.findFirstOrThrow({ where: { assignmentId: otherAssignment.id } });
    const draft = await db.response.create({
      data: {
        attemptId: open.id,
        questionId: q.questionId,
        answer: { type: "open_response", text: "x" },
        version: 1,
      },
    });
    await expectAppError(gradeResponse(otherTeacher, { responseId: draft.id, points: 0 }), "conflict");

    expect(await db.response.findUniqueOrThrow({ where: { id: response.id } })).toEqual(before);
    expect(await db.gradeChange.count({ where: { responseId: { in: [response.id, draft.id] } } })).toBe(0);
  });
});
