import { normalizeShortAnswer } from "../grading/short-answer/normalize";

/** A teacher's decision on one short answer for everyone in an assignment (an AssignmentAnswerRule row). */
export type AnswerRule = { answer: string; accepted: boolean };

type ShortAnswerLists = { acceptedAnswers: string[]; rejectedAnswers: string[] };

const sameAnswer = (a: string, b: string) => normalizeShortAnswer(a) === normalizeShortAnswer(b);

/**
 * A question's accepted and listed-wrong answers with an assignment's decisions applied, the way a new question
 * version would hold them: an accepted answer leaves the wrong ones, a rejected one leaves the accepted ones, so
 * a later decision on the same answer (the rule row is updated in place) simply wins.
 */
export function withAnswerRules<Q extends ShortAnswerLists>(q: Q, rules: readonly AnswerRule[]): Q {
  if (rules.length === 0) return q;
  let accepted = [...q.acceptedAnswers];
  let rejected = [...q.rejectedAnswers];
  for (const rule of rules) {
    if (rule.accepted) {
      rejected = rejected.filter((r) => !sameAnswer(r, rule.answer));
      if (!accepted.some((a) => sameAnswer(a, rule.answer))) accepted.push(rule.answer);
    } else {
      accepted = accepted.filter((a) => !sameAnswer(a, rule.answer));
      if (!rejected.some((r) => sameAnswer(r, rule.answer))) rejected.push(rule.answer);
    }
  }
  return { ...q, acceptedAnswers: accepted, rejectedAnswers: rejected };
}
