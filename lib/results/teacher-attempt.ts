import "server-only";
import { scoreOverGraded } from "./provisional";
import { teacherAssignmentWhere } from "../assignments/access";
import { describeAnswer, describeKey } from "../attempts/describe-answer";
import { questionWithKeySelect } from "../attempts/question-select";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { idSchema } from "../classes/schema";
import { db } from "../db";
import { notFound } from "../errors";
import { answerSchema } from "../grading/answer";

/**
 * A submitted attempt as its class's teacher sees it: every question with the student's answer, the key, the
 * points given and the response id a grade or override is written to. Other teachers get not found.
 */
export async function getAttemptForTeacher(viewer: Viewer | null, attemptId: string) {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(attemptId);
  const attempt =
    id.success &&
    (await db.attempt.findFirst({
      where: { id: id.data, status: "submitted", assignment: teacherAssignmentWhere(teacher.id) },
      select: {
        id: true,
        number: true,
        submittedAt: true,
        late: true,
        points: true,
        maxPoints: true,
        percent: true,
        provisional: true,
        student: { select: { id: true, displayName: true, username: true } },
        assignment: {
          select: {
            id: true,
            class: { select: { id: true, name: true } },
            lesson: { select: { title: true } },
            questions: {
              orderBy: { position: "asc" },
              select: { question: { select: questionWithKeySelect } },
            },
          },
        },
        responses: { select: { id: true, questionId: true, answer: true, points: true, feedback: true } },
      },
    }));
  if (!attempt) throw notFound("Attempt");
  const { assignment, responses, ...summary } = attempt;
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  // Open responses not graded yet: a provisional score is shown over the points graded so far, these named. One
  // left untouched has no response and was scored 0 at submission, so it waits for nobody (pending-points-sql.ts).
  const pending = assignment.questions
    .filter(({ question: q }) => {
      const response = byQuestion.get(q.id);
      return q.type === "open_response" && response !== undefined && response.points === null;
    })
    .reduce((sum, { question: q }) => sum + q.points, 0);
  return {
    attempt: summary,
    gradedSoFar: summary.provisional ? scoreOverGraded(summary, pending) : null,
    assignment: { id: assignment.id, class: assignment.class, title: assignment.lesson.title },
    items: assignment.questions.map(({ question: q }, i) => {
      const response = byQuestion.get(q.id);
      const parsed = response ? answerSchema.safeParse(response.answer) : null;
      return {
        number: i + 1,
        questionId: q.id,
        prompt: q.prompt,
        maxPoints: q.points,
        answer: describeAnswer(q, parsed?.success ? parsed.data : null),
        key: describeKey(q),
        response: response ? { id: response.id, points: response.points, feedback: response.feedback } : null,
      };
    }),
  };
}
