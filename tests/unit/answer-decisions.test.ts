import { describe, expect, it } from "vitest";
import { withAnswerRules } from "../../lib/attempts/answer-rules";
import { answerGroups } from "../../lib/results/answer-groups";

describe("withAnswerRules", () => {
  const q = { acceptedAnswers: ["encourage", "make braver"], rejectedAnswers: ["discourage"], points: 2 };

  it("leaves a question without rules as it is", () => {
    expect(withAnswerRules(q, [])).toBe(q);
  });

  it("adds an accepted answer once, and takes it out of the listed wrong answers", () => {
    expect(withAnswerRules(q, [{ answer: "spur on", accepted: true }])).toEqual({
      ...q,
      acceptedAnswers: ["encourage", "make braver", "spur on"],
    });
    expect(withAnswerRules(q, [{ answer: "Encourage!", accepted: true }]).acceptedAnswers).toEqual(
      q.acceptedAnswers,
    );
    expect(withAnswerRules(q, [{ answer: "discourage", accepted: true }])).toMatchObject({
      acceptedAnswers: ["encourage", "make braver", "discourage"],
      rejectedAnswers: [],
    });
  });

  it("moves a rejected answer from the accepted ones to the wrong ones, whatever its spelling", () => {
    expect(withAnswerRules(q, [{ answer: "make  BRAVER", accepted: false }])).toEqual({
      ...q,
      acceptedAnswers: ["encourage"],
      rejectedAnswers: ["discourage", "make  BRAVER"],
    });
  });
});

describe("answerGroups", () => {
  const answer = (studentId: string, text: string, correct: boolean, near = false) => ({
    studentId,
    text,
    correct,
    near,
  });

  it("groups wrong and near answers by their normalized form, counting each student once", () => {
    const groups = answerGroups([
      answer("a", "Purple giraffes", false),
      answer("b", "purple  giraffes!", false),
      answer("b", "purple giraffes", false), // the same student's second attempt
      answer("c", "purple giraffes", false),
      answer("d", "encouraged", true, true),
      answer("e", "encourage", true), // right: nothing to decide
      answer("f", "   ", false), // blank: nothing to accept
    ]);
    expect(groups).toEqual([
      { kind: "wrong", normalized: "purple giraffes", text: "purple giraffes", students: 3 },
      { kind: "near", normalized: "encouraged", text: "encouraged", students: 1 },
    ]);
  });

  it("keeps a near answer and the same answer graded wrong apart", () => {
    const groups = answerGroups([answer("a", "encouraged", true, true), answer("b", "encouraged", false)]);
    expect(groups.map((g) => g.kind).sort()).toEqual(["near", "wrong"]);
  });
});
