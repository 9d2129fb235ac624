import { describe, expect, it } from "vitest";
import { questionFromEditor, trimSpan, type EditorQuestion } from "../../lib/content/question-editor-schema";

const passage = "First sentence here. Second one follows.\n\nThird sentence ends it.";
const lesson = { passage, passageStart: 100 };
const at = (s: string) => ({ start: passage.indexOf(s), end: passage.indexOf(s) + s.length });

const base: EditorQuestion = {
  type: "single_choice",
  prompt: "According to the passage, what comes first?",
  points: 1,
  skill: "detail",
  explanation: "The passage starts with it.",
  citation: at("First sentence here."),
  choices: [
    { text: "The first sentence", correct: true, feedback: "" },
    { text: "The third sentence", correct: false, feedback: "It comes last." },
  ],
  acceptedAnswers: ["ignored"],
  rubric: "ignored",
  evidenceOptions: [],
};

describe("questionFromEditor", () => {
  it("takes the citation text from the passage and moves its offsets into the article", () => {
    const result = questionFromEditor(base, lesson);
    expect(result).toMatchObject({
      ok: true,
      question: {
        citation: { text: "First sentence here.", start: 100, end: 120 },
        acceptedAnswers: [],
        choices: [{ text: "The first sentence", correct: true }, { feedback: "It comes last." }],
      },
    });
    expect(result.ok && result.question.rubric).toBeUndefined();
  });

  it("asks for a citation when none is chosen or it is only white space", () => {
    expect(questionFromEditor({ ...base, citation: null }, lesson)).toMatchObject({
      ok: false,
      fieldErrors: { citation: [expect.stringMatching(/support the answer/)] },
    });
    const blank = { start: passage.indexOf("\n"), end: passage.indexOf("\n") + 2 };
    expect(questionFromEditor({ ...base, citation: blank }, lesson).ok).toBe(false);
    // The other fields are still checked, so every error shows at once.
    expect(questionFromEditor({ ...base, citation: null, prompt: "" }, lesson)).toMatchObject({
      fieldErrors: { citation: [expect.any(String)], prompt: ["Required"] },
    });
  });

  it("applies the content rules per type, with messages on the field", () => {
    const twoCorrect = base.choices.map((c) => ({ ...c, correct: true }));
    expect(questionFromEditor({ ...base, choices: twoCorrect }, lesson)).toMatchObject({
      fieldErrors: { choices: ["Mark exactly one choice correct"] },
    });
    const multiple = { ...base, type: "multiple_select" as const };
    expect(questionFromEditor(multiple, lesson)).toMatchObject({
      fieldErrors: { choices: ["Mark at least two choices correct"] },
    });
    const alike = [base.choices[0]!, { text: " the FIRST  sentence ", correct: false, feedback: "" }];
    expect(questionFromEditor({ ...base, choices: alike }, lesson)).toMatchObject({
      fieldErrors: { choices: ["Two choices are alike"] },
    });
    const ordering = { ...base, type: "ordering" as const };
    expect(questionFromEditor(ordering, lesson)).toMatchObject({
      fieldErrors: { choices: ["Add at least three items to order"] },
    });
    const short = { ...base, type: "short_answer" as const, acceptedAnswers: ["  ", ""] };
    expect(questionFromEditor(short, lesson)).toMatchObject({
      fieldErrors: { acceptedAnswers: ["Add at least one accepted answer"] },
    });
    const open = { ...base, type: "open_response" as const, rubric: " " };
    expect(questionFromEditor(open, lesson)).toMatchObject({
      fieldErrors: { rubric: ["An open response needs a rubric"] },
    });
    expect(questionFromEditor({ ...base, prompt: " " }, lesson)).toMatchObject({
      fieldErrors: { prompt: ["Required"] },
    });
    const emptyChoice = [base.choices[0]!, { text: "", correct: false, feedback: "" }];
    expect(questionFromEditor({ ...base, choices: emptyChoice }, lesson)).toMatchObject({
      fieldErrors: { choices: ["Choice 2: Required"] },
    });
  });

  it("builds evidence sentences from passage offsets and requires supporting and other sentences", () => {
    const evidence: EditorQuestion = {
      ...base,
      type: "evidence",
      evidenceOptions: [at("First sentence here."), at("Second one follows."), at("Third sentence ends it.")],
    };
    const result = questionFromEditor(evidence, lesson);
    expect(result).toMatchObject({
      ok: true,
      question: { evidenceOptions: [{ text: "First sentence here.", start: 100 }, {}, {}] },
    });
    const allInside = { ...evidence, citation: { start: 0, end: passage.length } };
    expect(questionFromEditor(allInside, lesson)).toMatchObject({
      fieldErrors: { evidenceOptions: ["At least one sentence must not support the answer"] },
    });
  });
});

describe("trimSpan", () => {
  it("drops white space around a selection and orders reversed offsets", () => {
    const s = passage.indexOf("Second");
    expect(trimSpan(passage, s + 19, s - 1)).toEqual({ start: s, end: s + 19 });
  });
});
