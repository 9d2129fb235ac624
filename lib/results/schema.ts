import { z } from "zod";
import { storableText } from "../text-schema";
import { idSchema } from "../classes/schema";
import { formDecimal, formInteger } from "../forms/form-number";

export const WORK_STATUSES = [
  "not_started",
  "in_progress",
  "submitted",
  "late",
  "missing",
  "needs_grading",
] as const;

export const GRADEBOOK_PAGE_SIZE = 50;
/** Assignment columns per gradebook page, latest first: a screen's width, so a year of assignments stays readable. */
export const GRADEBOOK_COLUMNS = 10;

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// A page number in the address; the message is never shown, as a bad one falls back to the first page.
const viewNumber = (max: number) =>
  formInteger({ required: "Enter a page number" }).pipe(z.number().min(1).max(max)).catch(1);

/**
 * Gradebook view options from the page's search params. They come from links and a GET form a teacher can edit
 * by hand, so a value that makes no sense falls back to the default view instead of failing the page.
 */
export const gradebookViewSchema = z.object({
  sort: z.preprocess(firstValue, z.union([z.enum(["name", "average"]), idSchema]).catch("name")),
  dir: z.preprocess(firstValue, z.enum(["asc", "desc"]).catch("asc")),
  status: z.preprocess(firstValue, z.enum(WORK_STATUSES).optional().catch(undefined)),
  q: z.preprocess(firstValue, storableText().trim().max(80).catch("")).default(""),
  page: z.preprocess(firstValue, viewNumber(10_000)).default(1),
  cols: z.preprocess(firstValue, viewNumber(1_000)).default(1),
  // Provisional scores (open responses still to grade) count their ungraded points as 0, so averages leave them
  // out unless the teacher asks for them.
  provisional: z.preprocess(firstValue, z.enum(["exclude", "include"]).catch("exclude")).default("exclude"),
});
export type GradebookView = z.infer<typeof gradebookViewSchema>;

export const gradeResponseSchema = z.object({
  responseId: idSchema,
  points: formDecimal({ required: "Enter the points as a number." }).pipe(
    z.number().min(0, "Points cannot be negative.").max(1000, "At most 1,000 points."),
  ),
  comment: storableText().trim().max(2000, "Keep the comment under 2,000 characters.").default(""),
});

/** "Accept for everyone" (a wrong short answer) or "Reject for everyone" (a near one), from the grading page. */
export const answerDecisionSchema = z.object({
  assignmentId: idSchema,
  questionId: idSchema,
  answer: storableText()
    .trim()
    .min(1, "Give the answer to accept or reject.")
    .max(200, "Keep the answer under 200 characters, as accepted answers are."),
  decision: z.enum(["accept", "reject"], "Choose whether to accept or reject the answer."),
});
export type AnswerDecision = z.infer<typeof answerDecisionSchema>;
