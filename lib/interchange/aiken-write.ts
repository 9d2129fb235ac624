import type { QuestionInput } from "../content/schema";
import type { ExportSkip, TextExport } from "./export-report";

type Question = Omit<QuestionInput, "citation">;

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Why Aiken cannot hold the question as it is, or null when it can. */
function unfit(q: Question): string | null {
  if (q.type !== "single_choice" && q.type !== "true_false")
    return `${q.type.replace("_", " ")} questions have no Aiken form (Aiken holds single choice only)`;
  if (q.prompt.includes("\n")) return "the prompt has line breaks; an Aiken question is one line";
  if (q.choices.some((c) => c.text.includes("\n")))
    return "a choice has line breaks; an Aiken option is one line";
  if (/^ANSWER:/.test(q.prompt.trim()))
    return 'the prompt starts with "ANSWER:", which Aiken reads as the key';
  return null;
}

/**
 * A lesson's single-choice and true/false questions as Aiken; the rest are listed as skipped. Aiken keeps no
 * feedback or explanation: only the prompt, the options and the key.
 */
export function writeAiken(questions: readonly Question[]): TextExport {
  const blocks: string[] = [];
  const skipped: ExportSkip[] = [];
  for (const [i, q] of questions.entries()) {
    const reason = unfit(q);
    if (reason) {
      skipped.push({ number: i + 1, reason });
      continue;
    }
    const key = q.choices.findIndex((c) => c.correct);
    blocks.push(
      [q.prompt, ...q.choices.map((c, n) => `${LETTERS[n]}. ${c.text}`), `ANSWER: ${LETTERS[key]}`].join(
        "\n",
      ),
    );
  }
  return { text: blocks.length > 0 ? `${blocks.join("\n\n")}\n` : "", skipped };
}
