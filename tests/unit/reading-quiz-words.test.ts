import { describe, expect, it } from "vitest";
import { wordsAskedBy } from "../../lib/reading/quiz-words";

describe("wordsAskedBy", () => {
  it("finds the short quoted term a vocabulary prompt asks about, not the quoted sentence", () => {
    expect(
      wordsAskedBy(
        'Critics contended that Trump\'s willingness to engage "could embolden further aggression." What does "embolden" mean here?',
      ),
    ).toEqual(["embolden"]);
    expect(wordsAskedBy("What does “De-escalate” mean in this sentence?")).toEqual(["de-escalate"]);
    expect(wordsAskedBy('What does "common ground" mean?')).toEqual(["common", "ground"]);
  });

  it("finds nothing in a prompt without a short quote", () => {
    expect(wordsAskedBy("Which sentence best states the main idea?")).toEqual([]);
    expect(wordsAskedBy('The author writes "that dialogue and negotiation are essential tools".')).toEqual(
      [],
    );
  });
});
