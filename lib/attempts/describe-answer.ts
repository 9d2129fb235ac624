import type { Answer } from "../grading/answer";

type Q = {
  type: string;
  choices: { id: string; text: string; correct: boolean }[];
  evidenceOptions: { id: string; text: string; start: number; end: number }[];
  acceptedAnswers: string[];
  citationStart: number;
  citationEnd: number;
};

const texts = (ids: string[], options: { id: string; text: string }[]) =>
  ids.map((id) => options.find((o) => o.id === id)?.text ?? "(removed choice)");

/** A submitted answer in words, for the review page. */
export function describeAnswer(q: Q, answer: Answer | null): string[] {
  if (!answer) return [];
  switch (answer.type) {
    case "single_choice":
    case "true_false":
      return answer.choiceId ? texts([answer.choiceId], q.choices) : [];
    case "multiple_select":
    case "ordering":
      return texts(answer.choiceIds, q.choices);
    case "short_answer":
    case "open_response":
      return answer.text.trim() ? [answer.text] : [];
    case "evidence":
      return [
        ...(answer.choiceId ? texts([answer.choiceId], q.choices).map((t) => `Part A: ${t}`) : []),
        ...texts(answer.evidenceIds, q.evidenceOptions).map((t) => `Part B: ${t}`),
      ];
  }
}

/** The right answer in words. */
export function describeKey(q: Q): string[] {
  switch (q.type) {
    case "ordering":
      return q.choices.map((c) => c.text);
    case "short_answer":
      return q.acceptedAnswers;
    case "open_response":
      return [];
    case "evidence":
      return [
        ...q.choices.filter((c) => c.correct).map((c) => `Part A: ${c.text}`),
        ...q.evidenceOptions
          .filter((o) => o.start >= q.citationStart && o.end <= q.citationEnd)
          .map((o) => `Part B: ${o.text}`),
      ];
    default:
      return q.choices.filter((c) => c.correct).map((c) => c.text);
  }
}
