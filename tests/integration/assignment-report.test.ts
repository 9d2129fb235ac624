import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import type { Viewer } from "../../lib/auth/viewer-types";
import { saveAnswer, startAttempt } from "../../lib/attempts/mutations";
import { getAssignmentReport } from "../../lib/results/assignment-report";
import { exportItemAnalysis } from "../../lib/results/item-analysis-export";
import { getLiveProgress } from "../../lib/results/live-progress";
import { expectAppError } from "../support/expect-app-error";
import { recordSubmittedAttempt } from "../support/recorded-attempt";
import { days, twoClassrooms } from "../support/scenario";

async function firstQuestionOfType(assignmentId: string, type: "single_choice" | "multiple_select") {
  return db.question.findFirstOrThrow({
    where: { type, assignmentQuestions: { some: { assignmentId } } },
    select: { id: true, choices: { orderBy: { position: "asc" }, select: { id: true, correct: true } } },
  });
}

describe("getAssignmentReport", () => {
  it("matches hand-computed completion, distribution and item statistics", async () => {
    const { teacher, students, assignment } = await twoClassrooms(6);
    const q = await firstQuestionOfType(assignment.id, "single_choice");
    const right = q.choices.find((c) => c.correct)!;
    const wrong = q.choices.find((c) => !c.correct)!;
    // Totals 90, 80 (right) and 60, 50 (wrong): mean 70, population sd √250, M1 − M0 = 30, p = q = 0.5,
    // so the point-biserial r = 30 / √250 · 0.5 = 0.94868…
    const plan = [
      { percent: 90, choice: right, minutes: 10 },
      { percent: 80, choice: right, minutes: 20 },
      { percent: 60, choice: wrong, minutes: 30 },
      { percent: 50, choice: wrong, minutes: 40 },
    ];
    for (const [i, p] of plan.entries()) {
      await recordSubmittedAttempt({
        assignmentId: assignment.id,
        studentId: students[i]!.id,
        percent: p.percent,
        minutes: p.minutes,
        responses: [
          {
            questionId: q.id,
            answer: { type: "single_choice", choiceId: p.choice.id },
            points: p.choice.correct ? 1 : 0,
            correct: p.choice.correct,
          },
        ],
      });
    }
    await db.attempt.create({
      data: { assignmentId: assignment.id, studentId: students[4]!.id, number: 1 },
    });

    const report = await getAssignmentReport(teacher, assignment.id);
    expect(report.completion).toMatchObject({
      enrolled: 6,
      started: 5,
      submitted: 4,
      inProgress: 1,
      notStarted: 1,
      missing: 0,
      needsGrading: 0,
    });
    expect(report.completion.medianMinutes).toBeCloseTo(25, 5);
    expect(report.scores.mean).toBe(70);
    expect(report.scores.median).toBe(70);
    expect(report.scores.distribution.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 1, 1]);

    const item = report.questions.find((x) => x.id === q.id)!;
    expect(item.students).toBe(4);
    expect(item.percentCorrect).toBe(50);
    expect(item.discrimination).toBeCloseTo(15 / Math.sqrt(250), 10);
    // Each answer was saved at submission, 10, 20, 30 and 40 minutes after its attempt started: median 25 min.
    expect(item.medianSeconds).toBeCloseTo(25 * 60, -1);
    expect(item.choices.find((c) => c.id === right.id)!.picks).toBe(2);
    expect(item.choices.find((c) => c.id === wrong.id)!.picks).toBe(2);
    expect(item.topWrongChoice?.id).toBe(wrong.id);
    // Every other question was left blank by everyone: 0% right, so they come first, this one after them.
    const percents = report.questions.map((x) => x.percentCorrect ?? x.meanPercent);
    expect(report.questions.findIndex((x) => x.id === q.id)).toBeGreaterThan(0);
    expect(percents).toEqual([...percents].sort((a, b) => (a ?? 101) - (b ?? 101)));
  });

  it("counts multiple-select picks per choice and the missing after the due time", async () => {
    const { teacher, students, assignment } = await twoClassrooms(3);
    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: days(-1) } });
    const q = await firstQuestionOfType(assignment.id, "multiple_select");
    const [c1, c2] = q.choices;
    for (const [i, ids] of [[c1!.id, c2!.id], [c1!.id]].entries()) {
      await recordSubmittedAttempt({
        assignmentId: assignment.id,
        studentId: students[i]!.id,
        percent: 40,
        responses: [
          {
            questionId: q.id,
            answer: { type: "multiple_select", choiceIds: ids },
            points: 0,
            correct: false,
          },
        ],
      });
    }
    const report = await getAssignmentReport(teacher, assignment.id);
    expect(report.completion.missing).toBe(1);
    const item = report.questions.find((x) => x.id === q.id)!;
    expect(item.choices.map((c) => c.picks).slice(0, 2)).toEqual([2, 1]);
    expect(item.discrimination).toBeNull();
  });

  it("shows live progress: answered questions of the latest attempt, cleared answers not counted", async () => {
    const { teacher, students, assignment } = await twoClassrooms(2);
    const [working, idle] = students as [Viewer, Viewer];
    const q = await firstQuestionOfType(assignment.id, "single_choice");
    const ms = await firstQuestionOfType(assignment.id, "multiple_select");
    const { id } = await startAttempt(working, assignment.id);
    await saveAnswer(working, id, {
      questionId: q.id,
      answer: { type: "single_choice", choiceId: sealChoiceId(id, q.choices[0]!.id) },
      version: 1,
    });
    await saveAnswer(working, id, {
      questionId: ms.id,
      answer: { type: "multiple_select", choiceIds: [] },
      version: 1,
    });
    const progress = await getLiveProgress(teacher, assignment.id);
    expect(progress.questionCount).toBeGreaterThan(5);
    const row = (s: Viewer) => progress.students.find((r) => r.id === s.id)!;
    expect(row(working)).toMatchObject({ status: "in_progress", answered: 1, submittedAt: null });
    expect(row(idle)).toMatchObject({ status: null, answered: 0, startedAt: null });
    await expectAppError(getLiveProgress(working, assignment.id), "forbidden");
  });

  it("exports the item analysis as CSV, one row per question in lesson order", async () => {
    const { teacher, assignment, otherTeacher } = await twoClassrooms(1);
    const { csv, filename } = await exportItemAnalysis(teacher, assignment.id);
    const questions = await db.assignmentQuestion.count({ where: { assignmentId: assignment.id } });
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(filename).toMatch(/-items\.csv$/);
    expect(lines[0]).toMatch(/^Question,Prompt,Type,Skill,Points,Students,Right %/);
    expect(lines).toHaveLength(questions + 1);
    expect(lines.slice(1).map((l) => Number(l.split(",")[0]))).toEqual(
      Array.from({ length: questions }, (_, i) => i + 1),
    );
    await expectAppError(exportItemAnalysis(otherTeacher, assignment.id), "not_found");
  });

  it("is the class teacher's only", async () => {
    const { students, assignment, otherTeacher } = await twoClassrooms(1);
    await expectAppError(getAssignmentReport(otherTeacher, assignment.id), "not_found");
    await expectAppError(getAssignmentReport(otherTeacher, "not an id"), "not_found");
    await expectAppError(getAssignmentReport(students[0] as Viewer, assignment.id), "forbidden");
    await expectAppError(getAssignmentReport(null, assignment.id), "unauthorized");
  });
});
