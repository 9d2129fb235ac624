import { describe, expect, it } from "vitest";
import { readForGeneration } from "../../lib/import/generate/article";
import { causeDraft, causesOf } from "../../lib/import/generate/cause-effect";
import { linkBetween } from "../../lib/import/generate/model-answer";
import { viewsOf } from "../../lib/import/generate/perspective";
import { overviewDrafts, reportExample } from "../../lib/import/generate/overview";
import { whereIs } from "../../lib/import/generate/where-is";
import { readArticle } from "../../lib/import/read-text";
import { readOneSection } from "../support/one-section";
import { sectioned } from "../support/sectioned-article";

// Set-level faults of the fifth review (issue 15): the open response's model answer and the overview items.

describe("the link between two parts comes from the text", () => {
  const article = sectioned("", [
    [
      "The Plan",
      "Councillor Hannah Oduya brought the skate park idea to the council in March. The park would cost $385,000.",
    ],
    [
      "The Case Against",
      "Neighbours fear noise from the ramps late in the evening. A petition with 316 names asked for another site.",
    ],
    ["The Vote", "Oduya said the council must decide before the grant runs out. The vote is on November 18."],
  ]);
  const [a, b, c] = article.sections.map((s) => s.sentences);

  it("names a person both parts speak of, in full, by the surname", () => {
    expect(linkBetween(article, a!, c!, false)).toEqual({ kind: "shared", what: "Hannah Oduya" });
  });

  it("reads a turn to the other side from the second part's heading", () => {
    expect(linkBetween(article, a!, b!, true, [], "The Case Against")).toMatchObject({ kind: "contrast" });
  });

  it("says 'comes straight after' only of neighbours, and gives no link for others it cannot show", () => {
    expect(linkBetween(article, b!, c!, true)).toEqual({ kind: "next" });
    expect(linkBetween(article, b!, c!, false)).toBeUndefined();
  });

  it("gives the teacher what to check instead of an example when the text links no two parts", () => {
    const part = (i: number) => ({
      where: `In the section "${article.sections[i]!.heading}"`,
      topic: article.sections[i]!.heading,
      sentence: article.sections[i]!.sentences[0]!,
      sentences: article.sections[i]!.sentences,
      order: i,
    });
    const text = reportExample(article, part(1), part(2), undefined);
    expect(text).toMatch(/^Marking guide/);
    expect(text).toContain("The article links no two parts itself");
    expect(text).not.toMatch(/in sequence|comes straight after/);
  });
});

describe("the overview asks nothing a heading answers", () => {
  const article = sectioned("", [
    [
      "Building the Bridge",
      "Workers finished the river bridge in 1931 after four years of hard work on the site.",
    ],
    ["Traffic Today", "The bridge now carries about 20,000 cars a day across the wide river to the city."],
    ["Repairs", "Engineers replaced the deck of the bridge in 1998 at a cost of four million dollars."],
    ["The Future", "The city plans to build a second bridge downstream by 2040 to ease the daily traffic."],
  ]);

  it("has no 'In which section' item and no ordering of section headings", () => {
    const drafts = overviewDrafts(article, new Set(), new Map());
    expect(drafts.some((d) => /In which section/.test(d.question.prompt))).toBe(false);
    expect(drafts.some((d) => d.question.type === "ordering")).toBe(false);
  });
});

describe("the author's view is stated, and its evidence cited where it stands", () => {
  it("names the paragraph of a headingless part that holds the quotation", () => {
    const text = [
      "I believe schools should stop assigning homework over the weekend. Children need rest, and families need time together.",
      "Not everyone agrees. A second objection comes from Dr. Samuel Oyelaran, who says the work would move to weeknights.",
      "So here is what I propose. First, primary schools in our district should set no homework between Friday and Monday.",
    ].join("\n\n");
    const p1 = text.indexOf("Not everyone");
    const article = readForGeneration({
      title: "Weekends",
      byline: "",
      text,
      sections: [
        { heading: "Introduction", start: 0, end: p1 },
        { heading: "Part 2: Not everyone agrees", start: p1, end: text.length },
      ],
    });
    // A headingless text's parts (topic-parts.ts) carry no heading of the article's.
    article.sections[1]!.introduction = true;
    const open = overviewDrafts(article, new Set(), new Map()).find(
      (d) => d.question.type === "open_response",
    );
    const explanation = open?.question.explanation ?? "";
    expect(explanation).toMatch(/^Marking guide: the author's view is that schools should stop/);
    expect(explanation).not.toContain('"I believe schools should stop');
    if (/First, primary schools/.test(explanation))
      expect(explanation).toContain('in the paragraph that begins "So here is what I propose…"');
  });
});

describe("cause-and-effect options", () => {
  it("carry no list ordinal of their paragraph, and none opens on a pronoun", () => {
    const article = readOneSection(
      "Prices in the town rose sharply because the harbour closed for the winter. Third, the shops shut early because the ferry stopped running at dusk. Sales of coal fell because the winter was unusually mild. The council met twice because the pier broke in a storm.",
    );
    const causes = causesOf(article);
    expect(causes.length).toBeGreaterThanOrEqual(3);
    for (const c of causes) expect(`${c.cause} ${c.effect}`).not.toMatch(/\bThird\b/i);
    for (const c of causes) {
      const d = causeDraft(c, causes);
      for (const o of d?.question.choices ?? []) expect(o.text).not.toMatch(/^(?:Third|It|They|This)\b/);
    }
  });
});

describe("who holds which view", () => {
  it("reads a named holder after an age and a 'who' clause, and a judged comparison as a view", () => {
    const article = readOneSection(
      "Lena Whitcombe, 16, who helped start Ashbury Rolls, told the council that skating is cheaper than most sports. Gordon Platt, a retired teacher, said the park would be far too loud for the street.",
    );
    const views = viewsOf(article);
    expect(views.map((v) => v.holder)).toContain("Lena Whitcombe");
    expect(views.find((v) => v.holder === "Lena Whitcombe")!.content).toBe(
      "Skating is cheaper than most sports",
    );
  });
});

describe("the overview's 'which statement is true' item", () => {
  const article = sectioned("", [
    ["The Plan", "The parks department drew up the plan for the new skate park with 12 local skaters."],
    [
      "The Meetings",
      "The first public meeting about the park in March drew about 400 residents to the hall.",
    ],
    [
      "The Case Against",
      "The second public meeting about the park in April drew about 250 residents to the hall.",
    ],
    ["The Club", "The third public meeting about the park in May drew about 90 residents to the school."],
  ]);

  const trueOrFalse = (used: Set<number>) =>
    overviewDrafts(article, used, new Map()).find((d) =>
      /which of these statements is true/.test(d.question.prompt),
    );

  it("takes neither its key nor a wrong choice from a sentence a section question tests", () => {
    const asked = trueOrFalse(new Set([article.sentences[1]!.index]));
    expect(asked).toBeDefined();
    for (const choice of asked!.question.choices)
      expect(choice.text).not.toMatch(/March|first public meeting/);
  });

  it("is not asked when section questions have used every sentence but one", () => {
    expect(trueOrFalse(new Set(article.sentences.map((s) => s.index).slice(1)))).toBeUndefined();
  });
});

describe("a link the title already names is no link", () => {
  it("passes over the person of the title, which every part shares", () => {
    const article = sectioned("", [
      ["The Offer", "Mayor Ana Ruiz offered the harbour ferry a new dock in March. The council agreed."],
      ["The Dock", "Ana Ruiz opened the ferry dock in June. Builders finished the dock early."],
    ]);
    const [a, b] = article.sections.map((s) => s.sentences);
    const points = [a![0]!, b![0]!];
    expect(linkBetween(article, a!, b!, true, points)).toEqual({ kind: "shared", what: "Ana Ruiz" });
    article.title = "Ana Ruiz and the Ferries";
    expect(linkBetween(article, a!, b!, true, points)).toEqual({ kind: "next" });
  });
});

describe("a noun both points name is no link", () => {
  it("passes over it even when the article keeps naming it (a shared word, not a relation the text draws)", () => {
    const article = sectioned("", [
      [
        "The Survey",
        "Volunteers counted otters along the canal every morning in May. The otters kept to the quiet stretches.",
      ],
      [
        "The Results",
        "Walkers saw otters along four kilometres of the towpath. The otters now breed near the lock.",
      ],
    ]);
    const [a, b] = article.sections.map((s) => s.sentences);
    expect(linkBetween(article, a!, b!, true, [a![0]!, b![0]!])).toEqual({ kind: "next" });
    expect(linkBetween(article, a!, b!, false, [a![0]!, b![0]!])).toBeUndefined();
  });
});

describe("the marking guide of a text without headings", () => {
  const paragraphs = [
    "The river ferry at Dunmore has carried passengers since 1920. It crosses the water twelve times a day. Most riders are workers going to the mill. A few are tourists who come to see the old harbour.",
    "Ticket prices rose sharply in 2024 after the fuel bill doubled. Regular riders now pay four pounds a trip. Students pay half of that. Pensioners ride free before nine in the morning.",
    "The council has promised a new electric boat by 2027. Engineers say it will halve running costs. The boat would charge overnight at the north landing. A grant would pay for most of it.",
    "Some riders doubt the promise will be kept. They point to a bridge plan that was dropped in 2010. That plan had also been funded by a grant. It was cancelled when costs tripled.",
    "The ferry's captain has worked the route for thirty years. She says the river has never been busier. Her crew of four also maintains the landings. They paint the railings every spring.",
    "For now, the old boat keeps running every day of the year. Its next inspection is due in the spring. If it fails, the crossing will close for a month. Riders would then face a long detour by road.",
  ];
  const article = readForGeneration(readArticle(`The Dunmore Ferry\n\n${paragraphs.join("\n\n")}\n`, "text"));

  it("names a paragraph by its opening words once, not again as the sentence that makes its point", () => {
    const part = (i: number) => {
      const section = article.sections[i]!;
      const sentence = section.sentences[0]!;
      return {
        where: whereIs(article, sentence),
        topic: "",
        sentence,
        sentences: section.sentences,
        order: i,
      };
    };
    const [a, b] = [part(1), part(2)];
    expect(a.where).toMatch(/^In the paragraph that begins/);
    const text = reportExample(article, a, b, undefined);
    expect(text).toContain(`${a.where}, the point is made in its first sentence`);
    expect(text.match(/begins "Ticket prices rose sharply/g)).toHaveLength(1);
  });
});

describe("a name both parts mention links them only when both points name it", () => {
  it("passes over a person the two parts mention in passing", () => {
    const article = sectioned("", [
      [
        "The Plan",
        "The council met in March to talk about a skate park for the town. Councillor Hannah Oduya brought the idea to the meeting.",
      ],
      [
        "The Cost",
        "The park would cost $385,000 to build on the old tennis courts. Oduya said the cost was fair for a park used every day.",
      ],
    ]);
    const [a, b] = article.sections.map((s) => s.sentences);
    // Not Hannah Oduya, whom only one of these points names.
    expect(linkBetween(article, a!, b!, true, [a![0]!, b![0]!])).toEqual({ kind: "next" });
    expect(linkBetween(article, a!, b!, true, [a![1]!, b![1]!])).toEqual({
      kind: "shared",
      what: "Hannah Oduya",
    });
  });
});
