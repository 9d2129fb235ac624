import { describe, expect, it } from "vitest";
import { readOneSection } from "../support/one-section";
import { sectioned } from "../support/sectioned-article";
import type { QuestionInput } from "../../lib/content/schema";
import { entityDistractors, targetRank } from "../../lib/import/generate/distractors";
import { evenFourOptionCount, numberOf } from "../../lib/import/generate/key-placement";
import { overviewDrafts } from "../../lib/import/generate/overview";

// Faults the third review of the drafts found (issue 15), each fixed in general.

const read = (text: string) => readOneSection(text);

const openResponse = (article: ReturnType<typeof sectioned>, centrals: Map<number, number>) => {
  const drafts = overviewDrafts(
    article,
    new Set(),
    new Map([...centrals].map(([section, sentence]) => [section, article.sentences[sentence]!])),
  );
  return drafts.find((d) => d.question.type === "open_response")!.question;
};

describe("the open response's example answer earns full credit by its own rubric", () => {
  const report = sectioned("", [
    [
      "Building the Bridge",
      "Workers finished the river bridge in 1931 after four years of work. The steel came by barge from the city. Each span is sixty metres long.",
    ],
    [
      "Traffic Today",
      "The bridge now carries about 20,000 cars a day across the river. Engineers inspect the bridge every spring. A toll was removed in 1990.",
    ],
  ]);
  const q = openResponse(
    report,
    new Map([
      [0, 0],
      [1, 3],
    ]),
  );

  it("has no placeholder: each part's point, a detail from each, and how they relate", () => {
    expect(q.explanation).not.toMatch(/\(Then|both are about/);
    expect(q.explanation).toContain(
      'In the section "Building the Bridge", the point is made in the sentence that begins "Workers finished the river bridge in…"',
    );
    expect(q.explanation).toContain(
      'In the section "Traffic Today", the point is made in the sentence that begins "The bridge now carries about 20,000…"',
    );
    // One detail from each part, other than the sentence explained.
    expect(q.explanation).toContain('a detail in the one that begins "The steel came by barge from…"');
    expect(q.explanation).toContain(
      'a detail in the one that begins "Engineers inspect the bridge every spring"',
    );
    // Both points name the bridge, a word they share, not a relation the text draws (the ninth review marked such
    // links rework): the guide leaves the link to the student, backed by the two details.
    expect(q.explanation).toContain(
      'The text links them only by order ("Traffic Today" comes straight after',
    );
  });

  it("names two neighbouring parts, so that following in sequence is true of them", () => {
    const q = openResponse(
      sectioned("", [
        [
          "Building the Bridge",
          "Workers finished the river bridge in 1931 after four years of work. The steel came by barge from the city. Each span is sixty metres long.",
        ],
        [
          "Traffic Today",
          "The bridge now carries about 20,000 cars a day across the river. Engineers inspect the bridge every spring. A toll was removed in 1990.",
        ],
        [
          "The Next Bridge",
          "The city plans a second bridge downstream by 2040. Its design will be chosen next year. Ferries will run until it opens.",
        ],
      ]),
      new Map([
        [0, 0],
        [1, 3],
        [2, 6],
      ]),
    );
    expect(q.explanation).toContain('In the section "Building the Bridge"');
    expect(q.explanation).toContain('In the section "Traffic Today"');
    expect(q.explanation).not.toContain('In the section "The Next Bridge"');
  });

  it("carries no author's first person into the view, and names the introduction as the start", () => {
    const opinion = sectioned(
      "I believe our district should move the school day later. We should not wait another year.",
      [
        [
          "The Evidence",
          "Studies show that teenagers sleep later than adults. I think the district must act on this evidence now.",
        ],
        ["The Cost", "Buses would cost more at first. I argue that the cost is worth it for students."],
      ],
    );
    const v = openResponse(opinion, new Map()).explanation!;
    const view = /the author's view is that (.*?)\. Full credit/.exec(v)![1]!;
    expect(view).not.toMatch(/\b(?:I|our|we|my)\b/i);
    expect(view).toMatch(/^the district should move the school day later/);
    // The thesis is stated as the view, not quoted back as its own evidence.
    expect(v).not.toContain('"I believe our district');
  });
});

describe("a figure key is not always the middle value", () => {
  const lines = [
    "The old tower is 120 metres tall and stands by the harbour.",
    "About 4,000 visitors climb its stairs every summer.",
    "The lamp can be seen from 35 kilometres away on a clear night.",
    "Its keeper rang the bell 60 times during the great fog.",
    "The museum beside it holds about 900 objects from the wrecks.",
    "Repairs to the roof cost 250,000 dollars in the last decade.",
    "The island has 1,500 residents in the winter months.",
    "The ferry crossing takes 40 minutes in calm weather.",
    "Volunteers planted 300 trees along the coast path last spring.",
    "The fishing fleet landed 80 tonnes of cod in its best month.",
    "A storm once moved a 15 tonne boulder onto the quay.",
    "The school on the island teaches 45 children from six villages.",
  ];
  const article = read(lines.join(" "));
  const rankOf = (i: number) => {
    const s = article.sentences[i]!;
    const key = article.entities.find((e) => e.sentence === i && /\d/.test(e.text))!;
    const values = [key.text, ...entityDistractors(article, key, s).map((d) => d.text)].map((t) =>
      numberOf(t)!,
    );
    expect(values.length).toBeGreaterThanOrEqual(3);
    const below = values.filter((v) => v < numberOf(key.text)!).length;
    return {
      below,
      rank: below === 0 ? 0 : below === values.length - 1 ? 2 : 1,
      target: targetRank(key.text, s.text),
    };
  };

  it("ranks the key smallest, middle or largest as drawn from the item, each in some items", () => {
    const ranks = lines.map((_, i) => rankOf(i));
    const kinds = ranks.map((r) => r.rank);
    // As drawn, but where one side has too few plausible figures (here "80" and "30" are the article's own).
    expect(ranks.filter((r) => r.rank === r.target).length).toBeGreaterThanOrEqual(lines.length - 2);
    expect(new Set(kinds)).toEqual(new Set([0, 1, 2]));
    expect(kinds.filter((k) => k === 1).length).toBeLessThanOrEqual(lines.length / 2);
    // Deterministic: the same item gets the same options.
    expect(lines.map((_, i) => rankOf(i).below)).toEqual(ranks.map((r) => r.below));
  });

  it("keeps a middle key in the middle when a 4-option item loses a distractor", () => {
    const q = (values: number[], key: number): QuestionInput => ({
      type: "single_choice",
      skill: "detail",
      points: 1,
      prompt: "Which figure?",
      explanation: "",
      citation: { text: "x", start: 0, end: 1 },
      choices: values.map((v) => ({ text: `about ${v}`, correct: v === key })),
      acceptedAnswers: [],
      evidenceOptions: [],
    });
    const [trimmed] = evenFourOptionCount([q([50, 100, 200, 300], 100)]);
    const values = trimmed!.choices.map((c) => numberOf(c.text)!).sort((a, b) => a - b);
    expect(values).toHaveLength(3);
    expect(values.indexOf(100)).toBe(1);
    const [low] = evenFourOptionCount([q([100, 150, 200, 300], 100)]);
    expect(low!.choices.map((c) => numberOf(c.text)!).every((v) => v >= 100)).toBe(true);
  });
});
