import type { Sentence } from "./analysis";
import { bodySentences, citeSentence, type Article, type Draft, type Section } from "./article";
import { announcesView, authorViewClause } from "./author-view";
import { cuedByHeading } from "./heading-cue";
import { shuffled, seededRandom } from "./key-placement";
import { orderGivenAway, readsBadly } from "./text";
import { falseStatements, trueStatement } from "./true-false";

const CITATION_MAX = 5000;
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our)\b/;

/**
 * The overview lesson asks across sections and repeats no section question: where the article says something
 * (the sections' headings as options, about sentences no section question tests), the order in which it takes
 * up its topics, and the author's view, as an open response drawing on two sections.
 */
export function overviewDrafts(
  article: Article,
  used: ReadonlySet<number>,
  centrals: ReadonlyMap<number, Sentence>,
): Draft[] {
  const drafts: Draft[] = [];
  // The introduction has no heading in the article: a student could not name it as a section.
  const sections = article.sections.filter((s) => s.sentences.length > 0 && !s.introduction);
  const random = seededRandom(article.seed ^ 0x5eed);
  // "In which section does the article say this" was often answered from the headings alone (a sentence's words
  // map onto one heading), so the overview first asks what the article reports across its sections, and places a
  // sentence in its section only where no heading cues it.
  const across = acrossSections(article, sections, used, random);
  if (across) drafts.push(across);
  else drafts.push(...sectionOf(article, sections, used, centrals, random));
  // The order of topics: the first sentence of each of up to five consecutive sections.
  // Headings that carry dates ("The Busy Years, 1827–1860") would give their order away.
  // So would headings that say where they stand ("Early Life…", "Later Years…"; "Mixing", "Rising", "Baking"
  // follow a known procedure too, which no rule here can tell).
  if (
    sections.length >= 3 &&
    !sections.some((s) => /\d/.test(s.heading)) &&
    !sections.some((s) => PLACE_IN_ORDER.test(s.heading))
  ) {
    let picked = sections.slice(0, 5);
    while (
      picked.length >= 3 &&
      picked[picked.length - 1]!.sentences[0]!.end - picked[0]!.sentences[0]!.start > CITATION_MAX
    )
      picked = picked.slice(0, -1);
    if (picked.length >= 3 && !orderGivenAway(picked.map((p) => p.heading))) {
      const from = picked[0]!.sentences[0]!;
      const to = picked[picked.length - 1]!.sentences[0]!;
      drafts.push({
        sentences: [],
        question: {
          type: "ordering",
          skill: "sequence",
          points: 2,
          prompt: "Put these parts of the article in the order the article takes them up.",
          explanation: `The article's sections come in this order: ${picked.map((p) => `"${p.heading}"`).join(", ")}.`,
          citation: { text: article.text.slice(from.start, to.end), start: from.start, end: to.end },
          choices: picked.map((p) => ({ text: p.heading, correct: true })),
          acceptedAnswers: [],
          evidenceOptions: [],
        },
      });
    }
  }
  const opinion = authorOpinion(article);
  if (opinion) {
    const [first, second] = opinion.evidence;
    const view = authorViewClause(first.sentence.text);
    drafts.push({
      sentences: [],
      question: {
        type: "open_response",
        skill: "perspective",
        points: 4,
        prompt: `What is the author's own view in ${titled(article)}? Explain it with evidence from at least two different ${article.sections.filter((x) => !x.introduction).length >= 2 ? "sections" : "parts"} of the article.`,
        explanation: `Example of a full-credit answer: The author's view is that ${view} ${whereIs(article, first.sentence)}, the author supports this: "${first.sentence.text}" ${whereIs(article, second.sentence)}, the author adds: "${second.sentence.text}" Both details show what the author wants and why.`,
        citation: citeSentence(first.sentence),
        rubric:
          "View (2 points): 2 states the author's view accurately in the student's own words; 1 states it partly or only by quoting; 0 gives no view or someone else's. Evidence (2 points): 2 supports it with a detail from each of two sections; 1 from one section; 0 none.",
        choices: [],
        acceptedAnswers: [],
        evidenceOptions: [],
      },
    });
  } else {
    const report = reportResponse(article, centrals);
    if (report) drafts.push(report);
  }
  return drafts;
}

/**
 * For an article stating no view of its own (news, science, interview, how-to, both-sides analysis): explain
 * what two parts of the article tell the reader, one detail from each. The example answer restates the two
 * parts' central sentences; it claims nothing beyond them.
 */
function reportResponse(article: Article, centrals: ReadonlyMap<number, Sentence>): Draft | undefined {
  const parts: Part[] = [];
  for (const section of article.sections) {
    const c = centrals.get(section.index);
    if (c && !FIRST_PERSON.test(c.text))
      parts.push({ where: whereIs(article, c), topic: section.heading, sentence: c });
  }
  if (parts.length < 2) {
    // One section: the first and the last readable statements of the article.
    const readable = article.sentences.filter(
      (x) =>
        !readsBadly(x.text) &&
        !/[?:]$/.test(x.text) &&
        x.text.split(" ").length >= 8 &&
        !FIRST_PERSON.test(x.text),
    );
    const a = readable[0];
    const b = readable[readable.length - 1];
    if (!a || !b || a === b) return undefined;
    parts.length = 0;
    parts.push(
      { where: "At the start of the article", topic: "", sentence: a },
      { where: "At the end", topic: "", sentence: b },
    );
  }
  // Neighbouring parts, so the example's "follow in sequence" is true of the two it names (the fifth review found
  // it said of parts that are not neighbours).
  const [a, b] = [parts[0]!, parts[1]!];
  const named = article.sections.filter((x) => !x.introduction).length;
  const twoParts = named >= 2 ? "two different sections" : "two different parts";
  return {
    sentences: [],
    question: {
      type: "open_response",
      skill: "main_idea",
      points: 4,
      prompt: `Choose ${twoParts} of ${titled(article)}. For each, explain in your own words what it tells the reader, with one detail from it. Then say how the two connect.`,
      explanation: `Example of a full-credit answer: ${reportExample(article, a, b)}`,
      citation: citeSentence(a.sentence),
      rubric: REPORT_RUBRIC,
      choices: [],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}

/**
 * "According to the article, which of these is true?": one sentence of one section as the article words it, and
 * two or three of other sections with one figure, date or name changed (falseStatements), so each choice must be
 * checked against its own part of the article. Sentences no section question tests; the citation is the key's
 * sentence, each wrong choice's feedback quotes its own.
 */
function acrossSections(
  article: Article,
  sections: readonly Section[],
  used: ReadonlySet<number>,
  random: () => number,
): Draft | undefined {
  if (sections.length < 3) return undefined;
  const fits = (x: Sentence) =>
    !used.has(x.index) &&
    !readsBadly(x.text) &&
    !FIRST_PERSON.test(x.text) &&
    !/["“”?:]/.test(x.text) &&
    x.text.split(" ").length >= 8 &&
    x.text.split(" ").length <= 25 &&
    // A sentence opening on a pronoun or "this" needs its neighbour to be understood.
    !DANGLING_OPENER.test(x.text);
  let key: Sentence | undefined;
  const falses: { s: Sentence; text: string; change: string }[] = [];
  for (const section of shuffled(sections, random)) {
    const pool = bodySentences(section).filter(fits);
    const edited =
      falses.length < 3
        ? pool.map((x) => ({ x, st: falseStatements(article, x)[0] })).find((p) => p.st)
        : undefined;
    if (!key && pool[0] && (falses.length >= 2 || !edited)) key = pool[0];
    else if (edited) falses.push({ s: edited.x, text: edited.st!.text, change: edited.st!.change ?? "" });
  }
  if (!key || falses.length < 2) return undefined;
  const choices = shuffled(
    [
      { text: key.text, correct: true },
      ...falses.map((f) => ({
        text: f.text,
        correct: false,
        feedback: `${whereIs(article, f.s)}, the article says: "${f.s.text}" (${f.change}).`,
      })),
    ],
    random,
  );
  return {
    sentences: [key.index, ...falses.map((f) => f.s.index)],
    question: {
      type: "single_choice",
      skill: "detail",
      points: 1,
      prompt: "According to the article, which of these statements is true?",
      explanation: `${whereIs(article, key)}, the article says: "${key.text}"`,
      citation: citeSentence(key),
      choices,
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}

/** Openers that point back to the sentence before: read alone, the sentence does not say what it is about. */
export const DANGLING_OPENER =
  /^(?:It|Its|This|That|These|Those|They|Their|Them|He|His|She|Her|Such|Both|The two|In this|At this|By then|Then|There)\b/;

/**
 * "In which section does the article say this: …?" for one sentence none of whose content words (with
 * their synonyms and derivations, heading-cue.ts) stands in any heading, so the heading cannot be matched by its
 * words; labelled main idea (placing a statement needs what each section is about).
 */
function sectionOf(
  article: Article,
  sections: readonly Section[],
  used: ReadonlySet<number>,
  centrals: ReadonlyMap<number, Sentence>,
  random: () => number,
): Draft[] {
  if (sections.length < 3) return [];
  const headings = sections.map((x) => x.heading);
  const out: Draft[] = [];
  for (const section of shuffled(sections, random)) {
    if (out.length >= 1) break;
    const s = bodySentences(section).find(
      (x) =>
        !used.has(x.index) &&
        !readsBadly(x.text) &&
        !FIRST_PERSON.test(x.text) &&
        !DANGLING_OPENER.test(x.text) &&
        x.text.split(" ").length >= 8 &&
        x.text.split(" ").length <= 30 &&
        !cuedByHeading(x, headings),
    );
    if (!s) continue;
    const others = shuffled(
      sections.filter((o) => o.index !== section.index),
      random,
    ).slice(0, 3);
    const statement = trueStatement(
      s,
      article.entities.map((e) => e.text),
    ).text;
    out.push({
      sentences: [s.index],
      question: {
        type: "single_choice",
        skill: "main_idea",
        points: 1,
        prompt: `In which section does the article say this: "${statement}"?`,
        explanation: `The section "${section.heading}" says: "${s.text}"`,
        citation: citeSentence(s),
        choices: [
          { text: section.heading, correct: true },
          ...others.map((o) => ({
            text: o.heading,
            correct: false,
            feedback: `The section "${o.heading}" is about something else${centrals.get(o.index) ? `: "${centrals.get(o.index)!.text}"` : "."}`,
          })),
        ],
        acceptedAnswers: [],
        evidenceOptions: [],
      },
    });
  }
  return out;
}

/** What the report example meets: points stated briefly (short quotations allowed), a detail each, a named relation. */
const REPORT_RUBRIC =
  "Content (2 points): 2 states the point of each of the two parts accurately and briefly (short quoted phrases are fine; copying whole passages is not); 1 does so for one part; 0 for neither. Evidence and connection (2 points): 2 gives a detail from each part and says how the two relate (a contrast, a cause or consequence, an example, or what follows from what); 1 gives details without a relation, or a relation without details; 0 neither.";

/** The article as a prompt names it: its title, or "the article" when the title is only its first words ("…"). */
const titled = (article: Article) => (/…$/.test(article.title) ? "the article" : `"${article.title}"`);

/** Heading words that tell where a part stands in the order. */
const PLACE_IN_ORDER =
  /\b(?:early|earlier|earliest|first|beginnings?|origins?|childhood|youth|later|last|final|finally|next|after|afterwards|legacy|memory|conclusion|today|now|then|before)\b/i;

type Part = { where: string; topic: string; sentence: Sentence };

/** Where a sentence stands, as a student names it: its section, or the introduction before the first heading. */
export function whereIs(article: Article, s: Sentence): string {
  const section = article.sections.find((x) => s.start >= x.start && s.end <= x.end);
  if (section?.introduction && section.index > 0)
    return `In the part that begins "${section.heading.replace(/^Part \d+: /, "")}"`;
  if (!section || section.introduction || s.start < section.bodyStart) return "At the start of the article";
  return `In the section "${section.heading}"`;
}

/**
 * A teacher's model answer to the report prompt, meeting its rubric (REPORT_RUBRIC): each part's point stated
 * briefly with a short quotation (the article's capitalisation kept), one detail from each, and how the two
 * relate, read from the second part's own words: a contrast ("but", "however", critics), a cause or consequence
 * ("because", "as a result"), an example ("for example"), else a sequence of what happened or comes next. No
 * sentence that needs its neighbour ("It…", "This state…") and none holding a quotation of its own is quoted.
 */
export function reportExample(article: Article, a: Part, b: Part): string {
  const point = (p: Part) =>
    `${p.where}, the article reports ${quotedPhrase(quotable(article, p.sentence))}.`;
  const detail = (p: Part, not: Sentence) => {
    const other = detailOf(article, p, [not, quotable(article, p.sentence)]);
    return other ? ` One detail: ${quotedPhrase(other)}.` : "";
  };
  const second = quotable(article, b.sentence);
  return `${point(a)}${detail(a, b.sentence)} ${point(b)}${detail(b, a.sentence)} ${relation(article, second, b)}`;
}

const CONTRAST =
  /\b(?:but|however|yet|although|though|instead|critics?|disagrees?|objects?|not everyone|on the other hand)\b/i;
const CAUSE =
  /\b(?:because|as a result|so that|led to|leads to|caused|causes|therefore|which is why|means that)\b/i;
const EXAMPLE = /\b(?:for example|for instance|such as)\b/i;

/** How the second part relates to the first, said from the second part's own wording. */
function relation(article: Article, second: Sentence, b: Part): string {
  const section = article.sections.find((x) => second.start >= x.start && second.end <= x.end);
  const words = (section ? section.sentences : [second])
    .slice(0, 4)
    .map((x) => x.text)
    .join(" ");
  if (CONTRAST.test(words))
    return "The two parts contrast: the second gives another side to what the first reports.";
  if (CAUSE.test(words))
    return "The two parts are linked by cause and effect: the second explains why, or what follows from what the first reports.";
  if (EXAMPLE.test(words)) return "The second part gives examples that show what the first reports.";
  return b.topic
    ? "The two parts follow in sequence: the second takes the account on from where the first leaves it."
    : "The two parts follow in sequence: the article's end follows on from its start.";
}

/** A sentence a model answer may quote: read alone it makes sense, and it quotes nobody itself. */
const standsAlone = (x: Sentence) =>
  !DANGLING_OPENER.test(x.text) &&
  !/\b(?:like this|like that|this state|that state|in this way|these conditions)\b/i.test(x.text) &&
  !/["“”]/.test(x.text) &&
  !readsBadly(x.text) &&
  !FIRST_PERSON.test(x.text);

/** The part's sentence to state its point by: the central one, or the next one of the part that stands alone. */
function quotable(article: Article, s: Sentence): Sentence {
  if (standsAlone(s)) return s;
  const section = article.sections.find((x) => s.start >= x.start && s.end <= x.end);
  return (
    (section ? section.sentences : article.sentences).find((x) => standsAlone(x) && !/[?:]$/.test(x.text)) ??
    s
  );
}

/** The nearest other sentence of the part that stands alone, for a detail. */
function detailOf(article: Article, p: Part, not: readonly Sentence[]): Sentence | undefined {
  const section = article.sections.find((x) => p.sentence.start >= x.start && p.sentence.end <= x.end);
  const pool = (p.topic && section ? section.sentences : article.sentences).filter(
    (x) =>
      x.index !== p.sentence.index &&
      !not.some((n) => n.index === x.index) &&
      standsAlone(x) &&
      !/[?:]$/.test(x.text) &&
      x.text.split(" ").length >= 6 &&
      (!p.topic || !section || x.start < section.bodyStart === p.sentence.start < section.bodyStart),
  );
  pool.sort((x, y) => Math.abs(x.index - p.sentence.index) - Math.abs(y.index - p.sentence.index));
  return pool[0];
}

/**
 * A sentence's core as a short quotation, capitalisation kept: a trailing attribution (", the company said",
 * ", according to …") goes, and a sentence past 20 words stops at its last comma or semicolon before the 20th word
 * (else after the 16th), marked with an ellipsis.
 */
export function quotedPhrase(s: Sentence): string {
  let text = s.text.replace(/[.!?]$/, "");
  text = text.replace(
    /,\s*(?:according to [^,]+|(?:he|she|they|it|the [a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|says|added|explained|noted|wrote))$/,
    "",
  );
  // "The boat, a 40-year-old vessel named the Heron, left…": the apposition goes, so the quotation keeps the verb.
  text = text.replace(
    /^(?!(?:When|While|If|After|Before|Although|Though|As|Since|Because|Once|Until)\b)((?:[A-Z][\w'’-]*|[Tt]he)(?: [\w'’-]+){0,3}), (?:a|an|the|who|which) [^,]{3,60}, /,
    "$1 ",
  );
  const words = text.split(" ");
  if (words.length > 20) {
    let cut = words.findLastIndex((w, i) => i >= 7 && i <= 19 && /[,;:—]$/.test(w));
    if (cut < 0) cut = 15;
    text = `${words
      .slice(0, cut + 1)
      .join(" ")
      .replace(/[,;:—]$/, "")} …`;
  }
  return `"${text}"`;
}

const STANCE =
  /\b(?:I|[Ww]e)\s+(?:think|believe|argue|would argue|am convinced|are convinced|urge|propose|suggest|disagree|agree|doubt|hope)\b|\b(?:[Ii]n my (?:view|opinion)|[Tt]o my mind)\b/g;
const SHOULD = /\b(?:should|ought to|must)\b/gi;
const EVALUATIVE =
  /\b(?:unfair|wrong|foolish|wise|sensible|absurd|misguided|short-?sighted|reckless|a mistake|unacceptable|ridiculous|deserves?|worth it)\b/gi;
const QUOTED = /["“][^"”]*["”]/g;
const SPEAKER_LABEL = /^[A-Z][A-Za-z .'-]{0,30}:/gm;

/** How many opinion markers a text has outside quotations: first-person stance, "should", evaluative words. */
export function opinionMarkers(text: string): { stance: number; total: number } {
  const own = text.replace(QUOTED, "");
  const stance = own.match(STANCE)?.length ?? 0;
  return {
    stance,
    total: stance + (own.match(SHOULD)?.length ?? 0) + (own.match(EVALUATIVE)?.length ?? 0),
  };
}

/**
 * The author states a view when the article (outside quotations) has a first-person stance ("I think", "in my
 * view") and at least three opinion markers in all, and is not an interview (three or more speaker labels: the
 * first person there is the guest's). News, science reports, how-tos and both-sides analyses have none, and get
 * no "author's view" question. The evidence: marked sentences from two different sections.
 */
export function authorOpinion(
  article: Article,
):
  | { evidence: [{ section: string; sentence: Sentence }, { section: string; sentence: Sentence }] }
  | undefined {
  const markers = opinionMarkers(article.text);
  if (markers.stance < 1 || markers.total < 3) return undefined;
  if ((article.text.match(SPEAKER_LABEL)?.length ?? 0) >= 3) return undefined;
  const found: { section: string; sentence: Sentence; stance: number }[] = [];
  for (const section of article.sections) {
    const marked = section.sentences
      // Evidence quoted in the model answer must read alone ("Not everyone sees it this way" needs the sentence before).
      .filter(
        (x) =>
          !readsBadly(x.text) &&
          !announcesView(x.text) &&
          x.text.split(" ").length <= 40 &&
          !DANGLING_OPENER.test(x.text) &&
          !/\b(?:this|that) way\b|\blike this\b/i.test(x.text),
      )
      .map((x) => ({ x, m: opinionMarkers(x.text) }))
      .filter(({ m }) => m.total > 0)
      .sort((p, q) => q.m.stance - p.m.stance || q.m.total - p.m.total)[0];
    if (marked) found.push({ section: section.heading, sentence: marked.x, stance: marked.m.stance });
  }
  if (found.length < 2) return undefined;
  found.sort((p, q) => q.stance - p.stance);
  const [a, b] = found as [(typeof found)[0], (typeof found)[0]];
  return { evidence: [a, b] };
}
