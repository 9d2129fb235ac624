import type { Sentence } from "./analysis";
import { citeSentence, type Article, type Draft } from "./article";
import { authorViewClause } from "./author-view";
import { authorOpinion } from "./opinion";
import { linkBetween, linkNote, type Link } from "./model-answer";
import { seededRandom } from "./key-placement";
import { FIRST_PERSON, lowerFirst, readsBadly } from "./text";
import { acrossSections, DANGLING_OPENER } from "./overview-statements";
import { hasSpeakers, voiceSections, voicesResponse } from "./voices";
import { opening, whereIs } from "./where-is";

/**
 * The overview lesson asks across sections and repeats no section question: which statement of several, each
 * from a different section, the article makes (acrossSections), and an open response drawing on two parts (the
 * author's view, or what two parts report and how they connect).
 */
export function overviewDrafts(
  article: Article,
  used: ReadonlySet<number>,
  centrals: ReadonlyMap<number, Sentence>,
): Draft[] {
  const drafts: Draft[] = [];
  // The introduction has no heading in the article: a student could not name it as a section.
  // Nor is the apparatus (objectives, review questions, a summary) a part whose statements could be asked.
  const sections = article.sections.filter((s) => s.sentences.length > 0 && !s.introduction && !s.apparatus);
  const random = seededRandom(article.seed ^ 0x5eed);
  // "In which section does the article say this" and "Put these parts in the order…" were answered from the
  // headings' wording (or a familiar what → how → what next order) on every article of the fifth review, even
  // with no shared word or synonym, so neither is asked: the overview asks what the article reports across its
  // sections, twice where the sections give enough sentences.
  const first = acrossSections(article, sections, used, random);
  if (first) {
    drafts.push(first);
    const second = acrossSections(article, sections, new Set([...used, ...first.sentences]), random);
    if (second) drafts.push(second);
  }
  // A page of several writers or speakers has no one author whose view could be asked.
  const voices = voiceSections(article);
  const voiced = voices.length > 0 ? voicesResponse(article, voices) : undefined;
  const opinion = voices.length === 0 && !hasSpeakers(article) ? authorOpinion(article) : undefined;
  if (voiced) drafts.push(voiced);
  else if (opinion) {
    const [first, second] = opinion.evidence;
    const view = authorViewClause(first.sentence.text);
    drafts.push({
      sentences: [],
      question: {
        type: "open_response",
        skill: "perspective",
        points: 4,
        prompt: `What is the author's own view in ${titled(article)}? Explain it with evidence from at least two different ${article.sections.filter((x) => !x.introduction).length >= 2 ? "sections" : "parts"} of the article.`,
        explanation: perspectiveExample(article, view, first.sentence, second.sentence),
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
      parts.push({
        where: whereIs(article, c),
        topic: section.heading,
        sentence: c,
        sentences: section.sentences,
        order: section.index,
      });
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
    const half = Math.floor(article.sentences.length / 2);
    parts.length = 0;
    parts.push(
      {
        where: "At the start of the article",
        topic: "",
        sentence: a,
        sentences: article.sentences.slice(0, half),
        order: 0,
      },
      { where: "At the end", topic: "", sentence: b, sentences: article.sentences.slice(half), order: 2 },
    );
  }
  const [a, b, link] = linkedPair(article, parts);
  const named = article.sections.filter((x) => !x.introduction).length;
  const twoParts = named >= 2 ? "two different sections" : "two different parts";
  return {
    sentences: [],
    question: {
      type: "open_response",
      skill: "main_idea",
      points: 4,
      prompt: `Choose ${twoParts} of ${titled(article)}. For each, explain in your own words what it tells the reader, with one detail from it. Then say how the two connect.`,
      explanation: reportExample(article, a, b, link),
      citation: citeSentence(a.sentence),
      rubric: REPORT_RUBRIC,
      choices: [],
      acceptedAnswers: [],
      evidenceOptions: [],
    },
  };
}

/**
 * The two parts the model answer draws on: the first pair the text itself links (a shared actor, a
 * contrast or consequence cue), neighbours first; else the first two neighbours ("comes straight after"); no
 * link when no pair has one the text shows.
 */
function linkedPair(article: Article, parts: readonly Part[]): [Part, Part, Link | undefined] {
  let next: [Part, Part, Link] | undefined;
  for (let gap = 1; gap < parts.length; gap++)
    for (let i = 0; i + gap < parts.length; i++) {
      const [a, b] = [parts[i]!, parts[i + gap]!];
      const link = linkBetween(
        article,
        a.sentences,
        b.sentences,
        b.order - a.order === 1,
        [a.sentence, b.sentence],
        b.topic,
      );
      if (link && link.kind !== "next") return [a, b, link];
      if (link && !next) next = [a, b, link];
    }
  return next ?? [parts[0]!, parts[1]!, undefined];
}

/** What the report example meets: points stated briefly (short quotations allowed), a detail each, a named relation. */
const REPORT_RUBRIC =
  "Content (2 points): 2 states the point of each of the two parts accurately and briefly (short quoted phrases are fine; copying whole passages is not); 1 does so for one part; 0 for neither. Evidence and connection (2 points): 2 gives a detail from each part and says how the two relate (a contrast, a cause or consequence, an example, or what follows from what); 1 gives details without a relation, or a relation without details; 0 neither.";

/** The article as a prompt names it: its title, or "the article" when the title is only its first words ("…"). */
const titled = (article: Article) => (/…$/.test(article.title) ? "the article" : `"${article.title}"`);

type Part = {
  where: string;
  topic: string;
  sentence: Sentence;
  sentences: readonly Sentence[];
  order: number;
};

/**
 * The marking guide of the report prompt (REPORT_RUBRIC), for the teacher and, once released, the student: which
 * sentence of each of two parts states its point and which gives a detail, named by its opening words, and how
 * the parts connect as far as the text shows it (linkNote). It does not pose as a student's answer: strung
 * together from quotations, cut short (sixth review) or whole (seventh), such an example read as copied text.
 */
export function reportExample(article: Article, a: Part, b: Part, link: Link | undefined): string {
  const part = (p: Part, other: Part) => {
    const point = quotable(article, p.sentence);
    const detail = detailOf(article, p, [other.sentence, point]);
    // A paragraph named by its opening words and a point that is that opening sentence: named once.
    const opens =
      p.where.startsWith("In the paragraph") && point.opensParagraph && whereIs(article, point) === p.where;
    const where = opens ? "its first sentence" : `the sentence that begins "${opening(point)}"`;
    return `${p.where}, the point is made in ${where} and ${detail ? `a detail in the one that begins "${opening(detail)}"` : "a detail near it"}`;
  };
  const name = (p: Part) =>
    p.where === "At the start of the article"
      ? "the opening"
      : p.where === "At the end"
        ? "the end"
        : p.topic
          ? `"${p.topic}"`
          : "the other part";
  return `Marking guide (any two parts will do; for example ${name(a)} and ${name(b)}). ${part(a, b)}. ${part(b, a)}. ${linkNote(link, name(a), name(b))} Full credit restates each point in the student's own words; a detail may be quoted briefly.`;
}

/**
 * The marking guide of the author's-view prompt: the view as the answer should state it (the thesis in the third
 * person, authorViewClause), then where the evidence stands in two parts, named by opening words: the other marked
 * sentence, and a sentence near the thesis (never the thesis quoted back).
 */
function perspectiveExample(article: Article, view: string, thesis: Sentence, other: Sentence): string {
  // Near the thesis, a sentence of the author's own: not one reporting what others say ("Supporters say…").
  const section = article.sections.find((x) => thesis.start >= x.start && thesis.end <= x.end);
  const near = (section?.sentences ?? [])
    .filter(
      (x) =>
        x.index !== thesis.index &&
        x.index !== other.index &&
        standsAlone(x) &&
        !/[?:]$/.test(x.text) &&
        x.text.split(" ").length >= 6 &&
        !REPORTED.test(x.text),
    )
    .sort((x, y) => Math.abs(x.index - thesis.index) - Math.abs(y.index - thesis.index))[0];
  const evidence = [near, other]
    .filter((x) => x !== undefined)
    .map((x) => `the sentence that begins "${opening(x)}" (${lowerFirst(whereIs(article, x))})`)
    .join("; and ");
  return `Marking guide: the author's view is that ${view.replace(/[.!?]$/, "")}. Full credit states it in the student's own words and backs it with a detail from each of two parts, for example ${evidence}.`;
}

const REPORTED =
  /\b(?:says?|said|argues?|argued|claims?|claimed|insists?|believes|told|according to|supporters|critics|opponents)\b/i;

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
