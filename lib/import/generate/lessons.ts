import type { SetQuestion } from "../../content/audit/set-questions";
import { LESSON_TITLE_MAX, type LessonInput, type QuestionInput } from "../../content/schema";
import { MAX_DRAFTS_PER_LESSON, type ParsedArticle } from "../parsed-article";
import type { Sentence } from "./analysis";
import {
  apparatusSentences,
  bodySentences,
  readForGeneration,
  type Article,
  type Draft,
  type Section,
} from "./article";
import { offerCompletions } from "./completions";
import { causesOf, sectionCauseDrafts } from "./cause-effect";
import { causeResponseDraft } from "./cause-response";
import { answersOneAnother } from "./lesson-keys";
import { evidenceDraft } from "./evidence";
import { definitionDraft, definitionsOf } from "./glossary";
import { isNameKind } from "./entities";
import { draftProblems } from "./draft-problems";
import { seededRandom } from "./key-placement";
import { centralSentence } from "./central-sentence";
import { listsOf, multipleSelectDraft } from "./multiple-select";
import { nounsOf } from "./nouns";
import { headedLessonGroups, joinedTitle } from "./merge-empty";
import { objectivesFor } from "./objectives";
import { overviewDrafts } from "./overview";
import { viewDraft, viewsOf, type View } from "./perspective";
import { sequenceDraft } from "./sequence";
import { ASIDE, FIRST_PERSON, hasMainVerb, readsBadly } from "./text";
import { falseStatements, trueFalseDraft, trueStatement, type Statement } from "./true-false";
import { viewStatementDraft } from "./true-false-views";
import { rareWordsOf, vocabularyDraft } from "./vocabulary";

const statementReady = (s: Sentence) => {
  const words = s.text.split(/\s+/).length;
  return (
    words >= 7 &&
    words <= 32 &&
    !FIRST_PERSON.test(s.text) &&
    !ASIDE.test(s.text) &&
    !/[?:]$/.test(s.text) &&
    !readsBadly(s.text) &&
    !s.listItem &&
    hasMainVerb(s) &&
    // An instruction ("Spread it around plants…") is not a statement that can be true or false.
    s.tokens[0]?.pos !== "VERB" &&
    !/\b(?:also|too)\b/.test(s.text)
  );
};

/** The section's topics for its objectives: its most repeated rare nouns. */
function topicsOf(section: Section, nouns: ReturnType<typeof nounsOf>): string[] {
  const inSection = new Set(section.sentences.map((s) => s.index));
  const counts = new Map<string, { text: string; n: number }>();
  for (const n of nouns)
    if (inSection.has(n.sentence)) {
      const c = counts.get(n.lemma) ?? { text: n.text, n: 0 };
      c.n++;
      counts.set(n.lemma, c);
    }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 3)
    .map((c) => c.text);
}

/**
 * Lessons of draft questions: one per section and an overview, each draft checked before it is kept.
 * `twins`, when given, receives stand-ins the audit gate may use instead of dropping a draft, under the draft's
 * prompt: a sentence completion's short-answer twin (on a name or figure), and a true/false statement's twin of
 * the other key on the same sentence.
 */
export function generateLessons(parsed: ParsedArticle, twins?: Map<string, QuestionInput>): LessonInput[] {
  const article = readForGeneration(parsed);
  // The audit's sentences, from this analysis rather than a second reading of the article.
  const auditSentences = article.sentences.map(({ text, start, end }) => ({ text, start, end }));
  // The apparatus's words are no wrong choice for the content's (the section lessons draft none from it).
  const framed = apparatusSentences(article.sections);
  const nouns = nounsOf(article.sentences).filter((n) => !framed.has(n.sentence));
  const rare = rareWordsOf(article).filter((w) => !framed.has(w.sentence.index));
  const views = viewsOf(article);
  const causes = causesOf(article);
  const lists = listsOf(article);
  const centrals = new Map<number, Sentence>();
  // The overview's open response names each part's central sentence: the apparatus is no part of the content.
  for (const section of article.sections.filter((x) => !x.apparatus)) {
    const c = centralSentence(article, section);
    if (c) centrals.set(section.index, c);
  }
  const random = seededRandom(article.seed);
  // Twins draw from their own sequence, so asking for them leaves every other draft as it was.
  const twinRandom = seededRandom(article.seed + 1);
  const kept: SetQuestion[] = [];
  // True/false keys and Part A keys are each balanced across the article: about half true.
  const balance = { tf: { true: 0, false: 0 }, evidence: { true: 0, false: 0 } };
  const wantTrue = (k: { true: number; false: number }) =>
    k.true === k.false ? random() < 0.5 : k.true < k.false;
  const names = article.entities.filter((e) => isNameKind(e.kind)).map((e) => e.text);
  const usedAnywhere = new Set<number>();
  const optionsUsed = new Set<string>();
  /** Offers up to `limit` drafts that share no option with a draft offered this way before in the article. */
  const offerUnshared = (
    offer: (d: Draft | undefined) => boolean,
    drafts: readonly (Draft | undefined)[],
    limit: number,
  ) => {
    let n = 0;
    for (const d of drafts) {
      const options = d?.question.choices.map((c) => c.text) ?? [];
      if (options.some((t) => optionsUsed.has(t))) continue;
      if (n < limit && offer(d)) {
        n++;
        for (const t of options) optionsUsed.add(t);
      }
    }
    return n;
  };

  // The wanted key first, else the other: with "not" insertions gone a sentence often has only one sound
  // statement, and the set is still held to the audit (an "always True" guess included) by the gate.
  // The other key only while the split stays within one, or for a section's first statement item (a section of
  // like sentences may offer one kind only).
  const statementFor = (
    s: Sentence,
    k: { true: number; false: number },
    first: boolean,
  ): Statement | undefined => {
    const correct = wantTrue(k);
    const wanted = statementOf(s, correct);
    if (wanted) return wanted;
    const other = statementOf(s, !correct);
    if (!other) return undefined;
    const after = { ...k, [other.correct ? "true" : "false"]: k[other.correct ? "true" : "false"] + 1 };
    return first || Math.abs(after.true - after.false) <= 1 ? other : undefined;
  };
  // A view too few holders share for a single choice: who holds it, as a true/false in the same balance.
  const offerViewStatement = (offer: (d: Draft | undefined) => boolean, v: View) => {
    const d = viewStatementDraft(v, views, article, wantTrue(balance.tf));
    if (!d || !offer(d)) return false;
    balance.tf[d.question.choices[0]!.correct ? "true" : "false"]++;
    return true;
  };
  const statementOf = (s: Sentence, correct: boolean, pick = random): Statement | undefined => {
    if (!statementReady(s)) return undefined;
    // A true statement must be restated (a clause moved), never the sentence verbatim: a verbatim copy lets the
    // student match words, and in a two-part item Part B's key would be the same sentence.
    if (correct) {
      const t = trueStatement(s, names);
      return t.how === "moved" ? t : undefined;
    }
    const edits = falseStatements(article, s);
    return edits.length ? edits[Math.floor(pick() * edits.length)] : undefined;
  };

  // A statement's twin of the other key on the same sentence, sound against the set: the gate may need it to split
  // the keys when the statement sits alone in its lesson and cannot be dropped. A true twin may keep the sentence's
  // words: it is asked only where nothing else splits the keys.
  const twinOf = (s: Sentence, st: Statement, lesson: number): QuestionInput | undefined => {
    const restated = st.correct ? undefined : trueStatement(s, names);
    const other = st.correct
      ? statementOf(s, false, twinRandom)
      : restated?.how === "unread"
        ? undefined
        : restated;
    const q = other && trueFalseDraft(s, other, names).question;
    return q && draftProblems(q, kept, lesson, auditSentences).length === 0 ? q : undefined;
  };

  const build = (
    lessonNumber: number,
    title: string,
    sectionSentences: Sentence[],
    make: (offer: (d: Draft | undefined) => boolean) => void,
  ) => {
    const drafts: Draft[] = [];
    const used = new Set<number>();
    const offer = (d: Draft | undefined) => {
      if (!d || drafts.length >= MAX_DRAFTS_PER_LESSON) return false;
      if (d.sentences.some((i) => used.has(i))) return false;
      if (drafts.some((x) => answersOneAnother(x.question, d.question))) return false;
      const problems = draftProblems(d.question, kept, lessonNumber, auditSentences);
      if (problems.length > 0) return false;
      drafts.push(d);
      kept.push({ number: kept.length + 1, lesson: lessonNumber, question: d.question });
      for (const i of d.sentences) {
        used.add(i);
        usedAnywhere.add(i);
      }
      return true;
    };
    make(offer);
    void sectionSentences;
    return { title, drafts };
  };

  const sectionLessons = article.sections.map((section, i) =>
    build(i + 1, section.heading, section.sentences, (offer) => {
      if (section.apparatus) return;
      // Its own sentences, after its heading: a short introduction before the first heading is the overview's.
      const inSection = (s: Sentence) => s.start >= section.bodyStart && s.end <= section.end;
      const body = bodySentences(section);
      // Main-idea items are not drafted: the central sentence was often a detail, its distractors (other sections'
      // sentences) were answerable by topic, and the reviewer found none usable.
      offer(sequenceDraft(article, section));
      let n = 0;
      for (const v of views.filter((v) => inSection(v.sentence)))
        if (n < 2 && (offer(viewDraft(v, views, article)) || offerViewStatement(offer, v))) n++;
      // Two cause items offering each other's keys answer one another.
      const closedCause = offerUnshared(offer, sectionCauseDrafts(causes, inSection), 1);
      // Without two other reasons for wrong options, the reason is asked open and the teacher marks it.
      if (closedCause === 0)
        causes.filter((c) => inSection(c.sentence)).some((c) => offer(causeResponseDraft(c)));
      n = 0;
      for (const l of lists.filter((l) => inSection(l.sentence)))
        if (n < 1 && offer(multipleSelectDraft(article, l, nouns))) n++;
      const glossary = definitionsOf(section);
      n = 0;
      for (const d of glossary) if (n < 2 && offer(definitionDraft(article, d, glossary))) n++;
      // Another vocabulary item's key among the options (or this key among its options) answers one by the other.
      offerUnshared(
        offer,
        rare.filter((w) => inSection(w.sentence)).map((w) => vocabularyDraft(w, rare)),
        2,
      );
      // One two-part item, then true/false statements, about half keyed each way across the article.
      const candidates = body.filter(statementReady);
      n = 0;
      for (const s of candidates) {
        if (n >= 1) break;
        const st = statementFor(s, balance.evidence, true);
        if (st && offer(evidenceDraft(article, s, st))) {
          balance.evidence[st.correct ? "true" : "false"]++;
          n++;
        }
      }
      // Without a two-part item (refused when Part B would be cued), the first true/false statement is the
      // section's first statement item, which may take either key.
      const evidenceMade = n;
      n = 0;
      for (const s of [...candidates].reverse()) {
        if (n >= 3) break;
        const st = statementFor(s, balance.tf, evidenceMade === 0 && n === 0);
        if (!st) continue;
        // Before it is offered: its twin is checked against the set as it stands without it.
        const twin = twins && twinOf(s, st, i + 1);
        const draft = trueFalseDraft(s, st, names);
        if (offer(draft)) {
          balance.tf[st.correct ? "true" : "false"]++;
          n++;
          if (twin) twins.set(draft.question.prompt, twin);
        }
      }
      offerCompletions(article, body, nouns, offer, twins);
    }),
  );
  const overview = build(
    article.sections.length + 1,
    `${article.title}: overview`,
    article.sentences,
    (offer) => {
      for (const d of overviewDrafts(article, usedAnywhere, centrals)) offer(d);
    },
  );

  // One true/false item alone cannot meet the audit's 40–60 split: it goes.
  const all = [...sectionLessons, overview];
  const tfs = all.flatMap((l) => l.drafts.filter((d) => d.question.type === "true_false"));
  // (Not from a lesson it would leave with one draft when the section is long enough to need two.)
  if (tfs.length === 1)
    all.forEach((l, i) => {
      const section = article.sections[i];
      const needsTwo = section !== undefined && section.sentences.length >= 5;
      if (l.drafts.includes(tfs[0]!) && (l.drafts.length >= 3 || !needsTwo))
        l.drafts = l.drafts.filter((d) => d !== tfs[0]);
    });
  const groups = headedLessonGroups(
    sectionLessons.map((l, i) => {
      const { level, apparatus } = article.sections[i]!;
      return { drafts: l.drafts.length, level, apparatus };
    }),
  );
  // A section of no sentences (a list of things needed, a table of statistics) joins its neighbour's lesson
  // unnamed: its heading stays in the passage, and the sixth review found titles naming up to five sections.
  const titled = (sections: Section[]) => {
    const prose = sections.filter((x) => bodySentences(x).length > 0);
    return (prose.length > 0 ? prose : sections).map((x) => x.heading);
  };
  const lessonOf = (drafts: Draft[], sections: Section[]) => {
    const first = sections[0];
    const heading = first?.heading ?? article.title;
    const topics = sections.flatMap((x) => topicsOf(x, nouns)).slice(0, 3);
    const objectives = objectivesFor(heading, topics, drafts, !first);
    if (objectives.length < 2)
      objectives.push("Point to the sentence of the article that supports each answer.");
    return {
      title: first ? joinedTitle(titled(sections), LESSON_TITLE_MAX) : overview.title,
      objectives,
      passage: first ? article.text.slice(first.passageStart, sections.at(-1)!.end) : article.text,
      questions: drafts.map((d) => d.question),
    };
  };
  return [
    ...groups.map((g) =>
      lessonOf(
        // Sections drafted apart and read as one lesson: a later draft that an earlier one answers goes.
        g
          .flatMap((i) => sectionLessons[i]!.drafts)
          .filter((d, k, all) => !all.slice(0, k).some((x) => answersOneAnother(x.question, d.question))),
        g.map((i) => article.sections[i]!),
      ),
    ),
    lessonOf(overview.drafts, []),
  ];
}

export type { Article };
