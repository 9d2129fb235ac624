import { questionWarnings } from "../../content/audit/question-check";
import type { SetQuestion } from "../../content/audit/set-questions";
import { contentWords } from "../../content/audit/words";
import { questionSchema, type QuestionInput } from "../../content/schema";
import { areSynonyms } from "../../language/wordnet";
import type { Sentence } from "../sentences";
import { readsBadly } from "./text";

const BLANK = "_____";
const quoted = (prompt: string) => [...prompt.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
const optionTypes = new Set(["single_choice", "multiple_select"]);

/**
 * Why a draft may not be shown, by the per-question checks and the item audit's: empty when it may.
 * `set` is the questions kept so far (with the draft as number 0 it is compared against them); `sentences` are
 * the article's, split as the audit splits them.
 */
export function draftProblems(
  q: QuestionInput,
  set: readonly SetQuestion[],
  lesson: number,
  sentences: readonly Sentence[],
): string[] {
  const problems: string[] = [];
  const parsed = questionSchema.safeParse(q);
  if (!parsed.success) problems.push(`invalid: ${parsed.error.issues[0]?.message}`);
  if (optionTypes.has(q.type)) {
    // A function word ("when", "about") or a bare punctuation mark as an option.
    if (q.choices.some((c) => contentWords(c.text).size === 0 && !/\d/.test(c.text)))
      problems.push("a function word as an option");
    const key = q.choices.find((c) => c.correct)?.text ?? "";
    if (q.prompt.includes(BLANK)) {
      const cited = q.citation.text.toLowerCase();
      for (const c of q.choices.filter((x) => !x.correct)) {
        // A second true option: the distractor is in the sentence, includes the key, or means the same.
        if (cited.includes(c.text.toLowerCase())) problems.push(`a distractor is in the sentence: ${c.text}`);
        if (
          c.text.toLowerCase().includes(key.toLowerCase()) ||
          key.toLowerCase().includes(c.text.toLowerCase())
        )
          problems.push(`a distractor overlaps the key: ${c.text}`);
        if (/^[a-z]+$/.test(key) && /^[a-z]+$/.test(c.text) && areSynonyms(key, c.text, "noun"))
          problems.push(`a distractor is a synonym of the key: ${c.text}`);
      }
      if (q.prompt.split(BLANK).length !== 2) problems.push("not exactly one blank");
    }
  }
  // A statement that opens on "and" or "but" is half of a sentence (the ninth review: "…according to the article,
  // and the roof cools less in a long dry spell the plants slow down").
  if (
    q.type === "true_false" &&
    /^True or false: (?:according to the article, )?(?:and|but|or|so|yet|nor)\b/i.test(q.prompt)
  )
    problems.push("garbled text");
  // A garbled sentence: a quoted statement or an option that would read badly.
  if (quoted(q.prompt).some(readsBadly) || q.choices.some((c) => readsBadly(c.text)))
    problems.push("garbled text");
  const target: SetQuestion = { number: 0, lesson, question: q };
  problems.push(...questionWarnings(target, set, sentences));
  return problems;
}
