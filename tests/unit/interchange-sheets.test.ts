import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ImportedQuestion } from "@/lib/interchange/imported-question";
import {
  KAHOOT_HEADER,
  WAYGROUND_HEADER,
  kahootSheet,
  waygroundSheet,
} from "@/lib/interchange/quiz-game-sheets";
import { sheetToXlsx } from "@/lib/interchange/xlsx-workbook";

const base = {
  points: 1,
  skill: "detail" as const,
  explanation: "Because the passage says so.",
  acceptedAnswers: [],
  choices: [],
  evidenceOptions: [],
};
const choices = (texts: string[], right: number[]) =>
  texts.map((text, i) => ({ text, correct: right.includes(i) }));

const questions: ImportedQuestion[] = [
  { ...base, type: "single_choice", prompt: "Which one?", choices: choices(["A", "B", "C"], [1]) },
  { ...base, type: "multiple_select", prompt: "Which ones?", choices: choices(["A", "B", "C", "D"], [0, 2]) },
  { ...base, type: "true_false", prompt: "Is it so?", choices: choices(["True", "False"], [1]) },
  { ...base, type: "short_answer", prompt: "Name it.", acceptedAnswers: ["Russia", "Russian Federation"] },
  { ...base, type: "open_response", prompt: "Explain it.", rubric: "Two reasons." },
  { ...base, type: "ordering", prompt: "Order them.", choices: choices(["a", "b", "c"], [0, 1, 2]) },
  { ...base, type: "single_choice", prompt: "x".repeat(121), choices: choices(["A", "B"], [0]) },
  { ...base, type: "single_choice", prompt: "Long answer?", choices: choices(["A", "y".repeat(76)], [0]) },
  { ...base, type: "single_choice", prompt: "Five?", choices: choices(["1", "2", "3", "4", "5"], [0]) },
];

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("quiz-game spreadsheets", () => {
  it("Kahoot: its columns, the types it takes, the right answers as numbers, over-long text reported not cut", async () => {
    const sheet = kahootSheet(questions, 20);
    const rows = await readBack(await sheetToXlsx(sheet));
    expect(rows[0]).toEqual(KAHOOT_HEADER);
    expect(rows.slice(1)).toEqual([
      ["Which one?", "A", "B", "C", undefined, 20, "2"],
      ["Which ones?", "A", "B", "C", "D", 20, "1,3"],
      ["Is it so?", "True", "False", undefined, undefined, 20, "2"],
    ]);
    expect(sheet.skipped).toEqual([
      { number: 4, reason: "Kahoot quizzes take no short answer questions" },
      { number: 5, reason: "Kahoot quizzes take no open response questions" },
      { number: 6, reason: "Kahoot quizzes take no ordering questions" },
      {
        number: 7,
        reason: "the question is 121 characters; the limit is 120: shorten it in Lectern to export it",
      },
      { number: 8, reason: "answer 2 is 76 characters; the limit is 75: shorten it in Lectern to export it" },
      { number: 9, reason: "5 choices; Kahoot takes at most 4" },
    ]);
  });

  it("Kahoot refuses a time limit it does not offer", () => {
    expect(() => kahootSheet(questions, 45)).toThrow(/5, 10, 20, 30, 60, 90, 120, 240/);
  });

  it("Wayground: multiple choice, checkbox, fill-in-the-blank and open-ended rows with explanations", async () => {
    const sheet = waygroundSheet(questions);
    const rows = await readBack(await sheetToXlsx(sheet));
    expect(rows[0]).toEqual(WAYGROUND_HEADER);
    const why = base.explanation;
    expect(rows.slice(1, 6)).toEqual([
      ["Which one?", "Multiple Choice", "A", "B", "C", undefined, undefined, "2", 30, undefined, why],
      ["Which ones?", "Checkbox", "A", "B", "C", "D", undefined, "1,3", 30, undefined, why],
      [
        "Is it so?",
        "Multiple Choice",
        "True",
        "False",
        undefined,
        undefined,
        undefined,
        "2",
        30,
        undefined,
        why,
      ],
      [
        "Name it.",
        "Fill-in-the-Blank",
        "Russia",
        "Russian Federation",
        undefined,
        undefined,
        undefined,
        undefined,
        30,
        undefined,
        why,
      ],
      [
        "Explain it.",
        "Open-Ended",
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        30,
        undefined,
        why,
      ],
    ]);
    expect(sheet.skipped).toEqual([
      { number: 6, reason: "Wayground's spreadsheet takes no ordering questions" },
    ]);
    // Long text is Kahoot's limit, not Wayground's: the full text is written.
    expect(rows[6]![0]).toBe("x".repeat(121));
  });
});
