import type { Sentence, Token } from "./analysis";
import { frequencyRank } from "./frequency";
import { sensesOf } from "../../language/wordnet";
import { TITLES, YEAR } from "./text";

/** A date that is a year or a decade, bare or after "in" ("in 1874", "1990s"): of the kind "year". */
const YEAR_DATE = new RegExp(`^(?:in\\s+)?${YEAR.source}s?$`);

/** What an entity names; distractors are drawn from the same kind (and, for numbers, the same unit). */
export type EntityKind =
  | "person"
  | "organization"
  | "place"
  | "name"
  | "nationality"
  | "year"
  | "date"
  | "money"
  | "percent"
  | "quantity"
  | "duration"
  | "time"
  | "ordinal";

export type Entity = {
  text: string;
  kind: EntityKind;
  /** Offsets in the article; `sentence` is its sentence's index. */
  start: number;
  end: number;
  sentence: number;
  /** The token index of its first word within its sentence. */
  first: number;
  last: number;
  /** For quantities: the noun counted ("boats", "kilometres"), by lemma. */
  unit?: string;
  /** For names: written after "the" ("the United States"), so only such a name can stand in its place. */
  withThe?: boolean;
  /**
   * For places: what kind of place, so a country is not swapped for a peninsula: the head word ("island",
   * "river"), "listed" for one WordNet knows (countries, cities), else "other".
   */
  nameClass?: string;
};

/** A set of the words of a space-separated list. */
const wordSet = (list: string) => new Set(list.split(" "));

/** The title written right before a name in `before` ("Councillor ", "Dr. "), lower case, if there is one. */
export function titleBefore(before: string): string | undefined {
  const word = /([A-Za-z]+)\.?\s+$/.exec(before)?.[1]?.toLowerCase();
  return word && TITLES.has(word) ? word : undefined;
}

/** A title's lemma without its abbreviation's full stop ("Dr." → "dr"). */
const isTitle = (t: Token | undefined) => !!t && TITLES.has(t.lemma.replace(/\.$/, ""));
const ORG_HEADS = wordSet(
  "authority council board department university college school library company inc corp corporation agency institute association society water energy power utilities utility ltd llc plc co holdings partners airlines airways media motors systems technologies labs primary committee commission ministry service foundation museum party congress senate parliament court bank center centre club network times post news union team office group project program programme laboratory lab hospital church trust alliance federation academy fund guild press bureau administration",
);
const PLACE_HEADS = wordSet(
  "river lake canal street avenue road bay harbor harbour island islands mountain mountains mount valley county city state park glacier ocean sea bridge coast peninsula province region town village square hill hills falls creek strait gulf desert forest port station",
);
const MONTHS = wordSet(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday",
);
const REPORTING = wordSet(
  "say tell argue claim warn believe write add explain note insist contend suggest recall ask reply agree disagree think",
);
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "across", "outside", "around", "through"]);

const WINK_KINDS: Record<string, EntityKind> = {
  DATE: "date",
  MONEY: "money",
  PERCENT: "percent",
  CARDINAL: "quantity",
  TIME: "time",
  DURATION: "duration",
  ORDINAL: "ordinal",
};

/** A person's role or occupation by WordNet: a noun whose senses include a noun.person one (lexicographer file 18). */
const isRoleWord = (lemma: string) =>
  sensesOf(lemma, "noun").some((s) => s.lexFile === 18 && s.words.includes(lemma));

const isProper = (t: Token) => t.pos === "PROPN" && /^[A-Z]/.test(t.text) && !MONTHS.has(t.lemma);

/** A "-" written tight between two proper tokens ("Okonkwo-Lind", "Adebayo-Hart"). */
const joinsByHyphen = (tokens: Token[], j: number) =>
  tokens[j + 1]?.text === "-" &&
  tokens[j + 1]!.start === tokens[j]!.end &&
  !!tokens[j + 2] &&
  tokens[j + 2]!.start === tokens[j + 1]!.end &&
  isProper(tokens[j + 2]!);

/** Runs of proper nouns ("Dana Whitfield", "University of Oregon") as token index ranges. */
function properRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isProper(tokens[i]!)) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      if (isProper(tokens[j + 1]!)) j++;
      // "Okonkwo-Lind": a hyphenated surname is one name; its halves blanked or swapped alone read as a gap in a word.
      else if (joinsByHyphen(tokens, j)) j += 2;
      else if (tokens[j + 1]!.lemma === "of" && tokens[j + 2] && isProper(tokens[j + 2]!)) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** "Marcus Adeyemi, who has been head teacher…, argues": "who" or a reporting verb right after its apposition. */
function speaksAfterApposition(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ",") return false;
  if (tokens[last + 2]?.lemma === "who") return true;
  const close = tokens.findIndex((t, i) => i > last + 2 && t.text === ",");
  return close > 0 && REPORTING.has(tokens[close + 1]?.lemma ?? "") && tokens[close + 1]?.pos === "VERB";
}

/** A common-noun role right before the name ("the psychologist Jonathan Haidt", "nutritionist Alan Brooks"). */
function isRoleBefore(tokens: Token[], first: number): boolean {
  const role = tokens[first - 1];
  return !!role && role.pos === "NOUN" && /^[a-z]/.test(role.text) && isRoleWord(role.lemma);
}

/** A full name whose sentence has it speak or introduces it with "who": what only a person's name does. */
const isPersonContext = (tokens: Token[], a: number, b: number) =>
  tokens[a - 1]?.lemma !== "the" &&
  !ORG_HEADS.has(tokens[b]!.lemma) &&
  !PLACE_HEADS.has(tokens[b]!.lemma) &&
  (REPORTING.has(tokens[b + 1]?.lemma ?? "") || speaksAfterApposition(tokens, b));

/** WordNet's kind of a name it lists: a country or city (noun.location), a group, a person. */
const WORDNET_NAME_KINDS: Record<number, EntityKind> = { 15: "place", 14: "organization", 18: "person" };

function nameKind(tokens: Token[], first: number, last: number): EntityKind {
  const before = tokens[first - 1]?.lemma ?? "";
  const head = tokens[last]!.lemma;
  const after = tokens[last + 1]?.lemma ?? "";
  const text = tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(" ");
  // "Russian officials", "American interests": a people's adjective, which only another such adjective can replace.
  if (first === last && /(?:an|ese|ish|ic|i)$/.test(text) && sensesOf(text, "adj").length > 0)
    return "nationality";
  if (ORG_HEADS.has(head) || /^[A-Z]{2,}$/.test(tokens[last]!.text)) return "organization";
  if (PLACE_HEADS.has(head)) return "place";
  if (isTitle(tokens[first - 1])) return "person";
  // A name that speaks, that "who" follows, or that a role introduces ("the psychologist Jonathan Haidt") is a
  // person's; "the Netherlands asked" is not: a person's name takes no article.
  if (isPersonContext(tokens, first, last)) return "person";
  if (last > first && isRoleBefore(tokens, first)) return "person";
  const listed = sensesOf(text, "noun").find((s) => WORDNET_NAME_KINDS[s.lexFile]);
  if (listed) return WORDNET_NAME_KINDS[listed.lexFile]!;
  // "in Donald Trump's policy": the preposition governs the possessor's noun, not the name.
  if (PLACE_PREPOSITIONS.has(before) && after !== "'s" && after !== "’s") return "place";
  return "name";
}

/**
 * Named entities: wink-nlp's (dates, numbers, money, percentages, times) and names made of proper nouns by its
 * tagger. A name at the very start of its sentence is kept only when the article also writes it mid-sentence, so
 * "Looking", "Under" or "Critics" opening a sentence is never a name. Titles ("Mayor") are left out of the name.
 */
export function entitiesOf(sentences: readonly Sentence[]): Entity[] {
  const midNames = new Set<string>();
  const raw: Entity[] = [];
  for (const s of sentences) {
    const { tokens } = s;
    for (const e of s.entities) {
      const kind = WINK_KINDS[e.type];
      if (!kind) continue;
      const first = tokens[e.first]!;
      const last = tokens[e.last]!;
      // Part of a hyphenated word ("40-year-old"): not a figure that can be swapped on its own.
      if (s.text[last.end - s.start] === "-" || s.text[first.start - s.start - 1] === "-") continue;
      const text = s.text.slice(first.start - s.start, last.end - s.start);
      const next = tokens[e.last + 1];
      // "setting one up", "one of the bees' enzymes": a pronoun, not a figure to swap or blank.
      if (kind === "quantity" && /^one$/i.test(text) && next?.pos !== "NOUN" && next?.pos !== "ADJ") continue;
      // "less than a second", "look at the background first": a unit or an adverb, not a place in an order.
      if (kind === "ordinal" && next?.pos !== "NOUN" && next?.pos !== "ADJ") continue;
      const isYear = kind === "date" && YEAR_DATE.test(text);
      const unit =
        kind === "quantity" && next && next.pos === "NOUN"
          ? next.lemma
          : kind === "quantity"
            ? ""
            : undefined;
      raw.push({
        text,
        kind: isYear ? "year" : kind,
        start: first.start,
        end: last.end,
        sentence: s.index,
        first: e.first,
        last: e.last,
        unit,
      });
    }
    const inEntity = (i: number) => s.entities.some((e) => i >= e.first && i <= e.last);
    for (const run of properRuns(tokens)) {
      let a = run[0];
      const b = run[1];
      if (inEntity(a) || inEntity(b)) continue;
      while (a <= b && isTitle(tokens[a])) a++;
      // A role opening the sentence before a name ("Researcher Terry Hughes argued…"): a common noun, not a name.
      if (
        a === 0 &&
        b > 0 &&
        /^[A-Z][a-z]+$/.test(tokens[0]!.text) &&
        !MONTHS.has(tokens[0]!.lemma) &&
        frequencyRank(tokens[0]!.lemma) < 40_000 &&
        isRoleWord(tokens[0]!.lemma)
      )
        a++;
      if (a > b) continue;
      // Part of a longer name the tagger cut ("Kim Jong" of "Kim Jong-un", "Paris" of "Paris Agreement").
      const next = tokens[b + 1];
      if (
        s.text[tokens[b]!.end - s.start] === "-" ||
        (next && /^[A-Z]/.test(next.text) && next.pos === "NOUN")
      )
        continue;
      const text = s.text.slice(tokens[a]!.start - s.start, tokens[b]!.end - s.start);
      // A name after a title, or a full name opening the sentence that speaks ("Marcus Adeyemi, who…, argues"),
      // is a name wherever it stands.
      if (a > 0 || (b > a && isPersonContext(tokens, a, b))) midNames.add(text);
      raw.push({
        text,
        kind: nameKind(tokens, a, b),
        start: tokens[a]!.start,
        end: tokens[b]!.end,
        sentence: s.index,
        first: a,
        last: b,
        withThe: tokens[a - 1]?.lemma === "the",
        nameClass: placeClass(text, tokens[b]!.lemma),
      });
    }
  }
  const names = raw.filter((e) => !isNameKind(e.kind) || e.first > 0 || midNames.has(e.text));
  // A person's kind holds wherever the name, its surname or its full form appears.
  const people = new Set(names.filter((e) => e.kind === "person").map((e) => e.text));
  const isPerson = (t: string) =>
    people.has(t) || [...people].some((p) => p.endsWith(` ${t}`) || t.endsWith(` ${p}`));
  for (const e of names) {
    if (e.kind !== "name" && e.kind !== "place") continue;
    if (isPerson(e.text)) e.kind = "person";
  }
  // One kind and one "the" per name, the most frequent of its uses: "in Donald Trump's foreign policy" once
  // does not make a place of him, nor does "the United States' allies" drop its article.
  const byText = new Map<string, Entity[]>();
  for (const e of names)
    if (isNameKind(e.kind) || e.kind === "nationality")
      byText.set(e.text, [...(byText.get(e.text) ?? []), e]);
  for (const uses of byText.values()) {
    const kind = mostFrequent(uses.map((e) => e.kind));
    const withThe = uses.some((e) => e.withThe);
    for (const e of uses) {
      e.kind = kind;
      e.withThe = withThe;
    }
  }
  return names;
}

function placeClass(text: string, head: string): string {
  if (PLACE_HEADS.has(head)) return head;
  return sensesOf(text, "noun").some((s) => s.lexFile === 15) ? "listed" : "other";
}

function mostFrequent<T>(items: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

export const isNameKind = (k: EntityKind) =>
  k === "person" || k === "organization" || k === "place" || k === "name";

/** The full form of a name written in short elsewhere ("Whitfield" for "Dana Whitfield"). */
export function fullName(name: string, all: readonly Entity[]): string {
  const longer = all.find((e) => e.text !== name && e.text.endsWith(` ${name}`) && isNameKind(e.kind));
  return longer?.text ?? name;
}
