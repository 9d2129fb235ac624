import { describe, expect, it } from "vitest";
import { analyse } from "../../lib/import/generate/analysis";
import { entitiesOf, fullName } from "../../lib/import/generate/entities";

const text = [
  "Looking ahead, Mayor Dana Whitfield said the Harbor Ferry Authority would spend $4.2 million on repairs in Portland.",
  "Under the plan, 3 boats will run every 90 minutes, and fares rose 12 percent in 2024.",
  "Critics argue that Whitfield moved too fast.",
].join("\n");

describe("entities", () => {
  const sentences = analyse(text);
  const entities = entitiesOf(sentences);
  const byText = (t: string) => entities.find((e) => e.text === t);

  it("never takes a sentence-initial word for a name", () => {
    for (const word of ["Looking", "Under", "Critics"])
      expect(entities.some((e) => e.text.startsWith(word))).toBe(false);
  });

  it("tells people, organisations and places apart, without titles", () => {
    expect(byText("Dana Whitfield")?.kind).toBe("person");
    expect(byText("Harbor Ferry Authority")?.kind).toBe("organization");
    expect(byText("Portland")?.kind).toBe("place");
    expect(fullName("Whitfield", entities)).toBe("Dana Whitfield");
  });

  it("reads wink-nlp's figures with their kind and unit", () => {
    expect(byText("$4.2 million")?.kind).toBe("money");
    expect(byText("12 percent")?.kind).toBe("percent");
    expect(byText("2024")?.kind).toBe("year");
    expect(byText("3")?.unit).toBe("boat");
  });

  it("keeps offsets that point at the article's text", () => {
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
