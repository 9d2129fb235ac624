import { describe, expect, it } from "vitest";
import { claimSupportDraft, claimsOf } from "../../lib/import/generate/claim-support";
import { sectioned } from "../support/sectioned-article";

describe("wrong options of a 'which sentence backs up this point' item", () => {
  const article = sectioned("The village of Tarnby sits at the head of a long valley below the moor.", [
    [
      "The Market",
      "The Saturday market has changed the village. Farmers now sell vegetables and eggs from their own tables around the square. Traders come from as far as the coast to sell there.",
    ],
    [
      "The Bridge",
      "The old stone bridge over the beck was rebuilt after the floods of 2019. Lorries now take the bypass road around the hill instead.",
    ],
    [
      "Our Visit",
      "I walked up to the moor on a grey, cold morning and found the long path quite empty. We stopped for tea at the farm.",
    ],
    [
      "The School",
      "The primary school has forty pupils and two teachers in one old building by the church. A minibus brings children from the farms on the far side of the moor.",
    ],
  ]);
  const market = article.sections.find((s) => s.heading === "The Market")!;

  it("speak in the key's voice: no author's 'I' or 'we' beside a key without one", () => {
    const claim = claimsOf(article, market)[0]!;
    expect(claim.point.text).toBe("The Saturday market has changed the village.");
    const draft = claimSupportDraft(article, market, claim);
    expect(draft).toBeDefined();
    for (const c of draft?.question.choices ?? []) expect(c.text).not.toMatch(/\b(?:I|We|we)\b/);
  });
});
