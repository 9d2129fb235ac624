import { statSync, readFileSync } from "node:fs";
import { readAikenFile } from "../../lib/interchange/aiken-parse";
import { MAX_QUESTION_FILE_BYTES } from "../../lib/interchange/decode-input";
import { readGiftFile } from "../../lib/interchange/gift-parse";
import type { ReadQuestions } from "../../lib/interchange/imported-question";
import { CliError } from "./cli-error";

export const IMPORT_FORMATS = ["gift", "aiken"] as const;

/** A question file read in its format; a file too large is refused before it is read. */
export function readQuestionFile(file: string, format: string | undefined): ReadQuestions {
  if (format !== "gift" && format !== "aiken")
    throw new CliError(`--format takes ${IMPORT_FORMATS.join(" or ")}, not "${format ?? ""}".`, 2);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliError(`No such file: ${file}`, 2);
  }
  if (size > MAX_QUESTION_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      errors: [{ line: 1, reason: `The file is ${mb} MB; a question file may be at most 5.0 MB.` }],
    };
  }
  const bytes = readFileSync(file);
  return format === "gift" ? readGiftFile(bytes) : readAikenFile(bytes);
}
