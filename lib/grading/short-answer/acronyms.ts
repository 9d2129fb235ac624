/** An abbreviation the article defines, as written there: "EPA" for "Environmental Protection Agency". */
export type Acronym = { short: string; long: string };

// Small words an acronym may leave out ("North Atlantic Treaty Organization", "Department of Defense" as DoD).
const MINOR = new Set(["of", "and", "the", "for", "on", "in", "to", "a", "an", "at", "by", "&"]);
const WORD = /[\p{L}&][\p{L}'’&-]*/gu;
const MAX_LETTERS = 10;

/** Whether `words`, in order, spell `letters` by their initials (each part of a hyphenated word may give one). */
function spells(words: readonly string[], letters: string, first = true): boolean {
  const [word, ...rest] = words;
  if (word === undefined) return letters === "";
  const lower = word.toLocaleLowerCase("en");
  if (!first && MINOR.has(lower) && spells(rest, letters, false)) return true;
  if (first && MINOR.has(lower)) return false;
  const parts = lower.split("-").filter(Boolean);
  const initials = new Set([parts.map((p) => p[0]).join(""), lower[0] ?? ""]);
  return [...initials].some(
    (i) => i !== "" && letters.startsWith(i) && spells(rest, letters.slice(i.length), false),
  );
}

/** The letters of something that looks like an acronym ("EPA", "U.S.", "DoD"), lower-cased; else null. */
function acronymLetters(candidate: string): string | null {
  const letters = candidate.replace(/[.&]/g, "");
  const capitals = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (capitals < 2 || letters.length > MAX_LETTERS || !/^\p{L}+$/u.test(letters)) return null;
  return letters.toLocaleLowerCase("en");
}

/** The last words before `end` that spell `letters`, fewest first; null when none do. */
function expansionBefore(text: string, end: number, letters: string): string | null {
  const words = text.slice(Math.max(0, end - 200), end).match(WORD) ?? [];
  const window = words.slice(-(letters.length + 4));
  for (let from = window.length - 1; from >= 0; from--) {
    const candidate = window.slice(from);
    if (spells(candidate, letters)) return candidate.join(" ");
  }
  return null;
}

/**
 * The acronyms an article defines, either way round: "Environmental Protection Agency (EPA)" and
 * "EPA (Environmental Protection Agency)". A parenthesis whose words do not spell the letters defines nothing.
 */
export function definedAcronyms(articleText: string): Acronym[] {
  const found = new Map<string, Acronym>();
  for (const m of articleText.matchAll(/\(\s*([\p{L}.&]+)\s*\)/gu)) {
    const letters = acronymLetters(m[1]!);
    if (!letters || found.has(letters)) continue;
    // A plural acronym ("NGOs") spells its letters without the s.
    const long =
      expansionBefore(articleText, m.index, letters) ??
      (m[1]!.endsWith("s") ? expansionBefore(articleText, m.index, letters.slice(0, -1)) : null);
    if (long) found.set(letters, { short: m[1]!, long });
  }
  for (const m of articleText.matchAll(/(?<![\p{L}.])([\p{L}.&]+)\s*\(([^()]{3,150})\)/gu)) {
    const letters = acronymLetters(m[1]!);
    const long = (m[2]!.match(WORD) ?? []).join(" ");
    if (letters && !found.has(letters) && spells(long.split(" "), letters)) {
      found.set(letters, { short: m[1]!, long });
    }
  }
  return [...found.values()];
}
