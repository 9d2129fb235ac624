import { decodeQuestionFile } from "./decode-input";
import {
  finishQuestion,
  type LineReport,
  type LocatedQuestion,
  type ReadQuestions,
} from "./imported-question";

const OPTION = /^([A-Z])[.)](?:\s+(.*))?$/;
const ANSWER = /^ANSWER:\s*(.*)$/;

type Draft = { line: number; prompt: string; options: { letter: string; text: string }[] };

/** Options exactly True and False make a true/false question, which Aiken can only write as two options. */
function isTrueFalse(options: Draft["options"]): boolean {
  return (
    options
      .map((o) => o.text.toLowerCase())
      .sort()
      .join("|") === "false|true"
  );
}

/**
 * The questions of an Aiken text: a one-line question, options `A.` or `A)` one per line, then `ANSWER: X`;
 * blank lines between questions. Anything else (an option out of order, no ANSWER, an answer that is not an
 * option's letter) makes the file malformed, and nothing is imported.
 */
export function readAiken(text: string): ReadQuestions {
  const questions: LocatedQuestion[] = [];
  const skipped: LineReport[] = [];
  const errors: LineReport[] = [];
  let draft: Draft | null = null;
  // After an error the rest of that question is passed over: one mistake, one report.
  let passing = false;
  const fail = (line: number, reason: string) => {
    errors.push({ line, reason });
    [draft, passing] = [null, true];
  };
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    const at = i + 1;
    if (line === "") {
      passing = false;
      continue;
    }
    if (passing) continue;
    if (!draft) {
      draft = { line: at, prompt: line, options: [] };
      continue;
    }
    const option = OPTION.exec(line);
    const answer = ANSWER.exec(line);
    if (option) {
      const expected = String.fromCharCode(65 + draft.options.length);
      const optionText = (option[2] ?? "").trim();
      if (option[1] !== expected) fail(at, `option ${option[1]} where ${expected} was expected`);
      else if (optionText === "") fail(at, `option ${expected} is empty`);
      else draft.options.push({ letter: expected, text: optionText });
    } else if (answer) {
      const key = answer[1]!.trim();
      if (draft.options.length < 2) fail(at, "ANSWER after fewer than two options");
      else if (!draft.options.some((o) => o.letter === key))
        fail(at, `ANSWER "${key}" is not the letter of one of the options`);
      else {
        const tf = isTrueFalse(draft.options);
        const finished = finishQuestion({
          type: tf ? "true_false" : "single_choice",
          prompt: draft.prompt,
          choices: draft.options.map((o) => ({ text: o.text, correct: o.letter === key })),
        });
        if (finished.ok) questions.push({ line: draft.line, question: finished.question });
        else skipped.push({ line: draft.line, reason: finished.reason });
        draft = null;
      }
    } else {
      fail(
        at,
        draft.options.length === 0
          ? "a question must fit on one line, followed by options A. B. …"
          : "expected an option (B. text) or ANSWER: X",
      );
    }
  }
  if (draft) errors.push({ line: draft.line, reason: "question with no ANSWER: line" });
  if (errors.length > 0) return { ok: false, errors };
  if (questions.length === 0 && skipped.length === 0)
    return { ok: false, errors: [{ line: 1, reason: "The file holds no questions." }] };
  return { ok: true, questions, skipped, notes: [] };
}

/** An Aiken file's bytes read as questions: refused whole when too large, binary or not UTF-8. */
export function readAikenFile(bytes: Uint8Array): ReadQuestions {
  const decoded = decodeQuestionFile(bytes);
  return decoded.ok ? readAiken(decoded.text) : { ok: false, errors: [{ line: 1, reason: decoded.reason }] };
}
