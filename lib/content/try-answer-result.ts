import type { Tolerance } from "../grading/short-answer/tolerance";

/** Question types "Try an answer" grades: those a student answers by typing a phrase or picking choices. */
export const TRIABLE_TYPES = ["short_answer", "single_choice", "true_false", "multiple_select"] as const;

/**
 * How a tried answer would be graded. `near` is correct through the grader's tolerance only (the teacher sees it
 * marked on the grading page); `partial` earns part of a multiple select's points.
 */
export type TryAnswerResult = {
  /** The answer as tried: the typed text, or the picked choices' texts. */
  answer: string;
  verdict: "correct" | "near" | "partial" | "wrong";
  points: number;
  maxPoints: number;
  /** Short answers: the accepted answer it matched, as the teacher wrote it. */
  matched: string | null;
  tolerances: Tolerance[];
  /** Short answers: the listed wrong answer it gives, when that is why it is wrong. */
  refusedAs: string | null;
  /** Short answers: an accepted answer it holds, refused because the rest negates, hedges or adds to it. */
  heldButRefused: string | null;
};
