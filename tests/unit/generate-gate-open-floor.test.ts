import { describe, expect, it } from "vitest";
import { passAudit } from "../../lib/import/generate/gate";
import { documentOf, singleChoice, trueFalse } from "./fixtures/audit/small-document";

const reason = {
  type: "open_response",
  prompt: "According to the article, why did Gamma oppose the deal? Answer in a sentence or two.",
  points: 2,
  skill: "cause_effect",
  explanation: "Marking guide: the reason the article gives.",
  citation: { text: "Gamma opposed the deal strongly.", start: 52, end: 84 },
  rubric: "Reason (2 points): 2 gives the reason; 1 in part; 0 none.",
};
const completion = (blanked: string, key: string) =>
  singleChoice(
    `According to the article, which completes the sentence? "${blanked}"`,
    ["Xxxxx", key, "Yyyyy"],
    1,
  );

describe("the audit gate and a section lesson's cause response", () => {
  it("does not take a reason asked from one sentence for a task worth a lesson alone", () => {
    // Every completion's key in the middle; ten true/false items, half of them true, dilute the habit's gain
    // so that two completions must go.
    const statements = [...Array(10).keys()].map((i) =>
      trueFalse(`True or false: according to the article, statement ${i} holds.`, i % 2 === 0),
    );
    const doc = documentOf(
      [reason, completion("_____ met Beta in May.", "Alpha"), completion("_____ opposed the deal.", "Gamma")],
      [
        completion("_____ stayed silent.", "Delta"),
        completion("The talks ended in _____.", "Junes"),
        ...statements,
      ],
    );
    const passed = passAudit(doc);
    // The first lesson keeps a closed item: the second lesson, above the floor of two, gives up its completions.
    expect(passed.lessons[0]!.questions.map((q) => q.type)).toEqual(["open_response", "single_choice"]);
    expect(passed.lessons[1]!.questions.every((q) => q.type === "true_false")).toBe(true);
  });
});
