import type { Sentence, Token } from "./analysis";
import { sensesOf } from "../../language/wordnet";

/** WordNet's file of time nouns: "this year", "that week" point to the article's date, not to a sentence before. */
const TIME_FILE = 28;

const DEMONSTRATIVE = /^(?:this|these|that|those)$/i;
const BE =
  /^(?:is|are|was|were|be|been|being|'s|seems?|seemed|appears?|appeared|remains?|remained|exists?)$/i;

/**
 * Nouns that promise content given elsewhere (Schmid's "shell nouns"): "Two things explain most of the difference"
 * says what follows, not what the article claims.
 */
const SHELL =
  /^(?:things?|reasons?|factors?|ways?|points?|questions?|problems?|changes?|lessons?|steps?|ideas?|explanations?|options?|aspects?|features?|issues?|causes?|arguments?|concerns?|worries|worry|parts?|kinds?|types?)$/i;

/**
 * The phrases of `s` that point back to an earlier sentence and so mean nothing in a statement read alone: a
 * demonstrative ("these criticisms", "this feedback", "this is a temporary gain"), a place "there" (not "there
 * is"), "by then", a pair or remainder named before ("both sides", "the other two").
 */
function backReferences(s: Sentence): string[] {
  const tokens = s.tokens;
  const out: string[] = [];
  const span = (from: number, to: number) =>
    s.text.slice(tokens[from]!.start - s.start, tokens[to]!.end - s.start);
  const nounAfter = (i: number) => {
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      if (tokens[j]!.pos === "NOUN") return j;
      if (tokens[j]!.pos !== "ADJ" && tokens[j]!.pos !== "NUM") return -1;
    }
    return -1;
  };
  tokens.forEach((t, i) => {
    const word = t.text.toLowerCase();
    if (DEMONSTRATIVE.test(word) && t.pos === "DET") {
      const noun = nounAfter(i);
      if (noun >= 0 && !isTime(tokens[noun]!)) out.push(span(i, noun));
    } else if (/^(?:this|these|those)$/.test(word) && t.pos === "PRON") out.push(t.text);
    else if (word === "there" && !existential(tokens, i)) out.push(t.text);
    else if (word === "then" && /^(?:by|until|till|since|from|before)$/i.test(tokens[i - 1]?.text ?? ""))
      out.push(span(i - 1, i));
    else if (word === "both" && tokens[i + 1]?.pos === "NOUN") out.push(span(i, i + 1));
    else if (
      word === "other" &&
      tokens[i - 1]?.text.toLowerCase() === "the" &&
      /^(?:NUM|NOUN)$/.test(tokens[i + 1]?.pos ?? "")
    )
      out.push(span(i - 1, i + 1));
  });
  return out;
}

const isTime = (t: Token) => sensesOf(t.lemma, "noun")[0]?.lexFile === TIME_FILE;

/** "There is", "there may be", "there seem to be": no place pointed to. */
function existential(tokens: readonly Token[], i: number): boolean {
  for (const t of tokens.slice(i + 1, i + 4)) {
    if (BE.test(t.text)) return true;
    if (t.pos !== "AUX" && t.pos !== "ADV" && t.pos !== "PART") return false;
  }
  return false;
}

/**
 * Whether `s` opens on a count of shell nouns it does not name ("Two things explain most of the difference",
 * "Several factors matter"): the content comes in the sentences after it.
 */
function promisesWhatFollows(s: Sentence): boolean {
  const verb = s.tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  const subject = s.tokens.slice(0, verb < 0 ? 0 : verb);
  return subject.some(
    (t, i) =>
      SHELL.test(t.text) &&
      t.pos === "NOUN" &&
      subject.slice(0, i).some((x) => x.pos === "NUM" || /^(?:several|many|some|few)$/i.test(x.text)),
  );
}

/**
 * The statement as it can be read alone: a fronted phrase that points back ("Despite these criticisms, …") left
 * out when the rest stands without it; undefined when a back reference or a promise of what follows remains.
 */
export function standingAlone(s: Sentence, text: string): string | undefined {
  if (promisesWhatFollows(s)) return undefined;
  const refs = backReferences(s);
  const holds = (x: string) => refs.some((r) => x.toLowerCase().includes(r.toLowerCase()));
  if (!holds(text)) return text;
  const fronted = /^([^,]{3,60}), (.{20,})$/.exec(text);
  const lead = s.tokens[0];
  // A clause before ", and …" is no fronted phrase: without it the statement would open on "and".
  if (
    fronted &&
    !holds(fronted[2]!) &&
    lead &&
    /^(?:ADP|SCONJ|ADV)$/.test(lead.pos) &&
    !/^(?:and|but|or|so|yet|nor)\b/i.test(fronted[2]!)
  )
    return fronted[2]!;
  return undefined;
}
