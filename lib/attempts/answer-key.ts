import type { AnswerKey } from "../grading/grade";
import { shortAnswerKey } from "../grading/short-answer/key";
import type { QuestionType } from "../generated/prisma/enums";

/** What grading needs to know of a stored question. */
export type KeyedQuestion = {
  type: QuestionType;
  points: number;
  citationStart: number;
  citationEnd: number;
  acceptedAnswers: string[];
  rejectedAnswers: string[];
  choices: { id: string; correct: boolean }[];
  evidenceOptions: { id: string; start: number; end: number }[];
};

function onlyCorrectChoice(q: KeyedQuestion): string {
  const correct = q.choices.find((c) => c.correct);
  if (!correct) throw new Error("Question has no correct choice");
  return correct.id;
}

/**
 * The grading key of a stored question; evidence sentences inside the citation are the supporting ones. A short
 * answer's key also takes from its article's text the acronyms it defines and its words that look like typos of
 * the answers; without the text it goes without.
 */
export function answerKeyOf(q: KeyedQuestion, articleText: string | null = null): AnswerKey {
  const points = q.points;
  switch (q.type) {
    case "single_choice":
      return { type: "single_choice", points, correctChoiceId: onlyCorrectChoice(q) };
    case "true_false":
      return { type: "true_false", points, correctChoiceId: onlyCorrectChoice(q) };
    case "multiple_select":
      return {
        type: "multiple_select",
        points,
        choiceIds: q.choices.map((c) => c.id),
        correctChoiceIds: q.choices.filter((c) => c.correct).map((c) => c.id),
      };
    case "short_answer":
      return { type: "short_answer", points, ...shortAnswerKey(q, articleText) };
    case "ordering":
      return { type: "ordering", points, orderedChoiceIds: q.choices.map((c) => c.id) };
    case "open_response":
      return { type: "open_response", points };
    case "evidence":
      return {
        type: "evidence",
        points,
        correctChoiceId: onlyCorrectChoice(q),
        correctEvidenceIds: q.evidenceOptions
          .filter((o) => o.start >= q.citationStart && o.end <= q.citationEnd)
          .map((o) => o.id),
      };
  }
}
