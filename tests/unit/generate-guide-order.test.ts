import { describe, expect, it } from "vitest";
import { sectioned } from "../support/sectioned-article";
import { overviewDrafts } from "../../lib/import/generate/overview";

// The tenth review: a marking guide said "'Looking After It' comes straight after the opening" where two sections
// stood between them, because the sections with no central sentence were skipped when counting. Made-up text.

describe("the marking guide's claim that one part comes straight after another", () => {
  it("is made only of parts that are neighbours in the article", () => {
    const article = sectioned("", [
      [
        "The Old Pier",
        "The pier at Wexmouth was built in 1889 for the steamers that carried visitors along the coast. Storms damaged its far end twice in the last century.",
      ],
      ["What You Need", "- A hard hat.\n- Boots.\n- Gloves."],
      [
        "Mending the Deck",
        "Volunteers replaced the rotten planks of the deck with oak from a local sawmill. The work took two summers and cost the town nothing.",
      ],
    ]);
    // Central sentences for the first and third sections only: the list has none.
    const centrals = new Map([
      [0, article.sections[0]!.sentences[0]!],
      [2, article.sections[2]!.sentences[0]!],
    ]);
    const guide = overviewDrafts(article, new Set(), centrals).find(
      (d) => d.question.type === "open_response",
    )!.question.explanation;
    expect(guide).not.toMatch(/comes straight after/);
    expect(guide).toMatch(/accept any link the student states/);
  });
});
