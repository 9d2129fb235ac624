import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleDocumentSchema } from "@/lib/content/schema";
import { citeImportedQuestions } from "@/lib/interchange/citations";
import { readGiftFile } from "@/lib/interchange/gift-parse";

const root = path.resolve(import.meta.dirname, "../..");
const doc = articleDocumentSchema.parse(
  JSON.parse(
    readFileSync(path.join(root, "prisma/content/trump-putin-peace-negotiation-strategy.json"), "utf8"),
  ),
);
const text = doc.article.text;
const lesson = doc.lessons[0]!;
const passage = {
  start: text.indexOf(lesson.passage),
  end: text.indexOf(lesson.passage) + lesson.passage.length,
};

describe("proposed citations of imported questions", () => {
  const read = readGiftFile(
    readFileSync(path.join(root, "tests/fixtures/interchange/gift/every-construct.gift")),
  );
  if (!read.ok) throw new Error("fixture malformed");
  const cited = citeImportedQuestions(
    read.questions.map((q) => q.question),
    text,
    passage,
  );

  it("cites the sentence sharing most words with the question and its key", () => {
    expect(cited[0]!.citation.text).toBe(
      "Instead, he aimed to explore avenues for cooperation, even while acknowledging the significant differences and disagreements between the two countries.",
    );
    expect(cited[2]!.citation.text).toMatch(/^He saw personal diplomacy as a powerful tool/);
  });

  it("gives every question a sentence of the lesson's passage, verbatim at its offsets", () => {
    for (const q of cited) {
      expect(text.slice(q.citation.start, q.citation.end)).toBe(q.citation.text);
      expect(q.citation.start).toBeGreaterThanOrEqual(passage.start);
      expect(q.citation.end).toBeLessThanOrEqual(passage.end);
    }
  });

  it("makes lectern.article.v1 questions the document schema accepts", () => {
    const withCited = { ...doc, lessons: [{ ...lesson, questions: cited }] };
    expect(articleDocumentSchema.safeParse(withCited).success).toBe(true);
  });
});
