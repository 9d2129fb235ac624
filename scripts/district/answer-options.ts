import { answerKeyOf, type KeyedQuestion } from "../../lib/attempts/answer-key";
import { answerSchema, type Answer } from "../../lib/grading/answer";
import { gradeAnswer } from "../../lib/grading/grade";

/** A demo question as stored, with choices and evidence options in position order. */
export type SeedQuestion = KeyedQuestion & { id: string; explanation: string };

/**
 * One answer a student may give. Responses are drawn from these in SQL: a student whose ability beats
 * the question picks among the `right` options, otherwise among the others, in proportion to `weight`.
 */
export type AnswerOption = {
  questionId: string;
  right: boolean;
  weight: number;
  answer: Answer;
  points: number | null;
  correct: boolean | null;
};

type Draft = { answer: Answer; weight: number };

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

// The first distractor draws three times as often as the others, so item analysis has a wrong answer
// that "drew the class" to name.
function choiceDrafts(q: SeedQuestion, type: "single_choice" | "true_false"): Draft[] {
  const firstWrong = q.choices.find((c) => !c.correct);
  return q.choices.map((c) => ({ answer: { type, choiceId: c.id }, weight: c === firstWrong ? 3 : 1 }));
}

function multipleSelectDrafts(q: SeedQuestion): Draft[] {
  const right = ids(q.choices.filter((c) => c.correct));
  const wrong = ids(q.choices.filter((c) => !c.correct));
  const sets = [right, [...right].reverse(), right.slice(0, -1), [...right, ...wrong.slice(0, 1)]];
  sets.push(wrong.slice(0, 1), [...right.slice(0, 1), ...wrong.slice(0, 1)]);
  return sets.map((choiceIds) => ({ answer: { type: "multiple_select", choiceIds }, weight: 1 }));
}

function shortAnswerDrafts(q: SeedQuestion): Draft[] {
  const first = q.acceptedAnswers[0] ?? "";
  // Capitalized with a full stop: normalization must still accept it, as it does for students.
  const texts = [...q.acceptedAnswers, `${first.charAt(0).toUpperCase()}${first.slice(1)}.`];
  texts.push(first.slice(0, -1), "I'm not sure", "peace");
  return texts.map((text) => ({ answer: { type: "short_answer", text }, weight: 1 }));
}

function orderingDrafts(q: SeedQuestion): Draft[] {
  const order = ids(q.choices);
  const swap = (i: number, j: number) =>
    order.map((id, k) => (k === i ? order[j]! : k === j ? order[i]! : id));
  const orders = [order, swap(0, 1), swap(order.length - 2, order.length - 1), [...order].reverse()];
  return orders.map((choiceIds) => ({ answer: { type: "ordering", choiceIds }, weight: 1 }));
}

function evidenceDrafts(q: SeedQuestion): Draft[] {
  const right = q.choices.find((c) => c.correct)!.id;
  const wrong = ids(q.choices.filter((c) => !c.correct));
  const inside = (o: { start: number; end: number }) => o.start >= q.citationStart && o.end <= q.citationEnd;
  const support = ids(q.evidenceOptions.filter(inside));
  const other = ids(q.evidenceOptions.filter((o) => !inside(o)));
  const pick = (choiceId: string, evidenceIds: string[], weight: number): Draft => ({
    answer: { type: "evidence", choiceId, evidenceIds },
    weight,
  });
  return [
    pick(right, support, 1),
    pick(right, other.slice(0, 1), 2),
    pick(right, [...support, ...other.slice(0, 1)], 1),
    pick(wrong[0] ?? right, support, 2),
    pick(wrong[1] ?? wrong[0] ?? right, other.slice(0, 1), 1),
  ];
}

// Open responses are graded by the teacher: full, half or no credit, matching how strong the text is.
function openResponseOptions(q: SeedQuestion): AnswerOption[] {
  const graded = [
    { text: `According to the article, ${q.explanation}`, share: 1 },
    { text: "The article says it is mostly about negotiating.", share: 0.5 },
    { text: "I don't remember.", share: 0 },
  ];
  return graded.map(({ text, share }) => ({
    questionId: q.id,
    right: share === 1,
    weight: 1,
    answer: { type: "open_response", text },
    points: Math.round(q.points * share * 100) / 100,
    correct: share === 1,
  }));
}

function drafts(q: SeedQuestion): Draft[] {
  switch (q.type) {
    case "single_choice":
      return choiceDrafts(q, "single_choice");
    case "true_false":
      return choiceDrafts(q, "true_false");
    case "multiple_select":
      return multipleSelectDrafts(q);
    case "short_answer":
      return shortAnswerDrafts(q);
    case "ordering":
      return orderingDrafts(q);
    case "evidence":
      return evidenceDrafts(q);
    case "open_response":
      return [];
  }
}

/** Every option is graded by lib/grading against the question's own key, so points can never disagree with it. */
export function answerOptions(q: SeedQuestion): AnswerOption[] {
  if (q.type === "open_response") return openResponseOptions(q);
  const key = answerKeyOf(q);
  const seen = new Set<string>();
  const options: AnswerOption[] = [];
  for (const { answer, weight } of drafts(q)) {
    const json = JSON.stringify(answerSchema.parse(answer));
    if (seen.has(json)) continue;
    seen.add(json);
    const grade = gradeAnswer(key, answer);
    options.push({ questionId: q.id, right: grade.correct === true, weight, answer, ...grade });
  }
  if (!options.some((o) => o.right) || options.every((o) => o.right)) {
    throw new Error(`Question ${q.id} (${q.type}) needs both right and wrong answer options`);
  }
  return options;
}
