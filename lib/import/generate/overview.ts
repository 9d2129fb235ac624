import type { Sentence } from "./analysis";
import { citeSentence, type Article, type Draft } from "./article";
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
  const sections = article.sections.filter((s) => s.sentences.length > 0);
  const random = seededRandom(article.seed ^ 0x5eed);
  if (sections.length >= 3) {
    const headingWords = (i: number) => new Set(article.sections[i]!.heading.toLowerCase().split(/\W+/));
    for (const section of shuffled(sections, random).slice(0, 3)) {
      const s = section.sentences.find(
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
      const statement = trueStatement(s).text;
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
  if (sections.length >= 3 && !sections.some((s) => /\d/.test(s.heading))) {
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
  const anchor = [...centrals.values()][0] ?? article.sentences[0];
  if (anchor)
    drafts.push({
      sentences: [],
      question: {
        type: "open_response",
        skill: "perspective",
        points: 4,
        prompt: `What is the author's own view of the subject of "${article.title}"? Explain it with evidence from at least two different sections of the article.`,
        explanation:
          "A strong answer states the author's view in a sentence and supports it with details from two sections, quoted or in the student's own words.",
        citation: citeSentence(anchor),
        rubric:
          "4: states the author's view accurately and supports it with evidence from two sections. 3: accurate view, evidence from one section. 2: a view that is partly the author's, or evidence without a stated view. 1: restates a detail without a view. 0: off topic or unsupported.",
        choices: [],
        acceptedAnswers: [],
        evidenceOptions: [],
      },
    });
  return drafts;
}
