// Apart from answer.ts so the quiz's browser code can use these without bundling zod (31 KiB of gzip on the page).
import type { Answer } from "./answer";

/**
 * The characters String.prototype.trim() removes (ECMAScript's WhiteSpace and LineTerminator), for SQL that must
 * read blank text as isAnswered does: PostgreSQL's btrim() alone removes only spaces.
 */
export const TRIMMED_CHARACTERS =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** Saved drafts may hold cleared selections; those count as unanswered, not as wrong attempts. */
export function isAnswered(answer: Answer): boolean {
  switch (answer.type) {
    case "single_choice":
    case "true_false":
      return answer.choiceId !== null && answer.choiceId.length > 0;
    case "multiple_select":
    case "ordering":
      return answer.choiceIds.length > 0;
    case "short_answer":
    case "open_response":
      return answer.text.trim().length > 0;
    case "evidence":
      // Part B alone cannot earn credit, so a missing part A means nothing to grade.
      return answer.choiceId !== null && answer.choiceId.length > 0;
  }
}

/**
 * The unanswered form of each type: what a flag on a question the student has not answered yet is saved with, so
 * the flag survives a reload and grades as no answer.
 */
export function blankAnswer(type: Answer["type"]): Answer {
  switch (type) {
    case "single_choice":
    case "true_false":
      return { type, choiceId: null };
    case "multiple_select":
    case "ordering":
      return { type, choiceIds: [] };
    case "short_answer":
    case "open_response":
      return { type, text: "" };
    case "evidence":
      return { type, choiceId: null, evidenceIds: [] };
  }
}
