/**
 * Words British spelling changes beyond the regular endings below, as stems ("ploughed" → "plowed").
 */
const STEMS: readonly [string, string][] = [
  ["plough", "plow"],
  ["grey", "gray"],
  ["tyre", "tire"],
  ["cheque", "check"],
  ["programme", "program"],
  ["mould", "mold"],
  ["kerb", "curb"],
  ["jewellery", "jewelry"],
  ["aluminium", "aluminum"],
  ["sceptic", "skeptic"],
  ["storey", "story"],
];

/** Regular British endings and their American forms: "colour", "organise", "centre", "travelling", "defence". */
const ENDINGS: readonly [RegExp, string][] = [
  [/([a-z]{2})our(s|ed|ing|ite|ites|ful|able|hood|less|ly)?$/, "$1or$2"],
  [/([a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2"],
  [/([a-z]{2})ys(e|es|ed|ing)$/, "$1yz$2"],
  [/([a-z]{2}[^aeiou])re(s)?$/, "$1er$2"],
  [/([a-z]{2}[^aeiou])red$/, "$1ered"],
  [/([aeiou][a-z]?)ll(ing|ed|er|ers)$/, "$1l$2"],
  [/([a-z]{2})ence$/, "$1ense"],
  [/([a-z]{2})ogue(s)?$/, "$1og$2"],
  [/([a-z])ae([a-z])/, "$1e$2"],
];

/**
 * The American forms a British spelling may stand for, for looking it up in an American word list (SUBTLEX-US):
 * there "neighbouring" or "colour" is missing and looks rare, so the seventh review got a vocabulary item on
 * "neighbouring". Each rule makes one candidate; a candidate the list lacks is simply not found.
 */
export function americanSpellings(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  for (const [british, american] of STEMS) if (w.includes(british)) out.add(w.replace(british, american));
  for (const [re, by] of ENDINGS) {
    const v = w.replace(re, by);
    if (v !== w) out.add(v);
  }
  return [...out];
}
