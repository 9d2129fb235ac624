import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import type { Viewer } from "../../lib/auth/viewer-types";
import { getAssignmentReport } from "../../lib/results/assignment-report";
import { getClassSkills } from "../../lib/results/class-skills";
import { exportClassGradebook, getClassGradebook } from "../../lib/results/gradebook";
import { getResponsesToGrade } from "../../lib/results/grading-queries";
import { exportItemAnalysis } from "../../lib/results/item-analysis-export";
import { getLiveProgress } from "../../lib/results/live-progress";
import { getMyProgress, getStudentReport } from "../../lib/results/student-report";
import { classroom } from "../support/factories";
import { recordSubmittedAttempt } from "../support/recorded-attempt";

/**
 * Every statement sent to PostgreSQL, by Prisma's adapter and by the plain pool alike, goes through
 * pg.Client#query, so counting its calls counts the round trips behind a results page.
 */
async function countQueries(fn: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    await fn();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

type Scene = Awaited<ReturnType<typeof classWithWork>>;

/** A class of `size` where every student submitted the assignment, answering its first questions. */
async function classWithWork(size: number) {
  const scene = await classroom(size);
  const questions = await db.assignmentQuestion.findMany({
    where: { assignmentId: scene.assignment.id, question: { type: "single_choice" } },
    select: { question: { select: { id: true, choices: { select: { id: true, correct: true } } } } },
  });
  for (const [i, student] of scene.students.entries()) {
    await recordSubmittedAttempt({
      assignmentId: scene.assignment.id,
      studentId: student.id,
      percent: (i * 37) % 100,
      responses: questions.map(({ question }, j) => {
        const choice = question.choices[(i + j) % question.choices.length]!;
        return {
          questionId: question.id,
          answer: { type: "single_choice", choiceId: choice.id },
          points: choice.correct ? 1 : 0,
          correct: choice.correct,
        };
      }),
    });
  }
  return scene;
}

const pages: [string, (s: Scene) => Promise<unknown>][] = [
  ["gradebook", (s) => getClassGradebook(s.teacher, s.cls.id)],
  ["gradebook export", (s) => exportClassGradebook(s.teacher, s.cls.id)],
  ["assignment report", (s) => getAssignmentReport(s.teacher, s.assignment.id)],
  ["item analysis export", (s) => exportItemAnalysis(s.teacher, s.assignment.id)],
  ["live progress", (s) => getLiveProgress(s.teacher, s.assignment.id)],
  ["grading", (s) => getResponsesToGrade(s.teacher, s.assignment.id)],
  ["student report", (s) => getStudentReport(s.teacher, s.cls.id, s.students[0]!.id)],
  ["class skills", (s) => getClassSkills(s.teacher, s.cls.id)],
  ["student progress", (s) => getMyProgress(s.students[0] as Viewer)],
];

describe("results pages issue a fixed number of SQL statements", () => {
  let small: Scene;
  let large: Scene;
  beforeAll(async () => {
    small = await classWithWork(5);
    large = await classWithWork(50);
  }, 120_000);

  it.each(pages)("%s: the same count for 5 and for 50 students", async (_name, load) => {
    // The first call may open pool connections; the steady state is what a page costs.
    await load(small);
    const forSmall = await countQueries(() => load(small));
    const forLarge = await countQueries(() => load(large));
    expect(forSmall).toBeGreaterThan(0);
    expect(forLarge).toBe(forSmall);
    expect(forLarge).toBeLessThanOrEqual(10);
  });
});
