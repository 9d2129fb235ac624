import type { Sentence } from "./analysis";
import { bodySentences, citeSentence, type Article, type Draft } from "./article";
import { announcesView, authorViewClause, thirdPerson } from "./author-view";
import { shuffled, seededRandom } from "./key-placement";
import { contentLemmas, orderGivenAway, readsBadly } from "./text";
import { trueStatement } from "./true-false";

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
  if (sections.length >= 3) {
    const headingWords = (i: number) => new Set(article.sections[i]!.heading.toLowerCase().split(/\W+/));
    for (const section of shuffled(sections, random).slice(0, 3)) {
      const s = bodySentences(section).find(
        (x) =>
          !used.has(x.index) &&
          !readsBadly(x.text) &&
          !FIRST_PERSON.test(x.text) &&
          x.text.split(" ").length >= 8 &&
          x.text.split(" ").length <= 30 &&
          // A sentence sharing words with its own heading would give the answer away.
          !contentLemmas(x).some((w) => headingWords(section.index).has(w)),
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
      drafts.push({
        sentences: [s.index],
        question: {
          type: "single_choice",
          skill: "detail",
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
  }
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
        prompt: `What is the author's own view in "${article.title}"? Explain it with evidence from at least two different ${article.sections.filter((x) => !x.introduction).length >= 2 ? "sections" : "parts"} of the article.`,
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
  const [a, b] = [parts[0]!, parts[parts.length > 2 ? 2 : 1]!];
  const named = article.sections.filter((x) => !x.introduction).length;
  const twoParts = named >= 2 ? "two different sections" : "two different parts";
  return {
    sentences: [],
    question: {
      type: "open_response",
      skill: "main_idea",
      points: 4,
      prompt: `Choose ${twoParts} of "${article.title}". For each, explain in your own words what it tells the reader, with one detail from it. Then say how the two connect.`,
      explanation: `Example of a full-credit answer: ${reportExample(article, a, b)}`,
      citation: citeSentence(a.sentence),
      rubric:
        "Content (2 points): 2 explains what each of the two parts tells the reader, accurately and in the student's own words; 1 does so for one part; 0 for neither. Evidence and connection (2 points): 2 gives a detail from each part and says how they connect; 1 gives details without a connection, or a connection without details; 0 neither.",
      choices: [],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}

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
 * A complete answer that earns full credit by the report rubric: what each part tells the reader (its central
 * sentence restated, third person), one quoted detail from each (another sentence of the part where there is one),
 * and how the two connect (the content words they share, or the turn from one topic to the next). No placeholder.
 */
export function reportExample(article: Article, a: Part, b: Part): string {
  const names = article.entities.map((e) => e.text);
  const tells = (p: Part) => `${p.where}, the article tells the reader ${ownWords(p.sentence, names)}`;
  // A detail: the nearest other readable sentence of the part (its section, or the article for a one-section
  // article), not the other part's sentence.
  const detail = (p: Part, not: Sentence) => {
    const section = article.sections.find((x) => p.sentence.start >= x.start && p.sentence.end <= x.end);
    const pool = (p.topic && section ? section.sentences : article.sentences).filter(
      (x) =>
        x.index !== p.sentence.index &&
        x.index !== not.index &&
        !readsBadly(x.text) &&
        !FIRST_PERSON.test(x.text) &&
        !/[?:]$/.test(x.text) &&
        x.text.split(" ").length >= 6 &&
        x.text.split(" ").length <= 35 &&
        (!p.topic || !section || x.start < section.bodyStart === p.sentence.start < section.bodyStart),
    );
    pool.sort((x, y) => Math.abs(x.index - p.sentence.index) - Math.abs(y.index - p.sentence.index));
    return `One detail shows this: "${(pool[0] ?? p.sentence).text}"`;
  };
  const mine = new Set(contentLemmas(a.sentence));
  const shared = [
    ...new Set(
      b.sentence.tokens
        // Nouns and names only: "both are about 'about'" says nothing.
        .filter((t) => (t.pos === "NOUN" || t.pos === "PROPN") && mine.has(t.lemma))
        .map((t) => t.text),
    ),
  ].slice(0, 2);
  const turn =
    a.topic && b.topic
      ? `after "${a.topic}", the article turns to "${b.topic}"`
      : "the end of the article follows on from its start";
  const connect = shared.length
    ? `The two parts connect because both are about ${shared.map((w) => `"${w}"`).join(" and ")}: the second builds on the first, as ${turn}.`
    : `The two parts connect because the second builds on the first: ${turn}, taking the story or explanation a step further.`;
  return `${tells(a)}. ${detail(a, b.sentence)} ${tells(b)}. ${detail(b, a.sentence)} ${connect}`;
}

/**
 * A sentence restated for an example answer, after "tells the reader": "to turn the pile…" for an instruction,
 * otherwise "that" and a faithful restatement, lower-cased unless it opens with a name, in the third person.
 */
function ownWords(s: Sentence, names: readonly string[]): string {
  const text = thirdPerson(trueStatement(s, names).text).replace(/[.!]$/, "");
  const first = s.tokens[0];
  if (
    first &&
    first.pos === "VERB" &&
    first.text.toLowerCase() === first.lemma.toLowerCase() &&
    text === thirdPerson(s.text).replace(/[.!]$/, "")
  )
    return `to ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  const keepCase = /^I\b/.test(text) || names.some((n) => text.startsWith(n));
  return `that ${keepCase ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`}`;
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
      .filter((x) => !readsBadly(x.text) && !announcesView(x.text) && x.text.split(" ").length <= 40)
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
