import type { Sentence } from "./analysis";
import { citeSentence, type Article, type Draft } from "./article";
import { fullName } from "./entities";
import { areSynonyms } from "../../language/wordnet";
import { notTheirs } from "./feedback";
import { readsBadly, upperFirst } from "./text";
import { alsoHolds, nearestNamed, onOneSide, PRONOUN_HOLDER, pronounHolder } from "./view-holders";
import {
  POSSESSIVE_SIDE,
  SYNONYM_GROUPS,
  SUCH_AS,
  front,
  back,
  according,
  APPOSED,
  INNER,
  PRONOUN_INNER,
  PRONOUN_AFTER_QUOTE,
} from "./reporting-clauses";

/**
 * Who holds which view, from reporting clauses ("critics argue that…", "…, Whitfield said", "according to
 * parents, …"). These are claim-vs-criticism items: the author's own perspective is another skill.
 */
export type View = {
  holder: string;
  content: string;
  sentence: Sentence;
  kind: HolderKind;
  /** A study's finding ("Dr. Lena Fairbrook … found that…"): asked as who found it, not whose view it is. */
  found?: boolean;
};

/** Holders are offered only among holders of their kind: people, organisations, or groups ("residents"). */
export type HolderKind = "person" | "organization" | "group";

/** An argument's verb: what follows is a view even in plain words ("critics argue that the fare is…"). */
export const ARGUING =
  /\b(?:argue[sd]?|arguing|claim(?:s|ed)?|warn(?:s|ed)?|insist(?:s|ed)?|contend(?:s|ed)?|believe[sd]?|worr(?:y|ies|ied)|fear(?:s|ed)?|suggest(?:s|ed)?|maintain(?:s|ed)?|counter(?:s|ed)?|complain(?:s|ed)?|object(?:s|ed)?|propose[sd]?|urge[sd]?|disagree[sd]?)\b/i;
/** Wording that evaluates, obliges or predicts: what makes a reported sentence a view, not a reported fact. */
const VIEW_WORDS =
  /\b(?:should|ought|must|need(?:s|ed)? to|would|could|might|may|cannot|can't|too|enough|better|worse|best|worst|wrong|right|fair|unfair|mistake|important|essential|necessary|dangerous|harmful|helpful|useful|waste|deserve[sd]?|fine|good|bad|unacceptable|only way|no reason)\b/i;
/** A comparison the holder asserts ("skating is cheaper than most sports"): a judgement, not a reported fact. */
const JUDGED_COMPARISON = /\b(?:is|are|was|were|be) (?:\w+ )?(?:more \w+|less \w+|\w{3,}er) than\b/i;
/** A concession ("Six liters is fine if you live alone") states the opposite of the holder's point. */
const CONCESSION =
  /\b(?:is|are|was|were) (?:fine|good|okay|true|reasonable|understandable) (?:if|when|for)\b/i;
/**
 * Reported speech cut into a quote that does not read ("It replaces about 12 kilometers … and that speeding up…"),
 * or whose subject is in the sentence before ("It", "They").
 */
const CUT_SPEECH = /\band that\b|^(?:It|Its|They|Their|This|These|Those|He|She|We|There)\b/;

/** Whether a reported sentence states a view: argued, or worded as an evaluation, obligation or prediction. */
export function statesView(sentence: string, content: string): boolean {
  if (CONCESSION.test(content) || CUT_SPEECH.test(content)) return false;
  return ARGUING.test(sentence) || VIEW_WORDS.test(content) || JUDGED_COMPARISON.test(content);
}

/** A quotation in the first person ("we played the best football…"): the speaker's own story, not a view. */
const FIRST_PERSON_QUOTE = /^.*\b(?:I|I'm|me|my|we|we've|we're|us|our)\b.*$/;

/** A full name opening its sentence with an age or a "who" clause after it: only a person is written so. */
const PERSON_APPOSED = /^[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}, (?:\d{1,3},|who\b)/;

/** A person's name the entity reader may not know: two or three capitalised words, a title before them. */
const PERSON_NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.? )?([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})$/;

function holderOf(
  raw: string,
  article: Article,
  sentence: string,
): { name: string; kind: HolderKind } | undefined {
  // "the psychologist Jonathan Haidt": the role goes, the name holds the view (never "psychologist jonathan haidt").
  const bare = raw
    .replace(/^(?:many|some|most|other|the) /i, "")
    .replace(/^[a-z]+(?: [a-z]+)? (?=[A-Z][a-z]+ [A-Z])/, "");
  if (POSSESSIVE_SIDE.test(bare)) return { name: bare, kind: "group" };
  if (/^[A-Z]/.test(bare)) {
    // A capitalised holder must be a name the article uses mid-sentence (not "Looking", not "Critics").
    // The longest end of the phrase that is a name: "Mayor Ellen Price" → "Ellen Price".
    const words = bare.split(" ");
    let known;
    for (let i = 0; i < words.length && !known; i++) {
      const tail = words.slice(i).join(" ");
      if (!/^[A-Z]/.test(tail)) continue;
      known = article.entities.find((e) => e.text === tail || e.text.endsWith(` ${tail}`));
    }
    // "Marcus Adeyemi … argues that": a full name that argues is a person, typed or not.
    const person = PERSON_NAME.exec(bare);
    // So is one followed by an age or "who" ("Lena Whitcombe, 16, who helped start…, told the council that…").
    if (
      !known &&
      person &&
      (ARGUING.test(sentence) || PERSON_APPOSED.test(sentence)) &&
      !isRoleOrPlace(person[1]!, article)
    )
      return { name: person[1]!, kind: "person" };
    // "Critics argue", "Beekeepers say": a group opening its sentence.
    if (!known && /^[A-Z][a-z]{3,}s$/.test(bare)) return { name: bare.toLowerCase(), kind: "group" };
    if (!known || known.kind === "place") return undefined;
    return {
      name: fullName(known.text, article.entities),
      kind: known.kind === "organization" ? "organization" : "person",
    };
  }
  return { name: bare.toLowerCase(), kind: "group" };
}

/**
 * The views the article reports, one per sentence. Up to two appositions go before the verb ("Lena Whitcombe,
 * 16, who helped start Ashbury Rolls, told the council that…": an age, then a clause; the fifth review found
 * her argument asked only as her age).
 */
export function viewsOf(article: Article): View[] {
  const out: View[] = [];
  for (const s of article.sentences) {
    if (readsBadly(s.text)) continue;
    let holder: string | undefined;
    let content: string | undefined;
    // "Marcus Adeyemi, who has been head teacher for fourteen years, argues that…": the apposition goes, so the
    // holder stands before the verb.
    // "Some economists, such as Professor Helen Marsh, argue that…": the named example holds the view.
    const text = s.text.replace(SUCH_AS, "$1 ").replace(APPOSED, "$1 ");
    const f = front.exec(text);
    const b = f ? null : back.exec(text);
    const a = f || b ? null : according.exec(text);
    if (f) [holder, content] = [f[1], f[2]];
    else if (b) [holder, content] = [b[2] ?? b[3], b[1]];
    else if (a) [holder, content] = [a[1], a[2]];
    const inner = holder ? null : (INNER.exec(text) ?? PRONOUN_INNER.exec(text));
    if (inner) [holder, content] = [inner[1], inner[3]];
    const quoted = holder ? null : PRONOUN_AFTER_QUOTE.exec(text.replace(FIRST_PERSON_QUOTE, ""));
    if (quoted) [holder, content] = [quoted[2], quoted[1]];
    const found = !!inner && /^(?:found|finds|shown|showed|shows)$/.test(inner[2]!);
    if (!holder || !content) continue;
    // "Electronic counters … recorded": a reporting verb that is also a noun must be tagged a verb here.
    if ((f || b) && !reportsAsVerb(s, holder)) continue;
    const held = PRONOUN_HOLDER.test(holder)
      ? pronounHolder(holder, s, article)
      : holderOf(holder, article, s.text);
    // Only a person the article names is read inside a sentence: "the council found that" stays a fact.
    if (inner && held?.kind !== "person") continue;
    if (
      PRONOUN_HOLDER.test(holder) &&
      (quoted || inner) &&
      held &&
      !nearestNamed(held.name, holder, s, article)
    )
      continue;
    if (!held || ["this", "these", "those", "that", "they", "people"].includes(held.name)) continue;
    if (EVIDENCE_SOURCE.test(held.name)) continue;
    // "…that dialogue was essential, and that his diplomacy could…": the first reported clause is a view alone.
    content = content.replace(/,? and that\b.*$/, "");
    // "said at a county meeting in April that the fare…": the view starts after "that".
    // Only after a place or time phrase: "argues that a small amount … teaches habits that children…" keeps its view,
    // as does a view already after its "that" ("argues that the strike hastened a closure that was planned").
    // After "told" the one told comes first ("told the council that…"); after "said", "the schools that chose to
    // change may have been different" is the view itself, its "that" a relative clause.
    const that = / that (.{20,})$/.exec(content);
    const told = /\b(?:told|tells?)\s+$/.test(text.slice(0, text.lastIndexOf(content)));
    if (
      that &&
      !text.includes(`that ${content}`) &&
      content.indexOf(" that ") < 50 &&
      (/^(?:at|in|on|during|last|this|earlier|to)\b/i.test(content) ||
        (told && /^(?:the|a|an|[A-Z][a-z]+)\b/.test(content)))
    )
      content = that[1]!;
    content = content
      .replace(/^["“]|["”]$/g, "")
      .replace(/[.!?]$/, "")
      .replace(/,$/, "")
      // "…, and he calls for phone-free schools": a second clause on the holder is theirs, not the view's.
      .replace(/,? and (?:he|she|they) [a-z]+ .*$/, "")
      // A quotation inside the view takes single quotes, so the stem's own quotes stay whole.
      .replace(/["“]([^"“”]*)["”]/g, "‘$1’");
    if (content.split(" ").length < 5) continue;
    // "Fewer than five items have been lost, staff said" reports a fact: nobody holds it as a view. A named
    // researcher's finding is theirs to be asked about.
    if (!found && !statesView(s.text, content)) continue;
    if (found && (CONCESSION.test(content) || CUT_SPEECH.test(content))) continue;
    out.push({ holder: held.name, kind: held.kind, content: upperFirst(content), sentence: s, found });
  }
  return out;
}

/**
 * Evidence, not anyone's view: "Surveys suggest that quantity demanded rises to 46,000" (the tenth review's broken
 * who-holds item offered "Surveys" as the holder of a worked example's figure).
 */
const EVIDENCE_SOURCE =
  /^(?:surveys?|stud(?:y|ies)|polls?|data|figures|records|estimates|research|results|tests|statistics|evidence|models?|calculations|measurements|projections|forecasts|trials?)$/i;

/** The word after the holder's last word is a verb, as the tagger reads it (not "counters" in "Electronic counters"). */
function reportsAsVerb(s: Sentence, holder: string): boolean {
  const last = holder.split(" ").at(-1)!;
  const at = s.tokens.findIndex((t) => t.text === last);
  const next = at >= 0 ? s.tokens[at + 1] : undefined;
  return !next || next.pos !== "NOUN";
}

/** A name the article types as a place or organisation is no person ("Calder Water", "Hollins Park"). */
const isRoleOrPlace = (name: string, article: Article) =>
  article.entities.some((e) => e.text === name && (e.kind === "place" || e.kind === "organization"));

export const sameHolder = (a: string, b: string) =>
  a === b ||
  a.endsWith(` ${b}`) ||
  b.endsWith(` ${a}`) ||
  SYNONYM_GROUPS.some((g) => g.includes(a) && g.includes(b)) ||
  (!/[A-Z]/.test(a + b) && areSynonyms(a.replace(/s$/, ""), b.replace(/s$/, ""), "noun"));

/** A group named by a pronoun or a loose label, not a holder one can tell from the others ("Others", "Critics"). */
export const VAGUE_HOLDER =
  /^(?:others?|critics|some|some people|many|many people|skeptics|sceptics|supporters|opponents|observers|analysts|experts|commentators)$/i;
/** A holder no student could tell from another: "others", "some", "many people". */
const LOOSE_HOLDER = /^(?:others?|some|some people|many|many people)$/i;
/** A gendered pronoun in the view points to the only option of that gender ("His seventh-grade class"). */
const GENDERED = /\b(?:he|him|his|himself|she|her|hers|herself)\b/i;

/**
 * "According to the article, who holds this view?" with the article's other holders as distractors. Vague
 * holders stand among vague holders and named ones among named ones of the key's kind first; only when fewer than
 * two are found do the other sides and people the article gives views to join them. A view with a gendered
 * pronoun is not asked about.
 */
export function viewDraft(view: View, views: readonly View[], article?: Article): Draft | undefined {
  if (GENDERED.test(view.content)) return undefined;
  const vague = VAGUE_HOLDER.test(view.holder);
  const others: View[] = [];
  // Never a holder the article also gives this view to: a second right answer.
  const distinct = (v: View) =>
    !sameHolder(v.holder, view.holder) &&
    !others.some((o) => sameHolder(o.holder, v.holder)) &&
    !onOneSide(v.holder, view.holder) &&
    !(article && alsoHolds(v.holder, view, article));
  for (const v of views)
    if (
      VAGUE_HOLDER.test(v.holder) === vague &&
      v.kind === view.kind &&
      !LOOSE_HOLDER.test(v.holder) &&
      distinct(v)
    )
      others.push(v);
  const cap = (h: string) => (/^[a-z]/.test(h) ? upperFirst(h) : h);
  const asChoice = (o: View) => ({
    text: cap(o.holder),
    correct: false,
    feedback: `In the article, ${o.holder} ${o.kind === "group" && /s$/.test(o.holder) ? "hold" : "holds"} a different view: "${o.content}".`,
  });
  const choices = others.slice(0, 3).map(asChoice);
  // Too few holders of the view's kind: other people (or organisations) the article names in full, where it
  // names them, so the options stay of one kind where the article allows.
  if (article && view.kind !== "group")
    for (const e of article.entities) {
      if (choices.length >= 2) break;
      const name = fullName(e.text, article.entities);
      if (
        e.kind !== view.kind ||
        name.split(" ").length < 2 ||
        sameHolder(name, view.holder) ||
        choices.some((c) => sameHolder(c.text, name)) ||
        onOneSide(name, view.holder) ||
        alsoHolds(name, view, article)
      )
        continue;
      const where = article.sentences[e.sentence]!;
      if (where.index === view.sentence.index || readsBadly(where.text)) continue;
      choices.push({ text: name, correct: false, feedback: notTheirs(name, cap(view.holder)) });
    }
  // Still too few: the other sides and people the article gives views to ("Critics", "Trump's supporters", "Donald
  // Trump"), never a holder as loose as "others" or "some".
  if (choices.length < 2 && article)
    for (const v of views)
      if (
        choices.length < 2 &&
        !LOOSE_HOLDER.test(v.holder) &&
        distinct(v) &&
        !choices.some((c) => sameHolder(c.text, cap(v.holder)))
      ) {
        others.push(v);
        choices.push(asChoice(v));
      }
  if (choices.length < 2) return undefined;
  return {
    sentences: [view.sentence.index],
    question: {
      type: "single_choice",
      skill: "claim_vs_criticism",
      points: 1,
      prompt: view.found
        ? `According to the article, whose work found this: "${view.content}"?`
        : `According to the article, who holds this view: "${view.content}"?`,
      explanation: `The article gives this ${view.found ? "finding" : "view"} to ${view.holder}: "${view.sentence.text}"`,
      citation: citeSentence(view.sentence),
      choices: [{ text: cap(view.holder), correct: true }, ...choices],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}
