import type { StoredQuestion } from "./stored-key";

/**
 * Finding a key's text in what a student received, whatever the encoding (HTML entities, JSON escapes, JSON in a
 * script string): the longest run of characters every encoding leaves alone stands for the text.
 */
function plainRun(text: string): string | null {
  const runs = text.match(/[A-Za-z0-9 ,.;:()-]+/g) ?? [];
  const longest = runs.map((r) => r.trim()).sort((a, b) => b.length - a.length)[0] ?? "";
  return longest.length >= 6 ? longest : null;
}

/** Whether `body` holds `text` (as a whole word run, so "deter" is not found in "determined"). */
export function holds(body: string, text: string): boolean {
  const run = plainRun(text);
  if (!run) return false;
  const escaped = run.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`).test(body);
}

export type Secret = { question: string; kind: string; text: string };

/**
 * The key texts of a question a student must not receive: explanation, rubric, choice notes, accepted and
 * rejected answers. Texts the student is shown anyway (in the passage, a prompt or a choice) cannot be secrets.
 */
export function secretsOf(questions: StoredQuestion[], shownText: string): Secret[] {
  const out: Secret[] = [];
  for (const q of questions) {
    const add = (kind: string, text: string | null) => {
      if (text && plainRun(text) && !holds(shownText, text)) out.push({ question: q.type, kind, text });
    };
    add("explanation", q.explanation);
    add("rubric", q.rubric);
    for (const c of q.choices) add("choice note", c.feedback);
    for (const a of q.acceptedAnswers) add("accepted answer", a);
    for (const a of q.rejectedAnswers) add("rejected answer", a);
  }
  return out;
}
