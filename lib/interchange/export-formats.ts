import type { QuestionInput } from "../content/schema";
import { writeAiken } from "./aiken-write";
import type { ExportSkip } from "./export-report";
import { writeGift } from "./gift-write";
import { kahootSheet, waygroundSheet, type QuizSheet } from "./quiz-game-sheets";

type Question = Omit<QuestionInput, "citation">;

export const EXPORT_FORMATS = ["gift", "aiken", "xlsx-kahoot", "xlsx-quizizz"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  gift: "GIFT (Moodle)",
  aiken: "Aiken",
  "xlsx-kahoot": "Kahoot spreadsheet",
  "xlsx-quizizz": "Wayground (Quizizz) spreadsheet",
};

export const isExportFormat = (value: unknown): value is ExportFormat =>
  (EXPORT_FORMATS as readonly unknown[]).includes(value);

/** A lesson's questions in one format: text (GIFT, Aiken) or a sheet, and the questions it leaves out. */
export type Exported =
  | { kind: "text"; text: string; skipped: ExportSkip[] }
  | { kind: "sheet"; sheet: QuizSheet; skipped: ExportSkip[] };

export function exportQuestions(
  questions: readonly Question[],
  format: ExportFormat,
  title?: string,
): Exported {
  switch (format) {
    case "gift": {
      const written = writeGift(questions, title);
      return { kind: "text", ...written };
    }
    case "aiken":
      return { kind: "text", ...writeAiken(questions) };
    case "xlsx-kahoot":
    case "xlsx-quizizz": {
      const sheet = format === "xlsx-kahoot" ? kahootSheet(questions) : waygroundSheet(questions);
      return { kind: "sheet", sheet, skipped: sheet.skipped };
    }
  }
}
