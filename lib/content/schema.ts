import { z } from "zod";
import type { QuestionType as DbQuestionType, Skill as DbSkill } from "../generated/prisma/enums";
import { normalizeShortAnswer } from "../grading/short-answer/normalize";
import { storableText } from "../text-schema";

export const QUESTION_TYPES = [
  "single_choice",
  "multiple_select",
  "true_false",
  "short_answer",
  "ordering",
  "open_response",
  "evidence",
] as const satisfies readonly DbQuestionType[];
/** The database enum's values, spelled alike (tests/unit/enum-spelling.test.ts holds QUESTION_TYPES to all of them). */
export type QuestionType = DbQuestionType;

// The order tables list skills in. The database enum ("Skill") only grows at its end, whatever the order here.
export const SKILLS = [
  "main_idea",
  "detail",
  "vocabulary",
  "sequence",
  "cause_effect",
  "perspective",
  "claim_vs_criticism",
  "inference",
  "fact_opinion",
] as const satisfies readonly DbSkill[];
/** The database enum's values, spelled alike (tests/unit/enum-spelling.test.ts holds SKILLS to all of them). */
export type Skill = DbSkill;

export { SKILL_LABELS } from "./skill-labels";

const text = (max: number) => storableText().trim().min(1, "Required").max(max);

export const spanSchema = z
  .object({
    text: text(5000),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((s) => s.end > s.start, { message: "end must be after start" });
export type Span = z.infer<typeof spanSchema>;

export const choiceSchema = z.object({
  text: text(500),
  correct: z.boolean(),
  feedback: storableText().trim().max(500).optional(),
});

const normalized = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/** Whether `answer` reads, to the short-answer grader, as one of `accepted`. */
export function acceptedAlready(accepted: readonly string[], answer: string): boolean {
  const given = normalizeShortAnswer(answer);
  return accepted.some((a) => normalizeShortAnswer(a) === given);
}

function allDistinct(values: string[]): boolean {
  return new Set(values.map(normalized)).size === values.length;
}

export const questionSchema = z
  .object({
    type: z.enum(QUESTION_TYPES),
    prompt: text(1000),
    points: z.number().int().min(1).max(100),
    skill: z.enum(SKILLS),
    explanation: text(2000),
    citation: spanSchema,
    choices: z.array(choiceSchema).max(12).default([]),
    acceptedAnswers: z.array(text(200)).max(20).default([]),
    /** Short answers only: wrong answers a student may give; one of them in an answer makes it wrong. */
    rejectedAnswers: z.array(text(200)).max(20).optional(),
    rubric: storableText().trim().max(4000).optional(),
    /** Evidence questions only: candidate passage sentences for part B; those inside the citation are correct. */
    evidenceOptions: z.array(spanSchema).max(12).default([]),
  })
  .superRefine((q, ctx) => {
    const issue = (message: string, path: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    const correct = q.choices.filter((c) => c.correct).length;
    if (!allDistinct(q.choices.map((c) => c.text))) issue("Two choices are alike", "choices");
    switch (q.type) {
      case "single_choice":
      case "true_false":
      case "evidence":
        if (q.choices.length < 2) issue("Add at least two choices", "choices");
        if (correct !== 1) issue("Mark exactly one choice correct", "choices");
        break;
      case "multiple_select":
        if (correct < 2) issue("Mark at least two choices correct", "choices");
        if (q.choices.length - correct < 1) issue("Add at least one wrong choice", "choices");
        break;
      case "ordering":
        if (q.choices.length < 3) issue("Add at least three items to order", "choices");
        break;
      case "short_answer":
        if (q.acceptedAnswers.length < 1) issue("Add at least one accepted answer", "acceptedAnswers");
        if (q.rejectedAnswers?.some((r) => acceptedAlready(q.acceptedAnswers, r)))
          issue("An answer cannot be both accepted and rejected", "rejectedAnswers");
        break;
      case "open_response":
        if (!q.rubric) issue("An open response needs a rubric", "rubric");
        break;
    }
    if (q.type !== "short_answer" && q.rejectedAnswers?.length)
      issue("Only short answers list rejected answers", "rejectedAnswers");
    if (q.type === "true_false") {
      const labels = q.choices.map((c) => normalized(c.text)).sort();
      if (labels.join("|") !== "false|true") issue("True/false choices are True and False", "choices");
    }
    if (q.type === "evidence") {
      const inside = q.evidenceOptions.filter((o) => o.start >= q.citation.start && o.end <= q.citation.end);
      if (q.evidenceOptions.length < 3) issue("Offer at least three sentences", "evidenceOptions");
      if (inside.length < 1) issue("At least one sentence must come from the citation", "evidenceOptions");
      if (inside.length === q.evidenceOptions.length)
        issue("At least one sentence must not support the answer", "evidenceOptions");
    }
  });
export type QuestionInput = z.infer<typeof questionSchema>;

export const sectionSchema = z.object({
  heading: text(200),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});

export const LESSON_TITLE_MAX = 200;
export const PASSAGE_MAX = 100_000;
export const ABOUT_MAX = 2000;

export const lessonSchema = z.object({
  title: text(LESSON_TITLE_MAX),
  objectives: z.array(text(300)).min(2).max(4),
  passage: text(PASSAGE_MAX),
  questions: z.array(questionSchema).min(1).max(100),
});
export type LessonInput = z.infer<typeof lessonSchema>;

export const articleDocumentSchema = z.object({
  format: z.literal("lectern.article.v1"),
  article: z.object({
    slug: storableText()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and dashes")
      .max(120),
    title: text(300),
    byline: storableText().trim().max(300),
    /** "About this article", shown with the passage: its genre, what and which period it covers, what it cites. */
    about: text(ABOUT_MAX).optional(),
    text: text(200_000),
    sections: z.array(sectionSchema).min(1),
  }),
  lessons: z.array(lessonSchema),
});
export type ArticleDocument = z.infer<typeof articleDocumentSchema>;
