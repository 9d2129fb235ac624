import type { QuestionInput } from "../content/schema";
import type { ExportSkip } from "./export-report";

type Question = Omit<QuestionInput, "citation">;
// An empty cell is null: written as no cell at all, as a spreadsheet a person filled in has it.
type Cell = string | number | null;

/** One spreadsheet: its header, one row per question it could take, and the questions it left out. */
export type QuizSheet = { header: string[]; rows: Cell[][]; skipped: ExportSkip[] };

export const KAHOOT_HEADER = [
  "Question",
  "Answer 1",
  "Answer 2",
  "Answer 3",
  "Answer 4",
  "Time limit (sec)",
  "Correct answer(s)",
];
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
export const KAHOOT_QUESTION_MAX = 120;
export const KAHOOT_ANSWER_MAX = 75;

export const WAYGROUND_HEADER = [
  "Question Text",
  "Question Type",
  "Option 1",
  "Option 2",
  "Option 3",
  "Option 4",
  "Option 5",
  "Correct Answer",
  "Time in seconds",
  "Image Link",
  "Answer explanation",
];

const typeName = (q: Question) => q.type.replace("_", " ");
const rightNumbers = (q: Question) => q.choices.flatMap((c, i) => (c.correct ? [i + 1] : [])).join(",");

/** The first text over its limit, named for the report; the text is never cut to fit. */
function overLong(texts: { name: string; text: string; max: number }[]): string | null {
  const long = texts.find((t) => t.text.length > t.max);
  return long ? `${long.name} is ${long.text.length} characters; the limit is ${long.max}` : null;
}

/**
 * Kahoot's quiz template: single choice, multiple select and true/false with at most four answers, each
 * question in Kahoot's limits (120 characters, 75 an answer). `timeLimit` is one of Kahoot's.
 */
export function kahootSheet(questions: readonly Question[], timeLimit = 30): QuizSheet {
  if (!(KAHOOT_TIME_LIMITS as readonly number[]).includes(timeLimit))
    throw new Error(`Kahoot's time limits are ${KAHOOT_TIME_LIMITS.join(", ")} seconds`);
  const rows: Cell[][] = [];
  const skipped: ExportSkip[] = [];
  for (const [i, q] of questions.entries()) {
    const number = i + 1;
    if (q.type !== "single_choice" && q.type !== "multiple_select" && q.type !== "true_false") {
      skipped.push({ number, reason: `Kahoot quizzes take no ${typeName(q)} questions` });
      continue;
    }
    if (q.choices.length > 4) {
      skipped.push({ number, reason: `${q.choices.length} choices; Kahoot takes at most 4` });
      continue;
    }
    const long = overLong([
      { name: "the question", text: q.prompt, max: KAHOOT_QUESTION_MAX },
      ...q.choices.map((c, n) => ({ name: `answer ${n + 1}`, text: c.text, max: KAHOOT_ANSWER_MAX })),
    ]);
    if (long) {
      skipped.push({ number, reason: `${long}: shorten it in Lectern to export it` });
      continue;
    }
    const answers = [0, 1, 2, 3].map((n) => q.choices[n]?.text ?? null);
    rows.push([q.prompt, ...answers, timeLimit, rightNumbers(q)]);
  }
  return { header: KAHOOT_HEADER, rows, skipped };
}

function waygroundRow(q: Question, seconds: number): Cell[] | string {
  const options = (texts: string[]) => [0, 1, 2, 3, 4].map((n) => texts[n] ?? null);
  const choiceTexts = q.choices.map((c) => c.text);
  switch (q.type) {
    case "single_choice":
    case "true_false":
    case "multiple_select":
      if (q.choices.length > 5) return `${q.choices.length} choices; Wayground takes at most 5`;
      return [
        q.prompt,
        q.type === "multiple_select" ? "Checkbox" : "Multiple Choice",
        ...options(choiceTexts),
        rightNumbers(q),
        seconds,
        null,
        q.explanation,
      ];
    case "short_answer":
      // Fill-in-the-Blank lists the accepted answers as its options; every one is right.
      if (q.acceptedAnswers.length > 5)
        return `${q.acceptedAnswers.length} accepted answers; Wayground takes 5`;
      return [
        q.prompt,
        "Fill-in-the-Blank",
        ...options(q.acceptedAnswers),
        null,
        seconds,
        null,
        q.explanation,
      ];
    case "open_response":
      return [q.prompt, "Open-Ended", ...options([]), null, seconds, null, q.explanation];
    default:
      return `Wayground's spreadsheet takes no ${typeName(q)} questions`;
  }
}

/** Wayground's (Quizizz's) template: multiple choice, checkbox, fill-in-the-blank and open-ended questions. */
export function waygroundSheet(questions: readonly Question[], seconds = 30): QuizSheet {
  const rows: Cell[][] = [];
  const skipped: ExportSkip[] = [];
  for (const [i, q] of questions.entries()) {
    const row = waygroundRow(q, seconds);
    if (typeof row === "string") skipped.push({ number: i + 1, reason: row });
    else rows.push(row);
  }
  return { header: WAYGROUND_HEADER, rows, skipped };
}
