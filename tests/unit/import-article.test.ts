import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleDocumentSchema } from "../../lib/content/schema";
import { buildDocument } from "../../lib/import/build-document";
import { readArticle } from "../../lib/import/read-text";

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
    for (const lesson of doc.lessons.slice(0, 3)) expect(lesson.questions.length).toBeGreaterThanOrEqual(5);
    for (const lesson of doc.lessons) {
      const seen = new Set<string>();
      for (const q of lesson.questions) {
        expect(doc.article.text.slice(q.citation.start, q.citation.end)).toBe(q.citation.text);
        expect(q.prompt).not.toMatch(/_____\s*_____|^\s*_____/);
        const key = `${q.citation.start}:${q.type}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        if (q.type === "single_choice" && q.skill !== "claim_vs_criticism") {
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
    expect(() => readArticle("x".repeat(210_000), "text")).toThrow(/200 KB/);
    expect(() => readArticle("Title\n\n1 2 3 4 5", "text")).toThrow(/too short|prose/);
  });
});
