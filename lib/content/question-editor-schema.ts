import { z } from "zod";
import { storableText } from "../text-schema";
import type { FieldErrors } from "../errors";
import { formInteger } from "../forms/form-number";
import { QUESTION_TYPES, SKILLS, questionSchema, type QuestionInput } from "./schema";

const offset = z.number().int().min(0).max(1_000_000);

/**
 * What the question editor sends: offsets are into the lesson's passage (the editor knows nothing of the
 * article), and the citation and evidence texts are taken from the passage by the server, never from the browser.
 */
export const editorQuestionSchema = z.object({
  type: z.enum(QUESTION_TYPES),
  prompt: storableText().max(1000),
  points: formInteger({ required: "Enter the points as a number", whole: "Use a whole number" }).pipe(
    z.number().min(1, "At least 1 point").max(100, "At most 100 points"),
  ),
  skill: z.enum(SKILLS, "Choose a skill"),
  explanation: storableText().max(2000),
  citation: z.object({ start: offset, end: offset }).nullable(),
  choices: z
    .array(
      z.object({ text: storableText().max(500), correct: z.boolean(), feedback: storableText().max(500) }),
    )
    .max(12, "At most 12 choices"),
  acceptedAnswers: z.array(storableText().max(200)).max(20, "At most 20 accepted answers"),
  /** Short answers: wrong answers to refuse. Left out, an edit keeps those stored (see saveQuestion). */
  rejectedAnswers: z.array(storableText().max(200)).max(20, "At most 20 wrong answers").optional(),
  rubric: storableText().max(4000),
  evidenceOptions: z.array(z.object({ start: offset, end: offset })).max(12, "Offer at most 12 sentences"),
});
export type EditorQuestion = z.infer<typeof editorQuestionSchema>;

const CITATION_MISSING = "Choose the sentence(s) of the passage that support the answer";

const ITEM_LABELS: Record<string, string> = {
  choices: "Choice",
  acceptedAnswers: "Accepted answer",
  rejectedAnswers: "Wrong answer",
  evidenceOptions: "Sentence",
};

const CHOICE_TYPES = new Set(["single_choice", "multiple_select", "true_false", "ordering", "evidence"]);

// One answer a line in the editor: blank lines and the spaces around answers are not answers.
const lines = (answers: string[]) => answers.map((a) => a.trim()).filter(Boolean);

/** A passage span with surrounding white space left out, so a sloppy mouse selection cites just the words. */
export function trimSpan(passage: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(passage.length, Math.max(start, end));
  while (s < e && /\s/.test(passage[s]!)) s++;
  while (e > s && /\s/.test(passage[e - 1]!)) e--;
  return { start: s, end: e };
}

type Lesson = { passage: string; passageStart: number };
type Result = { ok: true; question: QuestionInput } | { ok: false; fieldErrors: FieldErrors };

/**
 * Turns the editor's input into a question of the content format (article offsets, texts from the passage)
 * and checks it with the content rules every question obeys; errors come back per editor field.
 */
export function questionFromEditor(input: EditorQuestion, lesson: Lesson): Result {
  const span = (s: { start: number; end: number }) => {
    const { start, end } = trimSpan(lesson.passage, s.start, s.end);
    return {
      text: lesson.passage.slice(start, end),
      start: start + lesson.passageStart,
      end: end + lesson.passageStart,
    };
  };
  const chosen = input.citation && span(input.citation);
  const cited = Boolean(chosen?.text);
  // Without a citation the other fields are still checked (against a stand-in), so every error shows at once.
  const citation = cited ? chosen! : { text: "-", start: 0, end: 1 };
  const parsed = questionSchema.safeParse({
    type: input.type,
    prompt: input.prompt,
    points: input.points,
    skill: input.skill,
    explanation: input.explanation,
    citation,
    choices: CHOICE_TYPES.has(input.type)
      ? input.choices.map((c) => ({
          text: c.text,
          // Ordering items are stored in their right order, each marked correct as the shipped content does.
          correct: input.type === "ordering" ? true : c.correct,
          ...(c.feedback.trim() && !c.correct ? { feedback: c.feedback } : {}),
        }))
      : [],
    acceptedAnswers: input.type === "short_answer" ? lines(input.acceptedAnswers) : [],
    ...(input.type === "short_answer" && input.rejectedAnswers
      ? { rejectedAnswers: lines(input.rejectedAnswers) }
      : {}),
    ...(input.type === "open_response" && input.rubric.trim() ? { rubric: input.rubric } : {}),
    evidenceOptions: input.type === "evidence" ? input.evidenceOptions.map(span) : [],
  });
  if (parsed.success && cited) return { ok: true, question: parsed.data };
  const fieldErrors: Record<string, string[]> = cited ? {} : { citation: [CITATION_MISSING] };
  for (const issue of parsed.error?.issues ?? []) {
    const [field = "form", index] = issue.path;
    const item = typeof index === "number" ? `${ITEM_LABELS[String(field)] ?? "Item"} ${index + 1}: ` : "";
    const list = (fieldErrors[String(field)] ??= []);
    if (!list.includes(item + issue.message)) list.push(item + issue.message);
  }
  return { ok: false, fieldErrors };
}
