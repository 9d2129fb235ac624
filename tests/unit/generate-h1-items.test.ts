import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { acceptedForms } from "../../lib/import/generate/accepted-forms";
import { blankTarget } from "../../lib/import/generate/blanks";
import { entityDistractors, isFragment } from "../../lib/import/generate/distractors";
import type { Entity } from "../../lib/import/generate/entities";
import { nounsOf } from "../../lib/import/generate/nouns";

// Item-level faults of the sixth independent review (options of the wrong kind, blanks without a unique key,
// trivial targets), each fixed by a general rule.

const one = readOneSection;
type Read = ReturnType<typeof one>;
const sentenceOf = (article: Read, piece: string) => article.sentences.find((s) => s.text.includes(piece))!;
const entityOf = (article: Read, text: string) =>
  article.entities.find((e) => e.text === text) ?? article.entities.find((e) => e.text.includes(text))!;
const optionsOf = (article: Read, key: string, piece: string) =>
  entityDistractors(article, entityOf(article, key), sentenceOf(article, piece)).map((d) => d.text);
const blankOf = (article: Read, piece: string) =>
  blankTarget(article, sentenceOf(article, piece), nounsOf(article.sentences))?.text;

describe("ordinal options are ordinals of the key's own frame", () => {
  it("'third floor' takes neighbours of 'third', never '150th' from an anniversary", () => {
    const a = one(
      "In 1847 a fire broke out on the third floor of the largest cotton mill in the town. A memorial was unveiled in 1997, on the 150th anniversary of the fire, by the mayor.",
    );
    const options = optionsOf(a, "third", "third floor");
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options).not.toContain("150th");
    for (const o of options) expect(["first", "second", "fourth", "fifth", "sixth"]).toContain(o);
  });
});

describe("a year option lies in the key's era and has its form", () => {
  const a = one(
    "Harcourt wrote letters to his sister in 1847 about the funerals of the children. The town bought its first omnibus in 1862 after the roads were paved. In her 1994 book the historian Ellery praised him. Okonjo answered her in an article published in 2011. Printing from blocks began in China around 1010, long before the town existed.",
  );

  it("no historian's year (1994, 2011) beside 1847, and no 'around 1010' beside a bare year", () => {
    const options = optionsOf(a, "1847", "letters to his sister");
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options).not.toContain("1994");
    expect(options).not.toContain("2011");
    expect(options.some((o) => /around/.test(o))).toBe(false);
    for (const o of options) expect(Math.abs(Number(o) - 1847)).toBeLessThanOrEqual(30);
  });
});

describe("a made-up day stays in its month and keeps the key's preposition", () => {
  it("'by December 15' takes 'by December …' days, none past the 28th", () => {
    const a = one(
      "If the plan is approved, the town must confirm by December 15 that it will accept the state grant. The engineer presented her report on November 4 to the council.",
    );
    const options = optionsOf(a, "December 15", "confirm");
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const o of options) expect(o).toMatch(/^by December (?:[1-9]|1\d|2[0-8])$/);
  });
});

describe("a made-up day stays in its month", () => {
  it("'November 30' is never offered 'November 36'", () => {
    const a = one("The council will vote on November 30 after a final public hearing in the town hall.");
    const options = optionsOf(a, "November 30", "November");
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const o of options) expect(o).toMatch(/^November (?:[1-9]|1\d|2[0-8])$/);
  });
});

describe("an entity option is a whole entity", () => {
  it("'Athletic' of 'Greystone Athletic' is no player", () => {
    const name = (text: string, kind: Entity["kind"]) => ({ text, kind }) as Entity;
    const all = [
      name("Greystone Athletic", "organization"),
      name("Athletic", "person"),
      name("Whitlock", "person"),
    ];
    expect(isFragment(all[1]!, all)).toBe(true);
    expect(isFragment(all[2]!, all)).toBe(false);
  });
});

describe("person options share the key's gender where the sentence gives it", () => {
  it("'… his character' takes no woman the article calls 'she'", () => {
    const a = one(
      "Newcomer Leila Mansour carries the film, and she is in almost every scene. Young actor Duarte Lima is charming as Tiago, and he steals the harbour scenes. Director Ana Carvalho wrote it with her brother. Veteran actor Jorge Mendes is a warm presence, but his character spends most of the film in bed.",
    );
    const options = optionsOf(a, "Jorge Mendes", "Veteran actor");
    expect(options).not.toContain("Leila Mansour");
    expect(options).not.toContain("Ana Carvalho");
  });
});

describe("a hyphenated surname is one name", () => {
  it("is read whole", () => {
    const a = one(
      "Every Tuesday at dawn, Marta Okonkwo-Lind climbs down a steel ladder beneath the bridge. Since then Okonkwo-Lind has trained engineers from Port Ellery and Danbridge.",
    );
    expect(a.entities.map((e) => e.text)).toContain("Marta Okonkwo-Lind");
    expect(a.entities.map((e) => e.text)).not.toContain("Lind");
  });
});

describe("a blank has one right answer", () => {
  it("no blank on a bound ('less than', 'up to')", () => {
    const a = one(
      "In this state its metabolism falls to less than 0.01 percent of normal for many weeks. Streams carried up to 12 cubic metres of water per second on warm afternoons.",
    );
    expect(blankOf(a, "less than")).not.toBe("0.01 percent");
    expect(blankOf(a, "up to")).not.toBe("12");
  });

  it("no blank on a noun that points back ('these tools')", () => {
    const a = one(
      "Many schools already require phones to stay in lockers or bags during lessons. Pupils also carry laptops and calculators to class every day. A strict ban can take these tools away from the students who have the fewest alternatives.",
    );
    expect(blankOf(a, "these tools")).not.toBe("tools");
  });
});

describe("short answers on dates and ordinals accept the common written forms", () => {
  it("'December 15' and '31st'", () => {
    const a = one(
      "The library will reopen on December 15 after repairs. Harlow Park levelled in the 31st minute of the match.",
    );
    expect(acceptedForms(entityOf(a, "December 15"), a)).toEqual(
      expect.arrayContaining(["15 December", "Dec 15", "December 15th"]),
    );
    expect(acceptedForms(entityOf(a, "31st"), a)).toEqual(
      expect.arrayContaining(["31st", "31", "thirty-first"]),
    );
  });
});

describe("a made-up figure lies near the key", () => {
  it("between 0.6 and 1.7 times it, never a half, double or triple that makes a series", () => {
    const a = one(
      "Volunteers cleared 745 tonnes of debris from the riverbank over the summer. The council thanked them in September.",
    );
    const options = optionsOf(a, "745", "debris");
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const o of options) {
      const n = Number(o.replace(/[^\d.]/g, ""));
      expect(n).toBeGreaterThanOrEqual(745 * 0.6 - 5);
      expect(n).toBeLessThanOrEqual(745 * 1.7 + 5);
    }
  });
});
