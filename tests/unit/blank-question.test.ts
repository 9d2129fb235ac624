import { describe, expect, it } from "vitest";
import { blankQuestion } from "../../components/editor/blank-question";
import { questionFromEditor } from "../../lib/content/question-editor-schema";
import { QUESTION_TYPES } from "../../lib/content/schema";

const passage = "One sentence. Two sentence. Three sentence. Four sentence.";
const at = (s: string) => ({ start: passage.indexOf(s), end: passage.indexOf(s) + s.length });

describe("blankQuestion", () => {
  it.each(QUESTION_TYPES)(
    "starts a %s question with rows that pass the content rules once filled in",
    (type) => {
      const blank = blankQuestion(type);
      const filled = {
        ...blank,
        prompt: "According to the passage, what?",
        explanation: "It says so.",
        citation: at("Two sentence."),
        choices: blank.choices.map((c, i) => (c.text ? c : { ...c, text: `Choice ${i + 1}` })),
        acceptedAnswers: blank.acceptedAnswers.map(() => "two"),
        rubric: "One point per idea.",
        evidenceOptions: ["One sentence.", "Two sentence.", "Three sentence."].map(at),
      };
      expect(questionFromEditor(filled, { passage, passageStart: 0 })).toMatchObject({ ok: true });
    },
  );

  it("leaves the fields a teacher must write empty, so saving a blank question is refused", () => {
    expect(questionFromEditor(blankQuestion("single_choice"), { passage, passageStart: 0 })).toMatchObject({
      ok: false,
      fieldErrors: { prompt: ["Required"], explanation: ["Required"], citation: [expect.any(String)] },
    });
  });
});
