import type { QuestionInput } from "../content/schema";

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/** The quality rules for one generated question; an empty list means it may be offered to the teacher. */
export function qualityProblems(q: QuestionInput): string[] {
  const problems: string[] = [];
  const texts = q.choices.map((c) => norm(c.text));
  if (new Set(texts).size !== texts.length) problems.push("two choices are alike");
  // A sentence completion quotes its sentence with the key blanked: the key must be in it, no distractor may be.
  // Other single-choice items (meanings, who holds a view, main ideas) do not quote their key.
  if (q.type === "single_choice" && q.prompt.includes("_____")) {
    const cited = norm(q.citation.text);
    const right = q.choices.filter((c) => c.correct);
    if (right.length !== 1 || !right.every((c) => cited.includes(norm(c.text))))
      problems.push("the right answer is not in the cited sentence");
    if (q.choices.some((c) => !c.correct && cited.includes(norm(c.text))))
      problems.push("a distractor is in the cited sentence");
  }
  const blanks = q.prompt.match(/_____/g)?.length ?? 0;
  // A blank must sit in enough of its sentence to be answerable from it.
  if (blanks > 1 || (blanks === 1 && q.prompt.replace(/^[^"]*"|"$/g, "").split(/\s+/).length < 6))
    problems.push("an empty or dangling blank");
  if (/\s(?:the|a|an|of|and|to|with)\s*"?$/i.test(q.prompt))
    problems.push("the prompt ends in a dangling fragment");
  return problems;
}

/** Keeps questions that pass the rules, and at most one question per sentence and type. */
export function keepGood(questions: QuestionInput[]): QuestionInput[] {
  const seen = new Set<string>();
  return questions.filter((q) => {
    const key = `${q.citation.start}:${q.citation.end}:${q.type}`;
    if (seen.has(key) || qualityProblems(q).length > 0) return false;
    seen.add(key);
    return true;
  });
}
