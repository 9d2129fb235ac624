import { describe, expect, it } from "vitest";
import { readArticle } from "../../lib/import/read-text";
import { readForGeneration } from "../../lib/import/generate/article";
import { definitionDraft, definitionsOf } from "../../lib/import/generate/glossary";
import { generateLessons } from "../../lib/import/generate/lessons";

// A textbook section's "Key terms" list: each definition asked as a single choice among the list's other
// definitions. The text is made up for the test.
const CHAPTER = `# Rivers and Their Valleys

Rivers shape the land they flow through, and geographers use a few terms to describe how.

## Key terms

- **Meander**: a wide bend in a river on flat ground, where the water slows on the inside of the curve.
- **Floodplain**: the flat land beside a river that is covered with water when the river floods.
- **Tributary**: a smaller stream that joins a larger river and adds its water to it.
- **Estuary**: the wide mouth of a river where fresh water meets the tide from the sea.
- **River cliff**: a steep bank on the outside of a bend, where the current wears the river bank away.

## How a valley forms

In its upper course a river flows fast over steep ground and cuts down into its bed. Over thousands of years this cutting makes a narrow valley with steep sides. Lower down, the river slows and begins to wear away its banks instead, and the valley grows wider.`;

const article = readForGeneration(readArticle(CHAPTER, "markdown"));
const terms = article.sections.find((s) => s.heading === "Key terms")!;

describe("a glossary list", () => {
  it("is read as terms and their meanings", () => {
    expect(definitionsOf(terms).map((d) => d.term)).toEqual([
      "Meander",
      "Floodplain",
      "Tributary",
      "Estuary",
      "River cliff",
    ]);
  });

  it("asks what a term means, with other terms' meanings as the wrong options and why each is wrong", () => {
    const glossary = definitionsOf(terms);
    const q = definitionDraft(article, glossary[2]!, glossary)!.question;
    expect(q.prompt).toBe('According to the article, which description matches "tributary"?');
    expect(q.skill).toBe("vocabulary");
    expect(q.choices.find((c) => c.correct)?.text).toBe(
      "a smaller stream that joins a larger river and adds its water to it",
    );
    const wrong = q.choices.filter((c) => !c.correct);
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const c of wrong) expect(c.feedback).toMatch(/^That is how the article describes "[a-z ]+"\.$/);
  });

  it("does not ask a term its meaning names, nor offer a meaning that names the term asked", () => {
    const glossary = definitionsOf(terms);
    // "River cliff: a steep bank … the river bank": the key alone would share the stem's word.
    expect(definitionDraft(article, glossary[4]!, glossary)).toBeUndefined();
    // For "floodplain", no option may name a flood; for "meander" none may name a meander.
    for (const d of glossary.slice(0, 4)) {
      const q = definitionDraft(article, d, glossary);
      const stem = d.term.toLowerCase().slice(0, 5);
      for (const c of q?.question.choices ?? []) expect(c.text.toLowerCase()).not.toContain(stem);
    }
  });

  it("gives the lesson of its section up to two such items", () => {
    const text = readArticle(CHAPTER, "markdown");
    const lesson = generateLessons(text).find((l) => l.title.startsWith("Key terms"))!;
    const asked = lesson.questions.filter((q) => q.prompt.includes("which description matches"));
    expect(asked.length).toBeGreaterThanOrEqual(1);
    expect(asked.length).toBeLessThanOrEqual(2);
  });

  it("is not found in an ordinary list, nor in fewer than three definitions", () => {
    const plain = readForGeneration(
      readArticle(
        "# Packing\n\n## What to bring\n\n- A warm coat for the evenings on the hill.\n- Boots that keep water out.\n- A flask of tea and some lunch.\n\n## Two terms\n\n- **Scree**: loose broken stones covering a slope.\n- **Cairn**: a pile of stones that marks a path.",
        "markdown",
      ),
    );
    for (const s of plain.sections) expect(definitionsOf(s)).toEqual([]);
  });
});
