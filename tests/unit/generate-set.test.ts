import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDocument } from "../../lib/content/audit/audit";
import type { QuestionInput } from "../../lib/content/schema";
import { buildDocument } from "../../lib/import/build-document";
import { evenFourOptionCount, placeKeys, seedOf } from "../../lib/import/generate/key-placement";
import { kindFromFileName, readArticle } from "../../lib/import/read-text";

const single = (key: string, others: string[]): QuestionInput => ({
  type: "single_choice",
  skill: "detail",
  points: 1,
  prompt: "Which?",
  explanation: "x",
  citation: { text: "x", start: 0, end: 1 },
  choices: [{ text: key, correct: true }, ...others.map((o) => ({ text: o, correct: false }))],
  acceptedAnswers: [],
  evidenceOptions: [],
});

describe("key placement", () => {
  it("is seeded: the same article gets the same positions, and keys spread over every position", () => {
    const items = Array.from({ length: 12 }, (_, i) => single(`key ${i}`, ["alpha", "beta", "gamma"]));
    const a = placeKeys(items, seedOf("an article"));
    expect(placeKeys(items, seedOf("an article"))).toEqual(a);
    const positions = a.map((q) => q.choices.findIndex((c) => c.correct));
    for (let p = 0; p < 4; p++) expect(positions.filter((x) => x === p)).toHaveLength(3);
    expect(
      placeKeys(items, seedOf("another article")).map((q) => q.choices.findIndex((c) => c.correct)),
    ).not.toEqual(positions);
  });

  it("puts figures in ascending order", () => {
    const [q] = placeKeys([single("1,200", ["300", "2,400", "600"])], 1);
    expect(q!.choices.map((c) => c.text)).toEqual(["300", "600", "1,200", "2,400"]);
  });

  it("never leaves one, two or five 4-option items, where one position must hold half the keys", () => {
    const two = [
      single("a key", ["b one", "c one", "d one"]),
      single("a key 2", ["b two", "c two", "d two"]),
    ];
    expect(evenFourOptionCount(two).filter((q) => q.choices.length === 4)).toHaveLength(0);
  });

  it("trims the distractor least like the key in length, so the key is not left the shortest", () => {
    const [q] = evenFourOptionCount([single("lens", ["lamp", "sensor", "lifeboat"])]);
    expect(q!.choices.map((c) => c.text)).toEqual(["lens", "lamp", "sensor"]);
  });
});

const dir = "tests/fixtures/articles";
const fixtures = readdirSync(dir).filter((f) => !f.endsWith(".json"));

describe("generated sets of the fixture articles", () => {
  for (const file of fixtures)
    it(`${file}: deterministic, within the audit's limits for drafts, no per-question warning`, () => {
      const parsed = readArticle(readFileSync(`${dir}/${file}`, "utf8"), kindFromFileName(file));
      const doc = buildDocument(parsed);
      expect(buildDocument(parsed)).toEqual(doc);
      const report = auditDocument(doc, { maxAdvantage: 10 });
      // Within 10 points, or within what no keying of so few items can avoid (one three-option item: 22.2).
      expect(report.blind.best?.advantage ?? 0).toBeLessThanOrEqual(Math.max(10, report.blind.unavoidable));
      expect(report.verdict.passes).toBe(true);
      expect(report.repeatedStems).toEqual([]);
      expect(report.warnings).toEqual([]);
      const prompts = doc.lessons.flatMap((l) => l.questions.map((q) => q.prompt));
      expect(new Set(prompts).size).toBe(prompts.length);
      for (const q of doc.lessons.flatMap((l) => l.questions)) {
        expect(doc.article.text.slice(q.citation.start, q.citation.end)).toBe(q.citation.text);
        // Never a cut-off item or a stray list number.
        for (const c of q.choices) expect(c.text).not.toMatch(/…|^\d{1,3}\.\s/);
      }
    });
});
