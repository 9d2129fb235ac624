import { sealChoiceId } from "../../lib/attempts/opaque-ids";
import { db } from "../../lib/db";

/** The right choice of one of the assignment's single-choice questions. */
export const rightSingleChoice = (assignmentId: string) =>
  db.choice.findFirstOrThrow({
    where: {
      correct: true,
      question: { type: "single_choice", assignmentQuestions: { some: { assignmentId } } },
    },
  });

/** A save of one choice of a single-choice question, as the quiz sends it during this attempt. */
export const singleChoiceSave = (
  attemptId: string,
  questionId: string,
  choiceId: string,
  version: number,
) => ({
  questionId,
  answer: { type: "single_choice", choiceId: sealChoiceId(attemptId, choiceId) },
  version,
});
