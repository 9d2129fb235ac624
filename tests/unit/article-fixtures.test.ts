import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kindFromFileName, readArticle } from "../../lib/import/read-text";

/**
 * Every article under tests/fixtures/articles beside its <name>.expected.json: the title, byline and section
 * headings Lectern must find, strings the passage must hold (list items on their own lines, quotes) and page
 * furniture it must not (kickers, datelines, share and newsletter lines...). The articles were written for the
 * project in the shapes of real sites; they were committed before the extraction was tuned to them.
 */
type Expected = { title: string; byline: string; sections: string[]; contains: string[]; absent: string[] };

const DIR = "tests/fixtures/articles";
const articles = readdirSync(DIR).filter((f) => !f.endsWith(".json"));

/** Checks today's extraction still gets wrong: each is expected to fail, so one that starts passing is noticed. */
const KNOWN_FAILING: Record<string, string[]> = {};

describe.each(articles)("%s", (file) => {
  const expected = JSON.parse(
    readFileSync(`${DIR}/${file.replace(/\.\w+$/, "")}.expected.json`, "utf8"),
  ) as Expected;
  const read = () => readArticle(readFileSync(`${DIR}/${file}`, "utf8"), kindFromFileName(file));
  const check = (name: string, body: () => void) =>
    (KNOWN_FAILING[file]?.includes(name) ? it.fails : it)(name, body);

  check("title", () => expect(read().title).toBe(expected.title));
  check("byline", () => expect(read().byline).toBe(expected.byline));
  check("sections", () => {
    const { text, sections } = read();
    expect(sections.map((s) => s.heading)).toEqual(expected.sections);
    // Sections are consecutive spans of the text, each after the first opening with its heading.
    expect(sections[0]?.start).toBe(0);
    expect(sections.at(-1)?.end).toBe(text.length);
    for (const s of sections.slice(1))
      expect(text.slice(s.start, s.start + s.heading.length + 2)).toBe(`${s.heading}\n\n`);
  });
  check("contains", () => {
    const { text } = read();
    for (const s of expected.contains) expect(text).toContain(s);
  });
  check("absent", () => {
    const { text } = read();
    for (const s of expected.absent) expect(text).not.toContain(s);
  });
});
