import "server-only";
import { teacherAssignmentWhere } from "../assignments/access";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { normalizeShortAnswer } from "../grading/short-answer/normalize";
import { decideInOwnLesson } from "./answer-decision-lesson";
import { decideOnAssignment } from "./answer-decision-rule";
import type { AnswerDecisionResult } from "./answer-decision-context";
import { answerDecisionSchema } from "./schema";

/**
 * A teacher accepts a wrong short answer, or rejects a near one, for everyone in their assignment. On their own
 * lesson it becomes a new version of the question that this assignment is regraded to (other assignments keep
 * theirs); a shared lesson is read-only, so it becomes a rule of this assignment. Either way every submitted
 * answer it concerns is regraded, each change of points recorded, and the attempts rescored.
 */
export async function decideAnswerForEveryone(
  viewer: Viewer | null,
  input: unknown,
): Promise<AnswerDecisionResult> {
  const teacher = requireTeacher(viewer);
  const data = parseInput(answerDecisionSchema, input);
  if (normalizeShortAnswer(data.answer) === "") {
    throw new AppError("invalid", "This answer has no letters or digits to match.", {
      answer: ["This answer has no letters or digits to match."],
    });
  }
  const assigned = await db.assignmentQuestion.findFirst({
    where: {
      assignmentId: data.assignmentId,
      questionId: data.questionId,
      assignment: teacherAssignmentWhere(teacher.id),
    },
    select: {
      assignment: { select: { id: true, lessonId: true, lesson: { select: { ownerId: true } } } },
      question: { select: { id: true, type: true, retiredAt: true } },
    },
  });
  // Another teacher's assignment, or a question it does not use, answers like a missing one.
  if (!assigned) throw notFound("Question");
  if (assigned.question.type !== "short_answer") {
    throw new AppError("invalid", "Only short answers can be accepted or rejected for everyone.");
  }
  const context = {
    assignmentId: assigned.assignment.id,
    lessonId: assigned.assignment.lessonId,
    questionId: assigned.question.id,
    teacherId: teacher.id,
  };
  if (assigned.assignment.lesson.ownerId === teacher.id) {
    if (assigned.question.retiredAt) {
      throw new AppError(
        "conflict",
        "This question was edited or removed after the assignment was made. Regrade the assignment from its " +
          "settings first, then decide on this answer.",
      );
    }
    return decideInOwnLesson(context, data);
  }
  return decideOnAssignment(context, data);
}
