import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import type { Viewer } from "../../lib/auth/viewer-types";
import { getClassSkills } from "../../lib/results/class-skills";
import { getAttemptReviewOrThrow } from "../../lib/attempts/queries";
import { getMyProgress, getStudentReport } from "../../lib/results/student-report";
import { expectAppError } from "../support/expect-app-error";
import { recordSubmittedAttempt } from "../support/recorded-attempt";
import { days, twoClassrooms } from "../support/scenario";

/** Two questions of different skills in the assignment, with their points. */
async function twoSkills(assignmentId: string) {
  const questions = await db.question.findMany({
    where: { type: "single_choice", assignmentQuestions: { some: { assignmentId } } },
    select: {
      id: true,
      skill: true,
      points: true,
      choices: { where: { correct: true }, select: { id: true } },
    },
  });
  const first = questions[0]!;
  const second = questions.find((q) => q.skill !== first.skill)!;
  return [first, second] as const;
}

describe("student report, progress and class skills", () => {
  it("computes points per skill over counted attempts, blanks counting 0", async () => {
    const { teacher, cls, students, assignment } = await twoClassrooms(2);
    const [a, b] = students as [Viewer, Viewer];
    const [q1, q2] = await twoSkills(assignment.id);
    const right = (q: typeof q1) => ({
      questionId: q.id,
      answer: { type: "single_choice" as const, choiceId: q.choices[0]!.id },
      points: q.points,
      correct: true,
    });
    await recordSubmittedAttempt({
      assignmentId: assignment.id,
      studentId: a.id,
      percent: 80,
      responses: [right(q1), right(q2)],
    });
    await recordSubmittedAttempt({
      assignmentId: assignment.id,
      studentId: b.id,
      percent: 20,
      responses: [right(q1)],
    });

    const skillsOf = (s: { skills: { skill: string; percent: number | null }[] }, skill: string) =>
      s.skills.find((x) => x.skill === skill)!;
    const classSkills = await getClassSkills(teacher, cls.id);
    // q1's skill: both right. q2's skill: a right, b blank (0). Other questions of those skills were left blank.
    const sameSkill = await db.question.findMany({
      where: {
        assignmentQuestions: { some: { assignmentId: assignment.id } },
        skill: { in: [q1.skill, q2.skill] },
      },
      select: { skill: true, points: true },
    });
    const max = (skill: string) =>
      sameSkill.filter((q) => q.skill === skill).reduce((n, q) => n + q.points, 0);
    expect(skillsOf(classSkills, q1.skill).percent).toBeCloseTo(
      (100 * 2 * q1.points) / (2 * max(q1.skill)),
      5,
    );
    expect(skillsOf(classSkills, q2.skill).percent).toBeCloseTo((100 * q2.points) / (2 * max(q2.skill)), 5);

    const report = await getStudentReport(teacher, cls.id, b.id);
    expect(report.student.id).toBe(b.id);
    expect(report.attempts).toHaveLength(1);
    expect(report.attempts[0]).toMatchObject({ percent: 20, status: "submitted", number: 1 });
    expect(skillsOf(report, q2.skill).percent).toBe(0);
  });

  /** A submitted attempt at 55% whose one response answers `q` right. */
  const answeredRight = (
    assignmentId: string,
    studentId: string,
    q: { id: string; points: number; choices: { id: string }[] },
  ) =>
    recordSubmittedAttempt({
      assignmentId,
      studentId,
      percent: 55,
      responses: [
        {
          questionId: q.id,
          answer: { type: "single_choice", choiceId: q.choices[0]!.id },
          points: q.points,
          correct: true,
        },
      ],
    });

  it("shows a student their counted scores, and skills only from released assignments", async () => {
    const { students, assignment } = await twoClassrooms(1);
    const student = students[0]!;
    await db.assignment.update({
      where: { id: assignment.id },
      data: { releasePolicy: "after_due", dueAt: days(1) },
    });
    const [q1] = await twoSkills(assignment.id);
    await answeredRight(assignment.id, student.id, q1);
    const before = await getMyProgress(student);
    expect(before.scores.map((s) => s.percent)).toEqual([55]);
    expect(before.skills.every((s) => s.percent === null)).toBe(true);

    const after = await getMyProgress(student, days(2));
    expect(after.skills.find((s) => s.skill === q1.skill)!.percent).toBeGreaterThan(0);
  });

  it("keeps skills hidden while the student may still use the key, as the attempt review does", async () => {
    const { students, assignment } = await twoClassrooms(1);
    const student = students[0]!;
    await db.assignment.update({
      where: { id: assignment.id },
      data: { releasePolicy: "after_submit", attemptsAllowed: 2 },
    });
    const [q1] = await twoSkills(assignment.id);
    const { id: attemptId } = await answeredRight(assignment.id, student.id, q1);
    const skillOf = async () =>
      (await getMyProgress(student)).skills.find((s) => s.skill === q1.skill)!.percent;
    const review = await getAttemptReviewOrThrow(student, attemptId);
    expect(review.withheldFor).toBe("attempts_left");
    expect(await skillOf(), "a second attempt is still allowed").toBeNull();

    await db.assignment.update({ where: { id: assignment.id }, data: { closedAt: new Date() } });
    expect((await getAttemptReviewOrThrow(student, attemptId)).released).toBe(true);
    expect(await skillOf()).toBeGreaterThan(0);
  });

  it("is the class teacher's only, for students enrolled in that class", async () => {
    const { teacher, cls, students, otherTeacher, outsider } = await twoClassrooms(1);
    await expectAppError(getStudentReport(otherTeacher, cls.id, students[0]!.id), "not_found");
    await expectAppError(getStudentReport(teacher, cls.id, outsider.id), "not_found");
    await expectAppError(getStudentReport(teacher, cls.id, "not an id"), "not_found");
    await expectAppError(getStudentReport(students[0]!, cls.id, students[0]!.id), "forbidden");
    await expectAppError(getClassSkills(otherTeacher, cls.id), "not_found");
    await expectAppError(getClassSkills(students[0]!, cls.id), "forbidden");
    await expectAppError(getMyProgress(teacher), "forbidden");
    await expectAppError(getMyProgress(null), "unauthorized");
  });
});
