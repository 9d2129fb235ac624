import { auditDocument } from "../../lib/content/audit/audit";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleDocumentSchema } from "../../lib/content/schema";
import { buildDocument } from "../../lib/import/build-document";
import { qualityProblems } from "../../lib/import/quality-rules";
import { kindFromFileName, readArticle } from "../../lib/import/read-text";
import { splitSentences } from "../../lib/import/sentences";

const shared = readFileSync("prisma/content/trump-putin-peace-negotiation-strategy.txt", "utf8");
const handWritten = JSON.parse(
  readFileSync("prisma/content/trump-putin-peace-negotiation-strategy.json", "utf8"),
);

describe("import of the shared article", () => {
  const parsed = readArticle(shared, "text");
  it("finds title, byline and the three headed sections", () => {
    expect(parsed.title).toBe(handWritten.article.title);
    expect(parsed.byline).toBe("Felix Dubois");
    expect(parsed.text).toBe(handWritten.article.text);
    expect(parsed.sections).toEqual(handWritten.article.sections);
  });
  it("generates a valid document whose questions follow the quality rules", () => {
    const doc = articleDocumentSchema.parse(buildDocument(parsed));
    expect(doc.lessons).toHaveLength(4);
    // Two, not three since the third review's fixes (bd6acb7): the generator now drops a draft it cannot make well
    // (a distractor of the wrong kind, a near-synonym second key) instead of filling the lesson with it.
    // Five across the three section lessons, not two in each, since the eleventh round: the introduction's second
    // draft was the false "disagreements between the three countries" (the tenth review's rework 2, a cue), and
    // no other statement of that abstract section can be made false without a cue.
    const sectionDrafts = doc.lessons.slice(0, 3).map((l) => l.questions.length);
    for (const n of sectionDrafts) expect(n).toBeGreaterThanOrEqual(1);
    expect(sectionDrafts.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(5);
    // Who argues what: Trump, his critics and his supporters each hold views the article reports.
    expect(
      doc.lessons.flatMap((l) => l.questions).filter((q) => q.skill === "claim_vs_criticism").length,
    ).toBeGreaterThanOrEqual(2);
    for (const lesson of doc.lessons) {
      const seen = new Set<string>();
      for (const q of lesson.questions) {
        expect(doc.article.text.slice(q.citation.start, q.citation.end)).toBe(q.citation.text);
        expect(q.prompt).not.toMatch(/_____\s*_____|^\s*_____/);
        const key = `${q.citation.start}:${q.type}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        if (q.type === "single_choice" && q.prompt.includes("_____")) {
          const cited = q.citation.text.toLowerCase();
          for (const c of q.choices) expect(cited.includes(c.text.toLowerCase())).toBe(c.correct);
        }
      }
    }
  });
});

describe("input limits", () => {
  it("rejects empty input, oversize input and non-prose", () => {
    expect(() => readArticle("  ", "text")).toThrow(/empty/);
    expect(() => readArticle("x".repeat(5 * 1024 * 1024 + 1), "text")).toThrow(/larger than the 5 MB limit/);
    expect(() => readArticle("Title\n\n1 2 3 4 5", "text")).toThrow(/too short|prose/);
  });

  it("refuses text longer than a lesson passage can hold, with a message saying so", () => {
    const paragraph = `${"The talks went on for many hours and no one agreed. ".repeat(40)}\n\n`;
    const long = `A Long Report\n\n${paragraph.repeat(50)}`;
    expect(() => readArticle(long, "text")).toThrow(
      /text is 104,048 characters long, more than the 100,000 characters a lesson can hold/,
    );
  });

  it("joins a long article's many headed parts into at most 12 sections of at most 12 drafts each", () => {
    const part = (n: number) =>
      `Part ${n} of the Report\n\n${"The committee met again in the spring and agreed on a new plan for the harbour. Engineers said the repairs would take two years and cost four million dollars. ".repeat(6)}`;
    const parsed = readArticle(
      `A Long Report\n\n${Array.from({ length: 30 }, (_, i) => part(i + 1)).join("\n\n")}`,
      "text",
    );
    expect(parsed.headedParts).toBe(30);
    expect(parsed.sections.map((s) => s.heading)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Part ${i * 3 + 1} of the Report`),
    );
    expect(parsed.text.slice(parsed.sections[1]!.start)).toMatch(/^Part 4 of the Report\n\n/);
    const doc = buildDocument(parsed);
    // Ten sections and the overview at most: the same two sentences in every part give drafts the audit cannot
    // pass together, so the gate drops lessons' only drafts (and those lessons) until the set passes.
    expect(doc.lessons.length).toBeLessThanOrEqual(11);
    expect(doc.lessons.length).toBeGreaterThanOrEqual(2);
    for (const lesson of doc.lessons) expect(lesson.questions.length).toBeLessThanOrEqual(12);
    expect(auditDocument(doc, { maxAdvantage: 10 }).verdict.passes).toBe(true);
    expect(readArticle(shared, "text").headedParts).toBeUndefined();
  });

  it("drops NUL characters, which PostgreSQL cannot store, and still builds valid lessons", () => {
    const withNul = shared.replace("Trump", "Tr\u0000ump");
    const parsed = readArticle(withNul, "text");
    expect(parsed.text).not.toContain("\u0000");
    expect(() => buildDocument(parsed)).not.toThrow();
  });
});

describe("articles the generator used to fail on", () => {
  const body = shared.split("\n\n").slice(1).join("\n\n");

  it("an opening paragraph too long for a title stays in the text, and its first words become the title", () => {
    const opening =
      "When the two leaders met again in the spring, many observers expected a short and formal exchange, yet the conversation ran for hours and touched on almost every open question between their countries.";
    expect(opening.length).toBeGreaterThan(150);
    const parsed = readArticle(`${opening}\n\n${body}`, "text");
    expect(parsed.title).toBe("When the two leaders met again in the spring, many observers expected …");
    expect(parsed.text.startsWith(opening)).toBe(true);
    const doc = buildDocument(parsed);
    expect(doc.lessons.at(-1)!.title).toBe(`${parsed.title}: overview`);
  });

  it("a sentence too long to quote in a prompt gets no question, and the rest still do", () => {
    const clause = "and the delegates argued about the terms of the ceasefire once again";
    const longSentence = `The negotiators met in Geneva ${Array(8).fill(clause).join(", ")}.`;
    expect(longSentence.length).toBeGreaterThan(400);
    const parsed = readArticle(shared.replace("\n\n", `\n\n${longSentence}\n\n`), "text");
    const doc = articleDocumentSchema.parse(buildDocument(parsed));
    // Items about one sentence quote it; section-wide items (main idea, ordering) may cite a span holding it.
    const prompts = doc.lessons.flatMap((l) => l.questions.map((q) => q.prompt));
    // Five or more: the seventh review's rework and broken drafts on this article (Russia twice, the 2016 label,
    // "not without its supporters", "strengthened international cooperation") are no longer made.
    expect(prompts.length).toBeGreaterThanOrEqual(5);
    expect(prompts.some((t) => t.includes("Geneva"))).toBe(false);
  });
});

// The points each type carries, as in the hand-written content.
const POINTS: Record<string, number> = {
  single_choice: 1,
  true_false: 1,
  short_answer: 1,
  ordering: 2,
  open_response: 4,
  multiple_select: 2,
  evidence: 2,
};

const fixture = (name: string) => {
  const path = `tests/unit/fixtures/articles/${name}`;
  return readArticle(readFileSync(path, "utf8"), kindFromFileName(path));
};

describe("structure of the test articles", () => {
  it("plain text: title-case headings, byline without its view count, intro in the first section", () => {
    const a = fixture("school-gardens.txt");
    expect(a.title).toBe("How School Gardens Changed Lunch in Riverside");
    expect(a.byline).toBe("Maria Lopez");
    expect(a.sections.map((s) => s.heading)).toEqual([
      "Planting the First Beds",
      "What Supporters and Critics Said",
    ]);
    expect(a.sections[0]?.start).toBe(0);
    expect(a.text.slice(a.sections[1]?.start)).toMatch(/^What Supporters and Critics Said\n\n/);
  });
  it("markdown: # headings, inline markup dropped", () => {
    const a = fixture("city-bikes.md");
    expect(a.title).toBe("The Return of the City Bicycle");
    expect(a.byline).toBe("Jordan Lee");
    expect(a.sections.map((s) => s.heading)).toEqual(["Why Cities Changed", "What Comes Next"]);
    expect(a.text).not.toContain("**");
  });
  it("HTML: navigation, header, footer, scripts and styles dropped; no headings makes one section", () => {
    const a = fixture("coral-reefs.html");
    expect(a.title).toBe("Coral Reefs Under Pressure");
    expect(a.byline).toBe("Priya Natarajan");
    expect(a.sections).toEqual([{ heading: a.title, start: 0, end: a.text.length }]);
    expect(a.text).not.toMatch(/newsletter|tracking|Copyright|font-family|Daily Science/);
  });
});

describe.each(["school-gardens.txt", "city-bikes.md", "coral-reefs.html"])("generation from %s", (name) => {
  const parsed = fixture(name);
  const doc = articleDocumentSchema.parse(buildDocument(parsed));
  const isOverview = (title: string) => title === `${parsed.title}: overview`;
  it("has a lesson per section (a section with no draft read with a neighbour) and an overview, last", () => {
    expect(isOverview(doc.lessons.at(-1)!.title)).toBe(true);
    for (const s of parsed.sections) expect(doc.lessons.some((l) => l.title.includes(s.heading))).toBe(true);
  });
  it("follows every quality rule", () => {
    doc.lessons.forEach((lesson) => {
      const overview = isOverview(lesson.title);
      // At least two: the item audit may drop drafts of a short article down to two per lesson. A section of five
      // sentences or fewer may give one well-made draft: the generator drops the ones it cannot make well. Where
      // nothing else keeps the set within the audit's limit, a longer lesson may be left with one too: so far the
      // only section lesson of a headingless article, whose few drafts leave the audit little to drop.
      const floor = doc.lessons.length <= 2 ? 1 : 2;
      // The section's own sentences: a short lede before the first heading is shown in the first lesson's
      // passage but is not the section's length.
      const heading = parsed.sections.find((s) => lesson.title.includes(s.heading))?.heading ?? "";
      const from = Math.max(0, lesson.passage.indexOf(heading));
      if (!overview && splitSentences(lesson.passage, from, lesson.passage.length).length >= 6)
        expect(lesson.questions.length).toBeGreaterThanOrEqual(floor);
      // One open response, in the overview: it asks across sections (a section's used to repeat the same prompt).
      expect(lesson.questions.filter((q) => q.type === "open_response")).toHaveLength(overview ? 1 : 0);
      const keys = lesson.questions.map((q) => `${q.citation.start}:${q.type}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const q of lesson.questions) {
        expect(q.points).toBe(POINTS[q.type]);
        expect(qualityProblems(q)).toEqual([]);
        expect(parsed.text.slice(q.citation.start, q.citation.end)).toBe(q.citation.text);
      }
    });
  });
});

describe("quality rules catch bad questions", () => {
  const base = {
    points: 1,
    skill: "detail" as const,
    explanation: "x",
    acceptedAnswers: [],
    evidenceOptions: [],
    rubric: undefined,
  };
  const citation = { text: "Paris added bike lanes after 2015.", start: 0, end: 34 };
  it("flags a distractor inside the cited sentence and an answer outside it", () => {
    const q = {
      ...base,
      type: "single_choice" as const,
      prompt: 'Which completes the sentence? "_____ added bike lanes after 2015."',
      citation,
      choices: [
        { text: "Rome", correct: true },
        { text: "Paris", correct: false },
      ],
    };
    expect(qualityProblems(q)).toEqual([
      "the right answer is not in the cited sentence",
      "a distractor is in the cited sentence",
    ]);
  });
  it("flags alike choices and an empty blank", () => {
    const q = {
      ...base,
      type: "short_answer" as const,
      prompt: 'Fill in: "_____."',
      citation,
      choices: [
        { text: "A", correct: true },
        { text: " a ", correct: false },
      ],
    };
    expect(qualityProblems(q)).toEqual(["two choices are alike", "an empty or dangling blank"]);
  });
});
