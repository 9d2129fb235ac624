import { blindScores } from "../../content/audit/blind-scores";
import { keyStats } from "../../content/audit/key-stats";
import { repeatedStems } from "../../content/audit/stems";
import { verdict } from "../../content/audit/thresholds";
import { questionPoints } from "../../content/audit/question-points";
import { isClosed, setQuestions } from "../../content/audit/set-questions";
import { STRATEGIES } from "../../content/audit/strategies";
import { DRAFT_MAX_ADVANTAGE } from "../../content/audit/thresholds";
import { splitSentences } from "../sentences";
import type { ArticleDocument, QuestionInput } from "../../content/schema";
import { faultedFourOptionItems, type Place } from "./gate-four-options";

/**
 * Dropping stops at this many drafts in a lesson: a short article's few items cannot always be brought within the
 * audit's limits by dropping (each is a large share of the points), and a lesson of one draft helps no teacher.
 */
const MIN_LESSON_DRAFTS = 2;
/** An open response worth this many points is a writing task across parts (the overview's), worth a lesson alone. */
const WRITING_TASK_POINTS = 4;
/** A lesson of fewer sentences may be left with one draft to meet the audit's limit. */
const SHORT_LESSON_SENTENCES = 6;

const without = (doc: ArticleDocument, lesson: number, index: number): ArticleDocument => ({
  ...doc,
  lessons: doc.lessons.map((l, i) =>
    i === lesson ? { ...l, questions: l.questions.filter((_, j) => j !== index) } : l,
  ),
});

/**
 * The parts of the item audit (auditDocument) that judge a set as a whole: passage-blind scores, key positions,
 * true/false split, repeated stems. The rest (coverage, citations) needs the article split again and judges
 * nothing that dropping a draft could fix.
 */
function setVerdict(doc: ArticleDocument) {
  const set = setQuestions(doc);
  const blind = blindScores(set);
  const keys = keyStats(set);
  return { blind, keys, verdict: verdict(blind, keys, repeatedStems(set), DRAFT_MAX_ADVANTAGE) };
}

const blindPasses = (report: ReturnType<typeof setVerdict>) =>
  report.verdict.checks.find((c) => c.id === "blind_advantage")?.passed !== false;
/** How far the best passage-blind strategy is over what the audit allows (zero when within it). */
const excessOf = (report: ReturnType<typeof setVerdict>) =>
  blindPasses(report)
    ? 0
    : (report.blind.best?.advantage ?? 0) - Math.max(DRAFT_MAX_ADVANTAGE, report.blind.unavoidable);

/** The key most true/false items have, when their keys are not split 40–60; undefined when they are. */
function unsplitMajority(report: ReturnType<typeof setVerdict>): "True" | "False" | undefined {
  const split = report.verdict.checks.find((c) => c.id === "true_false_split");
  const share = report.keys.trueFalse.trueShare;
  if (!split || split.passed || share === null) return undefined;
  return share > 50 ? "True" : "False";
}

/** The last true/false item keyed the way most are, when their keys are not split 40–60. */
function unbalancedTrueFalse(doc: ArticleDocument, report: ReturnType<typeof setVerdict>) {
  const majority = unsplitMajority(report);
  if (!majority) return undefined;
  let found: { lesson: number; index: number } | undefined;
  doc.lessons.forEach((l, i) =>
    l.questions.forEach((q, j) => {
      if (
        q.type === "true_false" &&
        q.choices.find((c) => c.correct)?.text === majority &&
        l.questions.length > MIN_LESSON_DRAFTS
      )
        found = { lesson: i, index: j };
    }),
  );
  return found;
}

/**
 * When the true/false keys are not split 40–60 and no statement of the larger side can be dropped (each is a
 * lesson's last drafts), the last of them that has a twin of the other key on its sentence is asked as that twin.
 */
function turnedTrueFalse(
  doc: ArticleDocument,
  report: ReturnType<typeof setVerdict>,
  twins: ReadonlyMap<string, QuestionInput>,
): ArticleDocument | undefined {
  const majority = unsplitMajority(report);
  if (!majority) return undefined;
  const keyOf = (q: QuestionInput) => q.choices.find((c) => c.correct)?.text;
  const found = setQuestions(doc)
    .map((sq) => sq.question)
    .filter((q) => {
      const twin = q.type === "true_false" && keyOf(q) === majority ? twins.get(q.prompt) : undefined;
      return twin?.type === "true_false" && keyOf(twin) !== majority;
    })
    .at(-1);
  if (!found) return undefined;
  return {
    ...doc,
    lessons: doc.lessons.map((l) => ({
      ...l,
      questions: l.questions.map((x) => (x === found ? twins.get(found.prompt)! : x)),
    })),
  };
}

/**
 * Holds a generated document to the item audit at DRAFT_MAX_ADVANTAGE (or the floor no keying of so few items can
 * avoid): while the best passage-blind strategy beats guessing by more, keys are placed again, then the closed
 * question it gains most on is dropped (never below MIN_LESSON_DRAFTS), then a cued sentence completion is asked
 * as its short-answer twin, then an evidence item's options are turned, then a lesson may keep one draft, then a
 * lesson's only draft goes with its lesson; while
 * true/false keys are not split 40–60, a true/false item of the larger side is dropped, or where none can be, asked
 * as its twin of the other key.
 */
export function passAudit(
  doc: ArticleDocument,
  replace?: Replace,
  twins?: ReadonlyMap<string, QuestionInput>,
): ArticleDocument {
  let current = doc;
  const flipped = new Set<string>();
  for (let round = 0; round < 60; round++) {
    const report = setVerdict(current);
    const tf = unbalancedTrueFalse(current, report);
    if (tf) {
      current = without(current, tf.lesson, tf.index);
      continue;
    }
    const turned = twins && turnedTrueFalse(current, report, twins);
    if (turned) {
      current = turned;
      continue;
    }
    const best = report.blind.best;
    if (!best || blindPasses(report)) {
      const faulted = faultedFourOptionItems(current, report.keys);
      if (faulted.length === 0) return current;
      const placed = replace && betterPlacement(current, replace);
      if (placed) return placed;
      // Keys that cannot move (a figure's options stand in ascending order): such an item is asked as its short
      // answer, else dropped from a lesson above its floor, else from any lesson it does not empty.
      const asShort = twins && withoutOptions(current, faulted, twins);
      const drop =
        faulted.find((p) => current.lessons[p.lesson]!.questions.length > MIN_LESSON_DRAFTS) ??
        faulted.find((p) => current.lessons[p.lesson]!.questions.length > 1);
      if (!asShort && !drop) return current;
      current = asShort ?? without(current, drop!.lesson, drop!.index);
      continue;
    }
    // A small set's keys may sit where a position habit wins (two of four keys first): other seeded placements
    // are tried before any draft is dropped.
    const placed = replace && POSITION_HABITS.has(best.id) ? betterPlacement(current, replace) : undefined;
    if (placed) return placed;
    const worst = mostGained(current, best.id, MIN_LESSON_DRAFTS);
    if (worst) {
      current = without(current, worst.lesson, worst.index);
      continue;
    }
    // Every lesson is at its floor: a sentence completion the strategy gains on is asked without its options,
    // which keeps the draft and leaves no option to read a habit from (four three-option items always put two
    // keys in one position, a sixth of the points over guessing, however they are placed).
    // Only when that helps, its keys placed again if need be: fewer closed items can leave another habit ahead,
    // and a figure's options stand in ascending order, so its key's place is fixed. Failing one, all of them.
    const excess = excessOf(report);
    const helps = (plain: ArticleDocument | undefined) => {
      if (!plain) return undefined;
      if (excessOf(setVerdict(plain)) < excess) return plain;
      const placed = replace && betterPlacement(plain, replace);
      return placed && excessOf(setVerdict(placed)) < excess ? placed : undefined;
    };
    const kept =
      twins &&
      (helps(askedWithoutOptions(current, twins, best.id)) ?? helps(askedWithoutOptions(current, twins)));
    if (kept) {
      current = kept;
      continue;
    }
    // A short article's evidence items can still have their Accurate/Mistaken
    // order turned, once each, when the strategy that wins is a position ("first option").
    const flip = flippable(current, best.id, flipped);
    if (flip) {
      flipped.add(flip.question);
      current = flip.doc;
      continue;
    }
    // Then a lesson may keep a single draft, a short one (five sentences or fewer) first: with two-part items
    // refused where Part B is cued, a short article can have no other way under the limit.
    const last = mostGained(current, best.id, 1, SHORT_LESSON_SENTENCES) ?? mostGained(current, best.id, 1);
    if (last) {
      current = without(current, last.lesson, last.index);
      continue;
    }
    // Last of all a lesson's only draft, and the lesson with it: the issue holds every generated set to the
    // audit, and the overview's passage still holds the section's text (a tardigrade explainer's three lessons of
    // one noun completion each, every key the shortest option, had no other way).
    const only = mostGained(current, best.id, 0);
    if (!only) return current;
    const dropped = without(current, only.lesson, only.index);
    current = { ...dropped, lessons: dropped.lessons.filter((l) => l.questions.length > 0) };
  }
  return current;
}

/** Places a document's keys again by the article's seed and an attempt number (build-document.ts). */
export type Replace = (doc: ArticleDocument, attempt: number) => ArticleDocument;

/** Strategies that read only where the key sits, which another placement can defeat. */
const POSITION_HABITS = new Set(["first", "last", "middle"]);
const PLACEMENT_ATTEMPTS = 24;

/** The first of the seeded placements that brings the set within the limit, if one does. */
function betterPlacement(doc: ArticleDocument, replace: Replace): ArticleDocument | undefined {
  for (let attempt = 1; attempt <= PLACEMENT_ATTEMPTS; attempt++) {
    const candidate = replace(doc, attempt);
    const report = setVerdict(candidate);
    if (
      blindPasses(report) &&
      !unbalancedTrueFalse(candidate, report) &&
      faultedFourOptionItems(candidate, report.keys).length === 0
    )
      return candidate;
  }
  return undefined;
}

/** The closed question the strategy gains most on, in a lesson holding more than `floor` drafts. */
function mostGained(doc: ArticleDocument, strategy: string, floor: number, shorterThan = Infinity) {
  let worst: { lesson: number; index: number; gain: number } | undefined;
  for (const sq of setQuestions(doc)) {
    const q = sq.question;
    if (!isClosed(q.type)) continue;
    const lesson = doc.lessons[sq.lesson - 1]!;
    // A lesson with an open response keeps a task worth a lesson when its closed items go (the overview's
    // across-sections writing): its floor is that one draft. A reason asked from one sentence (2 points) is no
    // such task: a section lesson left with it alone lost every item on its other sentences.
    const open = lesson.questions.some((x) => x.type === "open_response" && x.points >= WRITING_TASK_POINTS);
    if (lesson.questions.length <= (open ? 1 : floor)) continue;
    if (splitSentences(lesson.passage).length >= shorterThan) continue;
    const points = questionPoints(
      q,
      q.type,
      STRATEGIES.filter((s) => s.id === strategy),
    );
    const gain = (points.strategies.get(strategy) ?? points.guess) - points.guess;
    if (!worst || gain > worst.gain)
      worst = { lesson: sq.lesson - 1, index: lesson.questions.indexOf(q), gain };
  }
  return worst && worst.gain > 0 ? worst : undefined;
}

/**
 * The document with the single choice the strategy gains most on, of those with a twin, as its short answer;
 * without a strategy, every single choice that has a twin.
 */
function askedWithoutOptions(
  doc: ArticleDocument,
  twins: ReadonlyMap<string, QuestionInput>,
  strategy?: string,
): ArticleDocument | undefined {
  const asked = new Map<QuestionInput, QuestionInput>();
  let most = 0;
  for (const { question: q } of setQuestions(doc)) {
    const twin = q.type === "single_choice" ? twins.get(q.prompt) : undefined;
    if (!twin) continue;
    if (!strategy) {
      asked.set(q, twin);
      continue;
    }
    const points = questionPoints(
      q,
      "single_choice",
      STRATEGIES.filter((s) => s.id === strategy),
    );
    const gain = (points.strategies.get(strategy) ?? points.guess) - points.guess;
    if (gain > most) {
      most = gain;
      asked.clear();
      asked.set(q, twin);
    }
  }
  if (asked.size === 0) return undefined;
  return {
    ...doc,
    lessons: doc.lessons.map((l) => ({
      ...l,
      questions: l.questions.map((x) => asked.get(x) ?? x),
    })),
  };
}

/** The first of these items that has a short-answer twin, asked as that twin. */
function withoutOptions(
  doc: ArticleDocument,
  places: readonly Place[],
  twins: ReadonlyMap<string, QuestionInput>,
): ArticleDocument | undefined {
  const place = places.find((p) => twins.has(doc.lessons[p.lesson]!.questions[p.index]!.prompt));
  if (!place) return undefined;
  const twin = twins.get(doc.lessons[place.lesson]!.questions[place.index]!.prompt)!;
  return {
    ...doc,
    lessons: doc.lessons.map((l, i) =>
      i === place.lesson ? { ...l, questions: l.questions.map((q, j) => (j === place.index ? twin : q)) } : l,
    ),
  };
}

/** An evidence item (not turned before) that the winning strategy gains on, with its Part A options turned. */
function flippable(doc: ArticleDocument, strategy: string, flipped: Set<string>) {
  for (const sq of setQuestions(doc)) {
    const q = sq.question;
    if (q.type !== "evidence" || flipped.has(q.prompt)) continue;
    const points = questionPoints(
      q,
      q.type,
      STRATEGIES.filter((s) => s.id === strategy),
    );
    if ((points.strategies.get(strategy) ?? points.guess) - points.guess <= 0) continue;
    const lesson = sq.lesson - 1;
    return {
      question: q.prompt,
      doc: {
        ...doc,
        lessons: doc.lessons.map((l, i) =>
          i === lesson
            ? {
                ...l,
                questions: l.questions.map((x) =>
                  x === q ? { ...x, choices: [...x.choices].reverse() } : x,
                ),
              }
            : l,
        ),
      },
    };
  }
  return undefined;
}
