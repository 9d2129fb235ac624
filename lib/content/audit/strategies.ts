import type { QuestionType } from "../schema";
import { mean } from "./picks";
import { absoluteCount, clauseMarks, contentWords, hedgeCount, jaccard, sharedCount } from "./words";

/** What a student sees without reading the passage: the type, the stem and the options in stored order. */
export type OptionView = { type: QuestionType; stem: string; options: readonly string[] };

/**
 * A passage-blind habit. `prefer` rates each option (the student picks the highest, ties at random); it
 * returns null where the habit has nothing to say, and the student then guesses. `order` is the habit for
 * ordering items (the longest-option habit puts the longest item first); without it the student guesses.
 */
export type Strategy = {
  id: string;
  label: string;
  prefer: (view: OptionView) => number[] | null;
  order?: (items: readonly string[]) => number[];
};

const isTrue = (option: string) => option.trim().toLowerCase() === "true";

// Ordering items are always shown shuffled and stored in their answer order, so a tie must never be broken by
// stored position (that would leak the key): ties fall back to alphabetical order, which the student can see.
const alphabetical = (items: readonly string[]) => (a: number, b: number) =>
  items[a]!.localeCompare(items[b]!, "en");
const orderBy = (items: readonly string[], score: (item: string) => number) =>
  [...items.keys()].sort((a, b) => score(items[b]!) - score(items[a]!) || alphabetical(items)(a, b));

/** A true/false habit read from the statement itself; other types rate their options with `rate`. */
const statementCue =
  (cue: (stem: string) => boolean, preferTrue: boolean, rate: (option: string) => number) =>
  ({ type, stem, options }: OptionView) => {
    if (type !== "true_false") return options.map(rate);
    if (!cue(stem)) return null;
    return options.map((o) => (isTrue(o) === preferTrue ? 1 : 0));
  };

const onlyTrueFalse = (preferTrue: boolean) => (view: OptionView) =>
  view.type === "true_false" ? view.options.map((o) => (isTrue(o) === preferTrue ? 1 : 0)) : null;

export const STRATEGIES: readonly Strategy[] = [
  {
    id: "longest",
    label: "longest option",
    prefer: ({ options }) => options.map((o) => o.trim().length),
    order: (items) => orderBy(items, (s) => s.trim().length),
  },
  {
    id: "shortest",
    label: "shortest option",
    prefer: ({ options }) => options.map((o) => -o.trim().length),
    order: (items) => orderBy(items, (s) => -s.trim().length),
  },
  { id: "first", label: "first option", prefer: ({ options }) => options.map((_, i) => -i) },
  { id: "last", label: "last option", prefer: ({ options }) => options.map((_, i) => i) },
  {
    id: "middle",
    label: "a middle option (B or C)",
    prefer: ({ options }) =>
      options.length > 2 ? options.map((_, i) => (i > 0 && i < options.length - 1 ? 1 : 0)) : null,
  },
  {
    id: "stem_words",
    label: "most words shared with the stem",
    prefer: ({ stem, options }) => {
      const stemWords = contentWords(stem);
      return options.map((o) => sharedCount(stemWords, contentWords(o)));
    },
  },
  {
    id: "convergence",
    label: "most like the other options",
    prefer: ({ options }) => {
      const sets = options.map(contentWords);
      return sets.map((s, i) => mean(sets.filter((_, j) => j !== i).map((other) => jaccard(s, other))));
    },
  },
  { id: "always_true", label: "always True", prefer: onlyTrueFalse(true) },
  { id: "always_false", label: "always False", prefer: onlyTrueFalse(false) },
  {
    id: "hedged",
    label: "hedged option (some, may, often); hedged statements True",
    prefer: statementCue((stem) => hedgeCount(stem) > 0, true, hedgeCount),
  },
  {
    id: "no_absolutes",
    label: "avoid absolutes (always, never, all); absolute statements False",
    prefer: statementCue(
      (stem) => absoluteCount(stem) > 0,
      false,
      (o) => -absoluteCount(o),
    ),
  },
  {
    id: "most_detailed",
    label: "most detailed option (content words, then clauses)",
    prefer: ({ options }) => options.map((o) => contentWords(o).size * 100 + clauseMarks(o)),
  },
  {
    id: "alphabetical",
    label: "ordering: alphabetical",
    prefer: () => null,
    order: (items) => [...items.keys()].sort(alphabetical(items)),
  },
];
