import type { QuestionInput } from "../../content/schema";
import { escapeRegExp } from "./text";

/** A name or a figure: a key short enough to be read off another item's stem ("Olumide", "nine", "1847"). */
const NAME_OR_FIGURE =
  /^(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}|[$£€]?\d[\d.,%]*(?: [a-z]+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: [a-z]+)?)$/;
const FIRST_WORDS = /^(?:True|False|Accurate|Mistaken)$/;

/** The keys of a closed item or short answer that are names or figures. */
function factKeys(q: QuestionInput): string[] {
  const keys = [
    ...q.choices.filter((c) => c.correct).map((c) => c.text),
    ...(q.type === "short_answer" ? q.acceptedAnswers.slice(0, 1) : []),
  ];
  return keys.filter((k) => NAME_OR_FIGURE.test(k) && !FIRST_WORDS.test(k));
}

/** The key as a word of the text (not inside a longer name, nor its possessive: "Tiago's fear" names no friend). */
const holds = (text: string, key: string) =>
  new RegExp(`(?:^|[^\\w'’-])${escapeRegExp(key)}(?:$|[^\\w'’-])`, "i").test(text);

/**
 * Whether two items of one lesson give each other away or ask one fact twice: one's name or figure key stands in
 * the other's stem or right options ("according to _____, the company's operations manager" beside "…," Olumide said."), or both
 * have the same key (the sixth review's exhibit asked the death toll twice in a lesson).
 */
export function answersOneAnother(a: QuestionInput, b: QuestionInput): boolean {
  const ka = factKeys(a);
  const kb = factKeys(b);
  if (ka.some((k) => kb.some((x) => x.toLowerCase() === k.toLowerCase()))) return true;
  return ka.some((k) => holds(printed(b), k)) || kb.some((k) => holds(printed(a), k));
}

/**
 * What an item shows as true: its stem and its right options. An ordering item's steps carry their figures and
 * years ("The folding sewing table (1903)"), so a blank on one of them is answered by reading the other item.
 */
const printed = (q: QuestionInput) =>
  [q.prompt, ...q.choices.filter((c) => c.correct).map((c) => c.text)].join("\n");
