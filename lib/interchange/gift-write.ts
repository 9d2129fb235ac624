import type { QuestionInput } from "../content/schema";
import type { ExportSkip, TextExport } from "./export-report";
import { escapeGift as esc } from "./gift-text";

type Question = Omit<QuestionInput, "citation">;

const feedback = (f: string | undefined) => (f ? `#${esc(f)}` : "");
// An answer's text starting with % would read as its weight: the escape keeps it text.
const answer = (text: string) => esc(text).replace(/^%/, "\\%");

/** Moodle's weight for each of n right answers of a multiple-answer question: 100 / n, to 5 decimals. */
export function shareOf(n: number): string {
  return String(Number((100 / n).toFixed(5)));
}

function answerLines(q: Question): string[] | string {
  switch (q.type) {
    case "single_choice":
      return q.choices.map((c) => `${c.correct ? "=" : "~"}${answer(c.text)}${feedback(c.feedback)}`);
    case "multiple_select": {
      const share = shareOf(q.choices.filter((c) => c.correct).length);
      return q.choices.map(
        (c) => `~${c.correct ? `%${share}%` : ""}${answer(c.text)}${feedback(c.feedback)}`,
      );
    }
    case "true_false": {
      const right = q.choices.find((c) => c.correct)!;
      const wrong = q.choices.find((c) => !c.correct)!;
      // {TRUE#feedback for a wrong answer#feedback for a right one}; the second # only when there is one.
      const parts = [/^true$/i.test(right.text.trim()) ? "TRUE" : "FALSE"];
      if (wrong.feedback || right.feedback) parts.push(esc(wrong.feedback ?? ""));
      if (right.feedback) parts.push(esc(right.feedback));
      return [parts.join("#")];
    }
    case "short_answer":
      // A 0% answer is one the grader recognizes as wrong: Lectern's rejected answers.
      return [
        ...q.acceptedAnswers.map((a) => `=${answer(a)}`),
        ...(q.rejectedAnswers ?? []).map((r) => `=%0%${esc(r)}`),
      ];
    case "ordering":
      // GIFT has no ordering: matching pairs whose right-hand sides are the places, which read back as an order.
      return q.choices.map((c, i) => `=${answer(c.text)} -> ${i + 1}`);
    case "open_response":
      return [];
    case "evidence":
      return "evidence questions (two parts, the second citing the passage) have no GIFT form";
  }
}

/** A lesson's questions as GIFT: one block each, named Q1, Q2…, explanations as general feedback. */
export function writeGift(questions: readonly Question[], title?: string): TextExport {
  const blocks: string[] = [];
  const skipped: ExportSkip[] = [];
  for (const [i, q] of questions.entries()) {
    const lines = answerLines(q);
    if (typeof lines === "string") {
      skipped.push({ number: i + 1, reason: lines });
      continue;
    }
    // An essay's general feedback carries its rubric; every other question's carries its explanation.
    const general = q.type === "open_response" ? (q.rubric ?? q.explanation) : q.explanation;
    blocks.push(
      [`::Q${i + 1}:: ${esc(q.prompt)} {`, ...lines.map((l) => `  ${l}`), `  ####${esc(general)}`, "}"].join(
        "\n",
      ),
    );
  }
  const heading = title ? `// ${title.replace(/\n/g, " ")}\n// Exported from Lectern\n\n` : "";
  return { text: `${heading}${blocks.join("\n\n")}\n`, skipped };
}
