/**
 * Word-level cues a test-wise student reads without the passage. Comparisons use content words only, lowercased
 * and lightly stemmed, so "alliances" in an option matches "alliance" in the stem the way a skimming eye does.
 */

// Function words, plus the boilerplate every Lectern stem carries ("According to the article…", "Select all
// that apply", "True or false:"), which would otherwise make every option "share words" with every stem.
const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between " +
    "both but by can could did do does doing down during each few for from further had has have having he her " +
    "here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not " +
    "now of off on once only or other our ours ourselves out over own same she should so some such than that the " +
    "their theirs them themselves then there these they this those through to too under until up very was we were " +
    "what when where which while who whom why will with would you your yours yourself yourselves " +
    "according article passage section text following select apply true false part answer question best " +
    "statement say says said describe describes"
  ).split(" "),
);

const HEDGES = new Set(
  (
    "some may might often usually generally can could sometimes likely probably tend tends partly largely " +
    "mostly many several perhaps possibly typically frequently relatively somewhat appear appears seem seems " +
    "suggest suggests"
  ).split(" "),
);

const ABSOLUTES = new Set(
  (
    "always never all none every everyone everything nothing nobody only entirely completely totally solely " +
    "purely must universally absolutely certainly clearly undoubtedly impossible forever no"
  ).split(" "),
);

// Conjunctions and clause marks: what makes an option read as "qualified" and detailed.
const CLAUSE_WORDS = new Set("and or but while because although though whereas unless rather".split(" "));

/** Lowercased words of a text, apostrophes kept inside words ("didn't"), possessive 's dropped. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)*/g) ?? []
  ).map((w) => w.replace(/'s$/, ""));
}

function stripSuffix(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith("ly")) return word.slice(0, -2);
  return word;
}

/**
 * A light suffix stripper: enough to match plurals and -ing/-ed/-ly forms, never a full stemmer's guesses. A
 * final "e" goes too, so "include", "includes" and "including" all meet at "includ".
 */
export function stem(word: string): string {
  const stripped = stripSuffix(word);
  return stripped.length > 3 && stripped.endsWith("e") ? stripped.slice(0, -1) : stripped;
}

/** The distinct stemmed content words of a text. */
export function contentWords(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((w) => !STOP_WORDS.has(w) && w.length > 1)
      .map(stem),
  );
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared;
}

const countIn = (set: ReadonlySet<string>) => (text: string) => words(text).filter((w) => set.has(w)).length;

/** Qualifiers ("some", "may", "often") that test-wise students take as the mark of a true statement. */
export const hedgeCount = countIn(HEDGES);

/** Absolutes ("always", "never", "all") that test-wise students take as the mark of a false statement. */
export const absoluteCount = countIn(ABSOLUTES);

/** Commas, semicolons, colons and joining words: the clauses that make an option look careful and complete. */
export function clauseMarks(text: string): number {
  return (text.match(/[,;:]/g)?.length ?? 0) + countIn(CLAUSE_WORDS)(text);
}
