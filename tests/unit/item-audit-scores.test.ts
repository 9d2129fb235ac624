import { describe, expect, it } from "vitest";
import { blindScores } from "../../lib/content/audit/blind-scores";
import { questionPoints } from "../../lib/content/audit/question-points";
import { isClosed, setQuestions } from "../../lib/content/audit/set-questions";
import { STRATEGIES } from "../../lib/content/audit/strategies";
import { contentWords, stem } from "../../lib/content/audit/words";
import {
  documentOf,
  evidence,
  multipleSelect,
  ordering,
  shortAnswer,
  singleChoice,
  trueFalse,
} from "./fixtures/audit/small-document";

/** Expected points of one question under guessing and under each strategy with a habit for it. */
function pointsOf(question: object) {
  const q = setQuestions(documentOf([question]))[0]!.question;
  if (!isClosed(q.type)) throw new Error(`${q.type} is not a closed type`);
  const result = questionPoints(q, q.type, STRATEGIES);
  return { guess: result.guess, by: (id: string) => result.strategies.get(id) };
}

describe("item audit: one question at a time, graded by the app's grader", () => {
  it("single choice: each positional and length habit scores 0 or 1 against guessing's 1/4", () => {
    const p = pointsOf(
      singleChoice(
        "What was the weather?",
        ["Rain", "Snow fell", "Wind blew hard", "The sun shone brightly"],
        3,
      ),
    );
    expect(p.guess).toBe(0.25);
    expect([p.by("longest"), p.by("shortest"), p.by("first"), p.by("last"), p.by("middle")]).toEqual([
      1, 0, 0, 1, 0,
    ]);
    // True/false habits say nothing about a single-choice item: the student guesses there.
    expect(p.by("always_true")).toBeUndefined();
  });

  it("a tie for longest is broken at random: the key tied with one other option earns half", () => {
    const p = pointsOf(singleChoice("Which vehicle?", ["Red car", "Blue car", "Big van", "Tiny bus"], 1));
    expect(p.by("longest")).toBe(0.5);
    expect(p.by("shortest")).toBe(0);
  });

  it("stem words, convergence, hedges, absolutes and detail each find the key they are built to find", () => {
    expect(
      pointsOf(
        singleChoice(
          "Which deal did Beta want on trade?",
          ["A deal on trade", "A long holiday season", "New cars", "Old music"],
          0,
        ),
      ).by("stem_words"),
    ).toBe(1);
    const converging = ["trade deal signed quickly", "trade deal signed", "trade deal", "music festival"];
    expect(pointsOf(singleChoice("What happened?", converging, 1)).by("convergence")).toBe(1);
    expect(
      pointsOf(
        singleChoice("What about rain?", ["It may rain", "It will rain", "It rains", "It rained"], 0),
      ).by("hedged"),
    ).toBe(1);
    const absolutes = ["Everyone agreed", "Nobody came", "Some talks went well", "All left early"];
    expect(pointsOf(singleChoice("How did the talks go?", absolutes, 2)).by("no_absolutes")).toBe(1);
    const detailed = ["Trade", "Trade, energy and security", "Energy", "Security"];
    expect(pointsOf(singleChoice("Which topics?", detailed, 1)).by("most_detailed")).toBe(1);
  });

  it('true/false: always False, longest ("False") and last win on a False key; statement cues apply only when present', () => {
    const plain = pointsOf(trueFalse("True or false: Beta wanted a deal on trade.", false));
    expect(plain.guess).toBe(0.5);
    expect([
      plain.by("always_false"),
      plain.by("always_true"),
      plain.by("longest"),
      plain.by("first"),
      plain.by("last"),
    ]).toEqual([1, 0, 1, 0, 1]);
    expect(plain.by("no_absolutes")).toBeUndefined();
    expect(pointsOf(trueFalse("True or false: Everyone always agreed.", false)).by("no_absolutes")).toBe(1);
    expect(pointsOf(trueFalse("True or false: Some observers may have doubted it.", true)).by("hedged")).toBe(
      1,
    );
  });

  it("multiple select: the preferred half is picked, and guessing is the mean over every non-empty selection", () => {
    const p = pointsOf(
      multipleSelect("Who met?", ["Alpha and Beta", "Gamma and Delta", "Epsilon", "Zeta"], [0, 1]),
    );
    // Of the 15 selections, {a}, {b}, {a,b,c} and {a,b,d} earn 1 point each and {a,b} earns 2: 6 / 15.
    expect(p.guess).toBeCloseTo(0.4, 10);
    expect([p.by("longest"), p.by("shortest"), p.by("first"), p.by("last")]).toEqual([2, 0, 2, 0]);
  });

  it("ordering: shown shuffled, so no habit may use the stored (answer) order; alphabetical can still hit", () => {
    const p = pointsOf(
      ordering("Put in order.", ["Beta wanted a deal", "Alpha met Beta", "Gamma opposed it"], {
        cites: [0, 2],
      }),
    );
    expect(p.guess).toBeCloseTo(2 / 6, 10);
    expect(p.by("first")).toBeUndefined();
    expect([p.by("alphabetical"), p.by("longest"), p.by("shortest")]).toEqual([0, 0, 0]);
    expect(
      pointsOf(ordering("Put in order.", ["Alpha", "Beta", "Gamma"], { cites: [0, 2] })).by("alphabetical"),
    ).toBe(2);
  });

  it("evidence: Part A right with the wrong Part B earns half; matching sentences to the key earns all", () => {
    const q = evidence(
      "Part A: What did Beta want? Part B: Which sentence supports it?",
      ["Trade", "A deal on trade with Beta", "Music", "Silence"],
      1,
      [0, 1, 2],
      [1],
    );
    const p = pointsOf(q);
    // 1/4 for Part A, then 1/3 of exact support (2 points), else half credit (1 point).
    expect(p.guess).toBeCloseTo((1 / 4) * ((1 / 3) * 2 + (2 / 3) * 1), 10);
    expect(p.by("longest")).toBe(1);
    expect(p.by("stem_words")).toBe(2);
  });
});

describe("item audit: the whole set", () => {
  it("adds closed points only, reports each type and the best strategy's advantage in points of the closed points", () => {
    const longestKeyed = (n: number) =>
      singleChoice(
        `Question ${n} about the talks?`,
        ["Rain", "Snow fell", "Wind blew hard", "The sun shone brightly"],
        3,
      );
    const doc = documentOf([
      ...[1, 2, 3, 4].map(longestKeyed),
      trueFalse("True or false: Beta wanted a deal on trade.", false),
      trueFalse("True or false: Gamma opposed the deal.", false),
      shortAnswer("Who met Beta?", ["Alpha"]),
    ]);
    const scores = blindScores(setQuestions(doc));
    expect(scores.closedPoints).toBe(6);
    expect(scores.guess).toEqual({ points: 2, percent: 33.3 });
    expect(scores.best).toMatchObject({ id: "longest", points: 6, percent: 100, advantage: 66.7 });
    expect(scores.byType.map((t) => [t.type, t.questions, t.points, t.strategies[0]!.id])).toEqual([
      ["single_choice", 4, 4, "longest"],
      ["true_false", 2, 2, "longest"],
    ]);
    expect(scores.byType[0]!.strategies[0]!.advantage).toBe(75);
    expect(scores.bestPerType).toMatchObject({ points: 6, advantage: 66.7 });
  });
});

describe("item audit: word cues", () => {
  it("compares content words, lightly stemmed", () => {
    expect(stem("alliances")).toBe(stem("alliance"));
    expect(stem("including")).toBe(stem("includes"));
    expect([...contentWords("According to the article, which policies did Trump's critics oppose?")]).toEqual(
      ["policy", "trump", "critic", "oppos"],
    );
  });
});
