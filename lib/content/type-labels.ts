import type { QuestionType } from "./schema";

/** Question types as every page and export names them. */
export const TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_select: "Multiple select",
  true_false: "True or false",
  short_answer: "Short answer",
  ordering: "Ordering",
  open_response: "Open response",
  evidence: "Two-part evidence",
};
