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

describe("people behind titles, roles and appositions (the fourth review's opponents)", () => {
  const entities = entitiesOf(
    analyse(
      [
        "Councillor Dana Whitcombe, who represents Eastgate, said the company should bring forward the program.",
        "A study by Dr. Lena Fairbrook, published in 2021, found that homework helped.",
        "Marcus Adeyemi, who has been head teacher of Brookfield Primary for fourteen years, argues that homework teaches habits.",
        "Councillor Peter Lowry said the company should first spend money.",
        "The break renewed a debate about how quickly Calder Water should replace its pipes.",
        "Calder Water says it replaces about 12 kilometers of old pipe a year.",
        "The Netherlands asked schools to keep phones out of classrooms, as the psychologist Jonathan Haidt proposed.",
      ].join("\n"),
    ),
  );
  const kindOf = (t: string) => entities.find((e) => e.text === t)?.kind;

  it("reads a name after a title (its full stop too) as a person's, without the title", () => {
    expect(kindOf("Lena Fairbrook")).toBe("person");
    expect(kindOf("Peter Lowry")).toBe("person");
    expect(kindOf("Dana Whitcombe")).toBe("person");
    expect(entities.some((e) => e.text.startsWith("Dr.") || e.text.startsWith("Councillor"))).toBe(false);
  });

  it("reads a full name opening a sentence that speaks after an apposition, or a role's name, as a person's", () => {
    expect(kindOf("Marcus Adeyemi")).toBe("person");
    expect(kindOf("Jonathan Haidt")).toBe("person");
  });

  it("never makes a person of a company or a country that speaks", () => {
    expect(kindOf("Calder Water")).toBe("organization");
    expect(kindOf("Brookfield Primary")).toBe("organization");
    expect(kindOf("Netherlands")).not.toBe("person");
  });
});
