import { questionSchema, type QuestionInput } from "../content/schema";

/** A question read from a GIFT or Aiken file: a lectern.article.v1 question still without its citation. */
export type ImportedQuestion = Omit<QuestionInput, "citation">;

/** Something about one line of a file: a question left out and why, a note on a question kept, an error. */
export type LineReport = { line: number; reason: string };

export type LocatedQuestion = { line: number; question: ImportedQuestion };

/**
 * What reading a question file gives: every question with the line it starts on, the questions skipped and
 * notes on what was changed to fit Lectern (negative weights, partial credit); or, for a malformed file, only
 * the errors, and no questions at all.
 */
export type ReadQuestions =
  | { ok: true; questions: LocatedQuestion[]; skipped: LineReport[]; notes: LineReport[] }
  | { ok: false; errors: LineReport[] };

// Neither format has points, a skill or (Aiken) an explanation: the teacher sets them in the review.
export const DEFAULT_POINTS = 1;
export const DEFAULT_SKILL = "detail" as const;
export const DEFAULT_EXPLANATION = "Imported without an explanation: add one before publishing.";
export const DEFAULT_RUBRIC = "Imported without a rubric: describe a full-credit answer before publishing.";

// The schema checks a citation too; an imported question gets its own later, so this one only passes the check.
const PLACEHOLDER_CITATION = { text: "x", start: 0, end: 1 };

/** A question with the defaults above, checked against the lectern.article.v1 rules: the question or why not. */
export function finishQuestion(
  q: Pick<ImportedQuestion, "type" | "prompt"> & Partial<ImportedQuestion>,
): { ok: true; question: ImportedQuestion } | { ok: false; reason: string } {
  const candidate = {
    points: DEFAULT_POINTS,
    skill: DEFAULT_SKILL,
    explanation: DEFAULT_EXPLANATION,
    choices: [],
    acceptedAnswers: [],
    evidenceOptions: [],
    ...q,
    ...(q.type === "open_response" ? { rubric: q.rubric || DEFAULT_RUBRIC } : {}),
  };
  const parsed = questionSchema.safeParse({ ...candidate, citation: PLACEHOLDER_CITATION });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` (${first.path.join(".")})` : "";
    return { ok: false, reason: `${first?.message ?? "not a valid question"}${where}` };
  }
  const { citation: _, ...question } = parsed.data;
  return { ok: true, question };
}
