import { refreshSkillPoints } from "../../lib/attempts/skill-points";
import { db } from "../../lib/db";
import { pagesDb } from "../../lib/sql";
import type { Answer } from "../../lib/grading/answer";

type RecordedResponse = {
  questionId: string;
  answer: Answer;
  points: number | null;
  correct: boolean | null;
};

/**
 * A submitted attempt written straight to the database with the score and responses a test needs, so results
 * queries can be checked against hand-computed statistics without replaying a whole quiz per student.
 */
export async function recordSubmittedAttempt(opts: {
  assignmentId: string;
  studentId: string;
  percent: number;
  responses: RecordedResponse[];
  minutes?: number;
  number?: number;
  provisional?: boolean;
}) {
  const submittedAt = new Date();
  const attempt = await db.attempt.create({
    data: {
      assignmentId: opts.assignmentId,
      studentId: opts.studentId,
      number: opts.number ?? 1,
      status: "submitted",
      startedAt: new Date(submittedAt.getTime() - (opts.minutes ?? 10) * 60_000),
      submittedAt,
      percent: opts.percent,
      points: opts.percent / 10,
      maxPoints: 10,
      provisional: opts.provisional ?? false,
      responses: {
        create: opts.responses.map((r) => ({ ...r, version: 1 })),
      },
    },
    select: { id: true },
  });
  // As the app's own writers do with every submitted score.
  await refreshSkillPoints(pagesDb, [attempt.id]).execute();
  return attempt;
}
