import { describe, expect, it } from "vitest";
import { remapAnswer } from "../../lib/grading/remap-answer";

const v1 = {
  choices: [
    { id: "a1", text: "Alpha" },
    { id: "b1", text: "Beta" },
    { id: "c1", text: "Gamma" },
  ],
  evidenceOptions: [
    { id: "e1", text: "One." },
    { id: "f1", text: "Two." },
  ],
};
// Reordered, one choice reworded (same place), one sentence reworded.
const v2 = {
  choices: [
    { id: "b2", text: " beta " },
    { id: "a2", text: "Alpha" },
    { id: "c2", text: "Gamma, reworded" },
  ],
  evidenceOptions: [
    { id: "e2", text: "One." },
    { id: "f2", text: "Two, longer." },
  ],
};

describe("remapAnswer", () => {
  it("follows a choice by its text when choices were reordered", () => {
    expect(remapAnswer({ type: "single_choice", choiceId: "a1" }, v1, v2)).toEqual({
      type: "single_choice",
      choiceId: "a2",
    });
    expect(remapAnswer({ type: "ordering", choiceIds: ["c1", "b1", "a1"] }, v1, v2)).toEqual({
      type: "ordering",
      choiceIds: ["c2", "b2", "a2"],
    });
  });

  it("falls back to the same place for a reworded option, for choices and evidence sentences", () => {
    expect(remapAnswer({ type: "evidence", choiceId: "c1", evidenceIds: ["e1", "f1"] }, v1, v2)).toEqual({
      type: "evidence",
      choiceId: "c2",
      evidenceIds: ["e2", "f2"],
    });
  });

  it("never maps two options to the same id", () => {
    const swapped = {
      choices: [
        { id: "b3", text: "Beta, reworded" },
        { id: "a3", text: "Alpha" },
      ],
      evidenceOptions: [],
    };
    const remapped = remapAnswer({ type: "multiple_select", choiceIds: ["a1", "b1"] }, v1, swapped);
    expect(remapped).toEqual({ type: "multiple_select", choiceIds: ["a3", "b1"] });
  });

  it("keeps ids it cannot place and leaves text answers alone", () => {
    const fewer = { choices: [{ id: "z", text: "Zeta" }], evidenceOptions: [] };
    expect(remapAnswer({ type: "multiple_select", choiceIds: ["a1", "c1"] }, v1, fewer)).toEqual({
      type: "multiple_select",
      choiceIds: ["z", "c1"],
    });
    const text = { type: "short_answer" as const, text: "peace" };
    expect(remapAnswer(text, v1, v2)).toBe(text);
    expect(remapAnswer({ type: "evidence", choiceId: null, evidenceIds: [] }, v1, v2)).toEqual({
      type: "evidence",
      choiceId: null,
      evidenceIds: [],
    });
  });
});
