import { describe, expect, it } from "vitest";
import { auditDocument } from "../../lib/content/audit/audit";
import { documentOf, singleChoice, trueFalse } from "./fixtures/audit/small-document";

// Options of one length, so only where the key sits can be read without the passage.
const OPTIONS = ["Alpha", "Betas", "Gamma"];
const STEMS = [
  "Who met Beta?",
  "Who wanted a deal?",
  "Who opposed it?",
  "Who stayed silent?",
  "Who ended it?",
];
const choices = (...keys: number[]) => keys.map((k, i) => singleChoice(STEMS[i]!, OPTIONS, k));
const statements = (...keys: boolean[]) =>
  keys.map((k, i) => trueFalse(`True or false: statement number ${i + 1} about the talks.`, k));
const blindCheck = (lessons: object[][]) => {
  const report = auditDocument(documentOf(...lessons), { maxAdvantage: 10 });
  const check = report.verdict.checks.find((c) => c.id === "blind_advantage")!;
  return { passed: check.passed, best: report.blind.best?.advantage, floor: report.blind.unavoidable };
};

describe("the passage-blind check on sets too small for the limit", () => {
  it("passes four three-option items placed as evenly as four can be", () => {
    // Two keys share a position whatever the placement: a sixth of the points over guessing.
    expect(blindCheck([choices(0, 1, 2, 1)])).toEqual({ passed: true, best: 16.7, floor: 16.7 });
  });

  it("fails four three-option items with a position habit beyond that", () => {
    expect(blindCheck([choices(1, 1, 1, 0)])).toMatchObject({ passed: false, best: 41.7, floor: 16.7 });
  });

  it("passes three true/false items split two to one, and fails three keyed one way", () => {
    expect(blindCheck([statements(true, false, false)])).toMatchObject({ passed: true, floor: 16.7 });
    expect(blindCheck([statements(false, false, false)])).toMatchObject({ passed: false, floor: 16.7 });
  });

  it("allows nothing for a habit the options' texts give away: another keying of them avoids it", () => {
    // Keys placed A, B, C, B as evenly as four can be, but each the one long option.
    const long = (i: number, key: number) =>
      singleChoice(
        STEMS[i]!,
        OPTIONS.map((o, j) => (j === key ? `${o} and the whole delegation of the talks` : o)),
        key,
      );
    expect(blindCheck([[long(0, 0), long(1, 1), long(2, 2), long(3, 1)]])).toMatchObject({
      passed: false,
      best: 66.7,
      floor: 16.7,
    });
  });

  it("holds sets that some keying can bring within the limit to the limit itself", () => {
    // Six three-option items can put two keys at each position: no allowance.
    const six = [...choices(0, 1, 2, 0, 1), singleChoice("Who called it uncertain?", OPTIONS, 2)];
    expect(blindCheck([six])).toMatchObject({ passed: true, best: 0, floor: 0 });
    const habit = [...choices(0, 0, 0, 0, 1), singleChoice("Who called it uncertain?", OPTIONS, 2)];
    expect(blindCheck([habit])).toMatchObject({ passed: false, floor: 0 });
  });
});
