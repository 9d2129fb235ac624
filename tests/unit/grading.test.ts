import { describe, it, expect } from "vitest";
// Transitive dependency (prisma → effect); declare it in devDependencies before relying on it long-term.
import fc from "fast-check";
import { answerSchema, type Answer } from "../../lib/grading/answer";
import { blankAnswer, isAnswered } from "../../lib/grading/answered";
import { gradeAnswer, type AnswerKey } from "../../lib/grading/grade";
import { ORDERING_CREDIT_NOTE } from "../../lib/grading/ordering-note";
import { normalizeShortAnswer } from "../../lib/grading/short-answer/normalize";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

describe("answerSchema", () => {
  it.each<[string, unknown]>([
    ["single_choice", { type: "single_choice", choiceId: "a" }],
    ["true_false", { type: "true_false", choiceId: "true" }],
    ["multiple_select", { type: "multiple_select", choiceIds: ["a", "b"] }],
    ["multiple_select, empty", { type: "multiple_select", choiceIds: [] }],
    ["short_answer", { type: "short_answer", text: "Paris" }],
    ["short_answer, blank", { type: "short_answer", text: "" }],
    ["ordering", { type: "ordering", choiceIds: ["c", "a", "b"] }],
    ["open_response", { type: "open_response", text: "Because..." }],
    ["evidence", { type: "evidence", choiceId: "b", evidenceIds: ["s1", "s3"] }],
    ["evidence, part A empty", { type: "evidence", choiceId: null, evidenceIds: [] }],
    ["choiceId of 64 chars", { type: "single_choice", choiceId: "x".repeat(64) }],
    ["12 picks", { type: "multiple_select", choiceIds: ids(12) }],
    ["short answer of 200 chars", { type: "short_answer", text: "x".repeat(200) }],
    ["open response of 10000 chars", { type: "open_response", text: "x".repeat(10_000) }],
  ])("accepts %s", (_, input) => {
    expect(answerSchema.safeParse(input).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ["unknown type", { type: "essay", text: "x" }],
    ["missing type", { choiceId: "a" }],
    ["null", null],
    ["empty choiceId", { type: "single_choice", choiceId: "" }],
    ["choiceId of 65 chars", { type: "true_false", choiceId: "x".repeat(65) }],
    ["fields of another type", { type: "single_choice", choiceIds: ["a"] }],
    ["duplicate multiple_select picks", { type: "multiple_select", choiceIds: ["a", "b", "a"] }],
    ["duplicate ordering items", { type: "ordering", choiceIds: ["a", "a"] }],
    ["duplicate evidence picks", { type: "evidence", choiceId: "b", evidenceIds: ["s1", "s1"] }],
    ["13 picks", { type: "multiple_select", choiceIds: ids(13) }],
    ["13 items to order", { type: "ordering", choiceIds: ids(13) }],
    ["13 evidence picks", { type: "evidence", choiceId: "a", evidenceIds: ids(13) }],
    ["empty id inside a list", { type: "multiple_select", choiceIds: ["a", ""] }],
    ["short answer of 201 chars", { type: "short_answer", text: "x".repeat(201) }],
    ["open response of 10001 chars", { type: "open_response", text: "x".repeat(10_001) }],
    ["evidence without evidenceIds", { type: "evidence", choiceId: "a" }],
    ["evidence with missing choiceId", { type: "evidence", evidenceIds: [] }],
    ["numeric choiceId", { type: "single_choice", choiceId: 3 }],
  ])("rejects %s", (_, input) => {
    expect(answerSchema.safeParse(input).success).toBe(false);
  });
});

describe("isAnswered", () => {
  it.each<[Answer, boolean]>([
    [{ type: "single_choice", choiceId: "a" }, true],
    [{ type: "single_choice", choiceId: "" }, false],
    [{ type: "single_choice", choiceId: null }, false],
    [{ type: "true_false", choiceId: "false" }, true],
    [{ type: "multiple_select", choiceIds: ["a"] }, true],
    [{ type: "multiple_select", choiceIds: [] }, false],
    [{ type: "ordering", choiceIds: ["a", "b"] }, true],
    [{ type: "ordering", choiceIds: [] }, false],
    [{ type: "short_answer", text: "x" }, true],
    [{ type: "short_answer", text: " \t\n " }, false],
    [{ type: "open_response", text: "An idea" }, true],
    [{ type: "open_response", text: "" }, false],
    [{ type: "evidence", choiceId: "a", evidenceIds: [] }, true],
    [{ type: "evidence", choiceId: null, evidenceIds: ["s1"] }, false],
  ])("%j → %s", (answer, expected) => {
    expect(isAnswered(answer)).toBe(expected);
  });
});

describe("blankAnswer", () => {
  const keys: Record<Answer["type"], AnswerKey> = {
    single_choice: { type: "single_choice", points: 1, correctChoiceId: "c0" },
    true_false: { type: "true_false", points: 1, correctChoiceId: "c0" },
    multiple_select: { type: "multiple_select", points: 2, choiceIds: ids(3), correctChoiceIds: ["c0"] },
    short_answer: { type: "short_answer", points: 1, acceptedAnswers: ["x"] },
    ordering: { type: "ordering", points: 2, orderedChoiceIds: ids(3) },
    open_response: { type: "open_response", points: 4 },
    evidence: { type: "evidence", points: 2, correctChoiceId: "c0", correctEvidenceIds: ["s0"] },
  };
  it.each(Object.values(keys))("$type: passes the schema, counts as unanswered and earns nothing", (key) => {
    const blank = blankAnswer(key.type);
    expect(blank.type).toBe(key.type);
    expect(answerSchema.parse(blank)).toEqual(blank);
    expect(isAnswered(blank)).toBe(false);
    expect(gradeAnswer(key, blank)).toEqual({ points: 0, correct: false });
  });
});

describe("gradeAnswer: single_choice and true_false", () => {
  const key: AnswerKey = { type: "single_choice", points: 2, correctChoiceId: "b" };
  const tf: AnswerKey = { type: "true_false", points: 1, correctChoiceId: "false" };

  it("gives full points for the correct choice", () => {
    expect(gradeAnswer(key, { type: "single_choice", choiceId: "b" })).toEqual({
      points: 2,
      correct: true,
    });
    expect(gradeAnswer(tf, { type: "true_false", choiceId: "false" })).toEqual({
      points: 1,
      correct: true,
    });
  });

  it("gives nothing for a wrong or unknown choice", () => {
    expect(gradeAnswer(key, { type: "single_choice", choiceId: "a" })).toEqual({
      points: 0,
      correct: false,
    });
    expect(gradeAnswer(tf, { type: "true_false", choiceId: "true" })).toEqual({
      points: 0,
      correct: false,
    });
    expect(gradeAnswer(key, { type: "single_choice", choiceId: "zz" })).toEqual({
      points: 0,
      correct: false,
    });
  });

  it("does not grade a true/false answer against a single-choice key or vice versa", () => {
    expect(gradeAnswer(key, { type: "true_false", choiceId: "b" })).toEqual({
      points: 0,
      correct: false,
    });
    expect(gradeAnswer(tf, { type: "single_choice", choiceId: "false" })).toEqual({
      points: 0,
      correct: false,
    });
  });

  it("gives nothing for no answer or an empty choice", () => {
    expect(gradeAnswer(key, null)).toEqual({ points: 0, correct: false });
    expect(gradeAnswer(key, { type: "single_choice", choiceId: "" })).toEqual({
      points: 0,
      correct: false,
    });
  });
});

describe("gradeAnswer: multiple_select", () => {
  // 3 correct of 5, worth 2 points: each net correct pick is worth 2/3.
  const key: AnswerKey = {
    type: "multiple_select",
    points: 2,
    choiceIds: ["a", "b", "c", "d", "e"],
    correctChoiceIds: ["a", "b", "c"],
  };
  const pick = (...choiceIds: string[]) => gradeAnswer(key, { type: "multiple_select", choiceIds });

  it.each<[string[], number, boolean]>([
    [["a", "b", "c"], 2, true], // 3/3 × 2
    [["c", "a", "b"], 2, true], // order does not matter
    [["a", "b", "d"], 0.67, false], // (2−1)/3 × 2 = 0.666…
    [["a", "b"], 1.33, false], // 2/3 × 2 = 1.333…
    [["a"], 0.67, false], // 1/3 × 2
    [["a", "b", "c", "d"], 1.33, false], // (3−1)/3 × 2
    [["a", "b", "c", "d", "e"], 0.67, false], // (3−2)/3 × 2: picking everything barely scores
    [["a", "d"], 0, false], // (1−1)/3 × 2
    [["a", "d", "e"], 0, false], // (1−2)/3 → floored at 0
    [["d", "e"], 0, false],
    [["a", "b", "zz"], 0.67, false], // unknown id counts as a wrong pick: (2−1)/3 × 2
    [["a", "b", "c", "zz"], 1.33, false], // not exact because of the unknown id
    [[], 0, false],
  ])("%j → %s points, correct %s", (choiceIds, points, correct) => {
    expect(pick(...choiceIds)).toEqual({ points, correct });
  });

  it("rounds to two decimals", () => {
    const third: AnswerKey = { ...key, points: 1 };
    expect(gradeAnswer(third, { type: "multiple_select", choiceIds: ["a"] })).toEqual({
      points: 0.33,
      correct: false,
    });
    const half: AnswerKey = {
      type: "multiple_select",
      points: 1,
      choiceIds: ["a", "b", "c", "d"],
      correctChoiceIds: ["a", "b"],
    };
    expect(gradeAnswer(half, { type: "multiple_select", choiceIds: ["b"] })).toEqual({
      points: 0.5,
      correct: false,
    });
  });

  it("counts a correct id missing from the offered choices as wrong", () => {
    const broken: AnswerKey = { ...key, correctChoiceIds: ["a", "b", "x"] };
    // "x" was never offered, so picking it is a wrong pick: (2−1)/3 × 2
    expect(gradeAnswer(broken, { type: "multiple_select", choiceIds: ["a", "b", "x"] })).toEqual({
      points: 0.67,
      correct: false,
    });
  });

  it("gives 0 rather than NaN for a key with no correct choices", () => {
    const broken: AnswerKey = { ...key, correctChoiceIds: [] };
    expect(gradeAnswer(broken, { type: "multiple_select", choiceIds: ["a"] })).toEqual({
      points: 0,
      correct: false,
    });
  });

  it("counts a duplicated pick from unvalidated input once", () => {
    expect(pick("a", "a", "b")).toEqual({ points: 1.33, correct: false });
  });
});

describe("normalizeShortAnswer", () => {
  it.each<[string, string]>([
    ["  Photosynthesis  ", "photosynthesis"],
    ["The   Water\t\ncycle", "water cycle"], // a leading article goes
    ["a the An apple", "apple"],
    ["the", "the"], // but not the only word
    ["Paris.", "paris"],
    ["Paris!?", "paris"],
    ["Paris . ! ", "paris"],
    ["St. Louis", "st louis"],
    ["Paris,", "paris"],
    ["U.S.A.", "usa"], // an abbreviation's dots join its letters
    ["twenty-one", "twenty one"],
    ["1,000,000 and 3.5", "1000000 and 3.5"],
    ["50%", "50 percent"],
    ["Zelensk\u00FDy", "zelenskyy"], // diacritics go
    ["Curac\u0327ao", "curacao"], // combining ones too
    ["Don\u2019t stop", "don't stop"],
    ["students\u2019 rights", "students rights"],
    ["\u2018hope\u2019", "hope"],
    ["\u201CHope\u201D is the thing", "hope is the thing"],
    ["rock\u02BCn\u02BCroll", "rock'n'roll"],
    ["\uFF30\uFF41\uFF52\uFF49\uFF53\uFF1F", "paris"], // full-width letters and question mark
    ["\uFB01sh", "fish"], // ligature
    ["\u00A0New\u00A0York\u00A0", "new york"],
    ["...", ""],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeShortAnswer(input)).toBe(expected);
  });
});

describe("gradeAnswer: short_answer", () => {
  const key: AnswerKey = {
    type: "short_answer",
    points: 3,
    acceptedAnswers: ["Photosynthesis", "the water cycle", "don't stop"],
  };
  const answer = (text: string) => gradeAnswer(key, { type: "short_answer", text });

  it.each([
    "photosynthesis",
    "  PHOTOSYNTHESIS.  ",
    "Photosynthesis!?",
    "The   Water\tCycle.",
    "Don\u2019t Stop!",
    "\uFF50\uFF48\uFF4F\uFF54\uFF4F\uFF53\uFF59\uFF4E\uFF54\uFF48\uFF45\uFF53\uFF49\uFF53",
  ])("accepts %j", (text) => {
    expect(answer(text)).toEqual({ points: 3, correct: true });
  });

  it.each(["photosynthesis,", "water cycle", "The photosynthesis"])("accepts %j exactly", (text) => {
    expect(answer(text)).toEqual({ points: 3, correct: true });
  });

  it.each(["photo synthesis", "Photosynthesis is it", "photosynthesys", "the water cycles"])(
    "accepts %j as near",
    (text) => {
      expect(answer(text)).toEqual({ points: 3, correct: true, near: true });
    },
  );

  it.each(["synthesis", "photos", "not photosynthesis", "the carbon cycle", "do stop"])(
    "rejects %j",
    (text) => {
      expect(answer(text)).toEqual({ points: 0, correct: false });
    },
  );

  it("rejects a listed wrong answer given beside a right one", () => {
    const nato: AnswerKey = {
      type: "short_answer",
      points: 1,
      acceptedAnswers: ["NATO"],
      rejectedAnswers: ["the EU"],
    };
    expect(gradeAnswer(nato, { type: "short_answer", text: "NATO and the EU" })).toEqual({
      points: 0,
      correct: false,
    });
  });

  it("gives nothing for blank text", () => {
    expect(answer("")).toEqual({ points: 0, correct: false });
    expect(answer("   ")).toEqual({ points: 0, correct: false });
  });

  it("does not let punctuation alone match a key that is punctuation alone", () => {
    const odd: AnswerKey = { type: "short_answer", points: 1, acceptedAnswers: ["?"] };
    expect(gradeAnswer(odd, { type: "short_answer", text: "." })).toEqual({
      points: 0,
      correct: false,
    });
  });
});

describe("gradeAnswer: ordering", () => {
  const key: AnswerKey = { type: "ordering", points: 4, orderedChoiceIds: ["a", "b", "c", "d"] };
  const order = (...choiceIds: string[]) => gradeAnswer(key, { type: "ordering", choiceIds });

  it("gives full points only for the exact order", () => {
    expect(order("a", "b", "c", "d")).toEqual({ points: 4, correct: true });
  });

  it.each<[string[]]>([
    [["a", "b", "d", "c"]], // one swap
    [["d", "c", "b", "a"]],
    [["a", "b", "c"]], // missing item
    [["a", "b", "c", "d", "e"]], // extra item
    [["a", "b", "c", "zz"]],
    [[]],
  ])("gives nothing for %j", (choiceIds) => {
    expect(order(...choiceIds)).toEqual({ points: 0, correct: false });
  });

  it("exposes the all-or-nothing note for the UI", () => {
    expect(ORDERING_CREDIT_NOTE).toBe("Full points only when every item is in the right place.");
  });
});

describe("gradeAnswer: open_response", () => {
  const key: AnswerKey = { type: "open_response", points: 5 };

  it("leaves an answered response for the teacher", () => {
    expect(gradeAnswer(key, { type: "open_response", text: "The author argues..." })).toEqual({
      points: null,
      correct: null,
    });
  });

  it("gives nothing for a blank or missing response", () => {
    expect(gradeAnswer(key, { type: "open_response", text: " \n " })).toEqual({
      points: 0,
      correct: false,
    });
    expect(gradeAnswer(key, null)).toEqual({ points: 0, correct: false });
  });
});

describe("gradeAnswer: evidence", () => {
  const key: AnswerKey = {
    type: "evidence",
    points: 3,
    correctChoiceId: "b",
    correctEvidenceIds: ["s2", "s4"],
  };
  const answer = (choiceId: string | null, ...evidenceIds: string[]) =>
    gradeAnswer(key, { type: "evidence", choiceId, evidenceIds });

  it.each<[string | null, string[], number, boolean]>([
    ["b", ["s2", "s4"], 3, true],
    ["b", ["s4", "s2"], 3, true], // order does not matter
    ["b", ["s2"], 1.5, false], // part A right, evidence incomplete → half of 3
    ["b", ["s2", "s4", "s5"], 1.5, false], // extra sentence
    ["b", ["s1"], 1.5, false],
    ["b", [], 1.5, false],
    ["a", ["s2", "s4"], 0, false], // part A wrong voids part B
    [null, ["s2", "s4"], 0, false],
  ])("choice %j with evidence %j → %s points, correct %s", (choiceId, evidenceIds, points, correct) => {
    expect(answer(choiceId, ...evidenceIds)).toEqual({ points, correct });
  });

  it("halves odd point values to two decimals", () => {
    const one: AnswerKey = { ...key, points: 1 };
    expect(gradeAnswer(one, { type: "evidence", choiceId: "b", evidenceIds: [] })).toEqual({
      points: 0.5,
      correct: false,
    });
  });
});

describe("gradeAnswer: answer of another type", () => {
  const keys: AnswerKey[] = [
    { type: "single_choice", points: 1, correctChoiceId: "a" },
    { type: "true_false", points: 1, correctChoiceId: "a" },
    { type: "multiple_select", points: 1, choiceIds: ["a", "b"], correctChoiceIds: ["a"] },
    { type: "short_answer", points: 1, acceptedAnswers: ["a"] },
    { type: "ordering", points: 1, orderedChoiceIds: ["a"] },
    { type: "open_response", points: 1 },
    { type: "evidence", points: 1, correctChoiceId: "a", correctEvidenceIds: [] },
  ];
  const answers: Answer[] = [
    { type: "single_choice", choiceId: "a" },
    { type: "true_false", choiceId: "a" },
    { type: "multiple_select", choiceIds: ["a"] },
    { type: "short_answer", text: "a" },
    { type: "ordering", choiceIds: ["a"] },
    { type: "open_response", text: "a" },
    { type: "evidence", choiceId: "a", evidenceIds: [] },
  ];

  it("gives full credit only when the types match, and nothing otherwise", () => {
    for (const key of keys) {
      for (const answer of answers) {
        const grade = gradeAnswer(key, answer);
        if (answer.type !== key.type) expect(grade).toEqual({ points: 0, correct: false });
        else if (key.type === "open_response") expect(grade).toEqual({ points: null, correct: null });
        else expect(grade).toEqual({ points: 1, correct: true });
      }
    }
  });
});

describe("properties", () => {
  const offered = ids(8);

  it("multiple_select scores stay in range and are full exactly when correct", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(offered, { minLength: 1 }),
        fc.uniqueArray(fc.constantFrom(...offered, "u1", "u2"), { maxLength: 10 }),
        fc.integer({ min: 1, max: 100 }),
        (correctChoiceIds, choiceIds, points) => {
          const key: AnswerKey = {
            type: "multiple_select",
            points,
            choiceIds: offered,
            correctChoiceIds,
          };
          const grade = gradeAnswer(key, { type: "multiple_select", choiceIds });
          expect(grade.points).not.toBeNull();
          const earned = grade.points ?? NaN;
          expect(earned).toBeGreaterThanOrEqual(0);
          expect(earned).toBeLessThanOrEqual(points);
          expect(Math.round(earned * 100) / 100).toBe(earned);
          expect(grade.correct).toBe(earned === points);
        },
      ),
    );
  });

  it("evidence earns none, half or all of the points", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("a", "b", null),
        fc.uniqueArray(fc.constantFrom("s1", "s2", "s3", "s4"), { maxLength: 4 }),
        fc.integer({ min: 1, max: 100 }),
        (choiceId, evidenceIds, points) => {
          const key: AnswerKey = {
            type: "evidence",
            points,
            correctChoiceId: "a",
            correctEvidenceIds: ["s1", "s3"],
          };
          const earned = gradeAnswer(key, { type: "evidence", choiceId, evidenceIds }).points;
          expect([0, Math.round(points * 50) / 100, points]).toContain(earned);
        },
      ),
    );
  });

  it("normalizing a short answer twice changes nothing", () => {
    fc.assert(
      fc.property(fc.fullUnicodeString(), (s) => {
        const once = normalizeShortAnswer(s);
        expect(normalizeShortAnswer(once)).toBe(once);
      }),
    );
  });

  it("case, surrounding space and trailing punctuation never change a short answer", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("", ".", "!", "?", " ?!", "  ."), (s, tail) => {
        expect(normalizeShortAnswer(`  ${s.toUpperCase()}${tail} `)).toBe(normalizeShortAnswer(s));
      }),
    );
  });
});
