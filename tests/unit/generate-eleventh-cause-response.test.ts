import { describe, expect, it } from "vitest";
import { causesOf } from "../../lib/import/generate/cause-effect";
import { causeResponseDraft } from "../../lib/import/generate/cause-response";
import { generateLessons } from "../../lib/import/generate/lessons";
import { readOneSection } from "../support/one-section";

const responses = (text: string) =>
  causesOf(readOneSection(text)).map((c) => causeResponseDraft(c)?.question);

describe("cause items asked as open responses", () => {
  it("asks why, the auxiliary moved before the subject, and guides the teacher to the reason given", () => {
    const [q] = responses(
      "A difference of 10 or 15 percent is normal, because rain really does vary from place to place.",
    );
    expect(q!.type).toBe("open_response");
    expect(q!.skill).toBe("cause_effect");
    expect(q!.points).toBe(2);
    expect(q!.prompt).toBe(
      "According to the article, why is a difference of 10 or 15 percent normal? Answer in a sentence or two.",
    );
    expect(q!.explanation).toContain(
      'the reason the article gives is "rain really does vary from place to place"',
    );
    expect(q!.rubric).toMatch(/^Reason \(2 points\): 2 .*; 1 .*; 0 /);
    expect(q!.citation.text).toBe(
      "A difference of 10 or 15 percent is normal, because rain really does vary from place to place.",
    );
    // The stem does not give the answer away.
    expect(q!.prompt).not.toContain("vary");
  });

  it("quotes an effect whose verb would need 'do' and a tense, and lowers a common noun the tagger took for a name", () => {
    const [dam, winters] = responses(
      "The dam burst in April, so the lower fields flooded. Winters are mild on the island, because the sea stays warmer than the air.",
    );
    expect(dam!.prompt).toBe(
      'According to the article, what led to this: "The lower fields flooded"? Answer in a sentence or two.',
    );
    expect(winters!.prompt).toBe(
      "According to the article, why are winters mild on the island? Answer in a sentence or two.",
    );
  });

  it("makes none for an effect of two words or one naming what only the sentence before says", () => {
    expect(
      responses(
        [
          "Goods may go to whoever arrives first, so queues form.",
          "Prices rose sharply, so shoppers avoided them.",
          "Because the houses stood close to the mill, burning timber fell onto their roofs.",
        ].join(" "),
      ),
    ).toEqual([undefined, undefined, undefined]);
    const [town] = responses(
      "Because the workers lived far from the mills, the town needed better roads and its first omnibus.",
    );
    expect(town!.prompt).toContain('"The town needed better roads and its first omnibus"');
  });

  it("is drafted for a section's cause statement when no two other reasons could be wrong options", () => {
    const text =
      "The old bridge was closed for repairs in March, so the school bus took the long road. The drivers complained about the extra miles. Parents asked the council for a temporary crossing near the mill.";
    const [lesson] = generateLessons({
      title: "The Bridge",
      byline: "",
      text,
      sections: [{ heading: "The bridge", start: 0, end: text.length }],
    });
    const open = lesson!.questions.filter((q) => q.type === "open_response" && q.skill === "cause_effect");
    expect(open.map((q) => q.prompt)).toEqual([
      'According to the article, what led to this: "The school bus took the long road"? Answer in a sentence or two.',
    ]);
  });
});
