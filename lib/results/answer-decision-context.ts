import type { AnswerDecision } from "./schema";

/** The teacher's own assignment and the short-answer question version it uses, as checked by the caller. */
export type DecisionContext = {
  assignmentId: string;
  lessonId: string;
  questionId: string;
  teacherId: string;
};

export type AnswerDecisionResult = {
  decision: AnswerDecision["decision"];
  answer: string;
  /** "question": a new version of the teacher's own question; "assignment": a rule on this assignment only. */
  recordedOn: "question" | "assignment";
  /** The question version the assignment uses now (a new one when the lesson is the teacher's own). */
  questionId: string;
  lessonId: string;
  /** Submitted answers whose grade the decision changed, and how many of those changed points. */
  responsesRegraded: number;
  gradeChanges: number;
};

/** The GradeChange comment, so the student's record says why their points moved. */
export const decisionComment = (d: Pick<AnswerDecision, "decision" | "answer">) =>
  `${d.decision === "accept" ? "Accepted" : "Rejected"} for everyone: ${d.answer}`;
