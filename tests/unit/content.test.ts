import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import {
  articleDocumentSchema,
  QUESTION_TYPES,
  SKILLS,
  type ArticleDocument,
  type Span,
} from "../../lib/content/schema";

const CONTENT_DIR = path.resolve(process.cwd(), "prisma/content");
const SLUG = "trump-putin-peace-negotiation-strategy";
const SOURCE_TXT = fs.readFileSync(path.join(CONTENT_DIR, `${SLUG}.txt`), "utf8");
const RAW_JSON: unknown = JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, `${SLUG}.json`), "utf8"));

const HEADINGS = [
  "Trump's View on Putin: A Focus on Negotiation",
  "The Idea of Peace Negotiations: A Core Element of Trump's Foreign Policy",
  "Implications and Repercussions of Trump's Approach",
];

/** The body as defined for article.text: from "Donald Trump's approach" to the end, trailing whitespace trimmed. */
function expectedBody(): string {
  const start = SOURCE_TXT.indexOf("Donald Trump's approach");
  if (start < 0) throw new Error("The source article no longer contains its opening words");
  return SOURCE_TXT.slice(start).trimEnd();
}

const normalized = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The parsed document. If the schema rejects it, fall back to the raw JSON (with the schema's defaults
 * filled in) so the rule tests below still report their own specific failures; the schema issues
 * themselves are reported by "parses with articleDocumentSchema".
 */
function loadDocument(): ArticleDocument {
  const result = articleDocumentSchema.safeParse(RAW_JSON);
  if (result.success) return result.data;
  const raw = structuredClone(RAW_JSON) as ArticleDocument;
  for (const lesson of raw.lessons ?? []) {
    for (const q of lesson.questions ?? []) {
      q.choices ??= [];
      q.acceptedAnswers ??= [];
      q.evidenceOptions ??= [];
    }
  }
  return raw;
}

let cached: ArticleDocument | undefined;
const doc = (): ArticleDocument => (cached ??= loadDocument());

type Range = { start: number; end: number };

/** The [start, end) range of article.text that a lesson's passage is: one section, or the whole text. */
function passageRange(d: ArticleDocument, passage: string): Range | undefined {
  const { text, sections } = d.article;
  if (passage === text) return { start: 0, end: text.length };
  const section = sections.find((s) => text.slice(s.start, s.end) === passage);
  return section ? { start: section.start, end: section.end } : undefined;
}

/** True when the span starts at a sentence start and ends at a sentence end, without crossing a paragraph. */
function isWholeSentences(text: string, span: Span): boolean {
  const before = text.slice(0, span.start);
  const startsSentence = before === "" || /\n$/.test(before) || /[.!?]["')\]]? $/.test(before);
  const endsSentence = /[.!?]["')\]]?$/.test(span.text);
  const after = text.slice(span.end, span.end + 1);
  return startsSentence && endsSentence && (after === "" || /\s/.test(after)) && !span.text.includes("\n");
}

const label = (lessonTitle: string, prompt: string) => `[${lessonTitle}] ${prompt}`;

describe(`${SLUG}.json`, () => {
  it("parses with articleDocumentSchema", () => {
    const result = articleDocumentSchema.safeParse(RAW_JSON);
    const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues, "schema issues").toEqual([]);
    expect(doc().format).toBe("lectern.article.v1");
  });

  it("has the article's slug, title and byline without page junk", () => {
    const { article } = doc();
    expect(article.slug).toBe(SLUG);
    expect(article.title).toBe("Trump & Putin: Inside The Peace Negotiation Strategy");
    expect(article.byline).toBe("Felix Dubois");
  });

  it("stores the body of the source article exactly", () => {
    const { text } = doc().article;
    const body = expectedBody();
    expect(text.length, "text length").toBe(body.length);
    expect(text).toBe(body);
    expect(text.startsWith("Donald Trump's approach")).toBe(true);
    expect(text).not.toContain("53 views");
  });

  it("has three sections with the exact headings, in order, covering the text contiguously", () => {
    const { text, sections } = doc().article;
    expect(sections.map((s) => s.heading)).toEqual(HEADINGS);
    expect(sections[0]?.start, "first section starts at 0").toBe(0);
    sections.forEach((section, i) => {
      expect(section.end, `${section.heading}: end after start`).toBeGreaterThan(section.start);
      if (i > 0) {
        expect(
          text.slice(section.start, section.start + section.heading.length + 1),
          `${section.heading}: starts at its heading line`,
        ).toBe(`${section.heading}\n`);
        expect(
          text.slice(section.start - 2, section.start),
          `${section.heading}: preceded by a blank line`,
        ).toBe("\n\n");
      }
      const next = sections[i + 1];
      if (next) {
        expect(section.end, `${section.heading}: ends 2 characters before the next heading`).toBe(
          next.start - 2,
        );
      } else {
        expect(section.end, `${section.heading}: last section ends at text.length`).toBe(text.length);
      }
    });
    // The first section holds the unheaded introduction followed by its own heading line.
    const first = sections[0];
    expect(first && text.slice(first.start, first.end)).toContain(`\n\n${HEADINGS[0]}\n\n`);
    // The conclusion belongs to the last section.
    const last = sections[sections.length - 1];
    expect(last && text.slice(last.start, last.end)).toContain("\n\nIn conclusion,");
  });

  it("has the three section lessons in article order, then an overview of the whole text", () => {
    const { article, lessons } = doc();
    expect(lessons.length).toBeGreaterThanOrEqual(4);
    article.sections.forEach((section, i) => {
      const lesson = lessons[i];
      expect(lesson, `lesson ${i + 1}`).toBeDefined();
      expect(lesson?.passage, `lesson ${i + 1} passage is section "${section.heading}"`).toBe(
        article.text.slice(section.start, section.end),
      );
    });
    const overview = lessons.find((l) => l.passage === article.text);
    expect(overview, "a lesson whose passage is the whole text").toBeDefined();
    expect(overview?.title).toMatch(/overview/i);
    for (const lesson of lessons) {
      expect(
        passageRange(doc(), lesson.passage),
        `${lesson.title}: passage is a section or the whole text`,
      ).toBeDefined();
    }
  });

  it("has enough questions: ≥10 per lesson, ≥40 in total, ≥5 single_choice in the first lesson", () => {
    const { lessons } = doc();
    for (const lesson of lessons) {
      expect(lesson.questions.length, `${lesson.title}: question count`).toBeGreaterThanOrEqual(10);
    }
    const total = lessons.reduce((n, l) => n + l.questions.length, 0);
    expect(total, "total questions").toBeGreaterThanOrEqual(40);
    const firstSingle = lessons[0]?.questions.filter((q) => q.type === "single_choice").length ?? 0;
    expect(firstSingle, "single_choice questions in the first lesson").toBeGreaterThanOrEqual(5);
  });

  it("uses every question type and every skill, and each lesson has evidence and open response", () => {
    const questions = doc().lessons.flatMap((l) => l.questions);
    const types = new Set(questions.map((q) => q.type));
    const skills = new Set(questions.map((q) => q.skill));
    expect(
      QUESTION_TYPES.filter((t) => !types.has(t)),
      "missing question types",
    ).toEqual([]);
    expect(
      SKILLS.filter((s) => !skills.has(s)),
      "missing skills",
    ).toEqual([]);
    for (const lesson of doc().lessons) {
      const lessonTypes = lesson.questions.map((q) => q.type);
      expect(lessonTypes, `${lesson.title}: has an evidence question`).toContain("evidence");
      expect(lessonTypes, `${lesson.title}: has an open_response question`).toContain("open_response");
    }
  });

  it("cites exact, whole sentences inside each lesson's passage", () => {
    const d = doc();
    const { text } = d.article;
    for (const lesson of d.lessons) {
      const range = passageRange(d, lesson.passage);
      expect(range, `${lesson.title}: passage range`).toBeDefined();
      if (!range) continue;
      for (const q of lesson.questions) {
        const where = label(lesson.title, q.prompt);
        const c = q.citation;
        expect(c.text, `${where}: citation text equals text.slice(start, end)`).toBe(
          text.slice(c.start, c.end),
        );
        expect(c.start, `${where}: citation starts inside the passage`).toBeGreaterThanOrEqual(range.start);
        expect(c.end, `${where}: citation ends inside the passage`).toBeLessThanOrEqual(range.end);
        expect(isWholeSentences(text, c), `${where}: citation is whole sentences`).toBe(true);
      }
    }
  });

  it("gives each question a non-empty prompt and explanation and the points its type carries", () => {
    const points: Record<string, number> = {
      single_choice: 1,
      true_false: 1,
      short_answer: 1,
      multiple_select: 2,
      ordering: 2,
      evidence: 2,
      open_response: 4,
    };
    for (const lesson of doc().lessons) {
      expect(lesson.objectives.length, `${lesson.title}: objectives`).toBeGreaterThanOrEqual(2);
      for (const q of lesson.questions) {
        const where = label(lesson.title, q.prompt);
        expect(q.prompt.trim(), where).not.toBe("");
        expect(q.explanation.trim(), `${where}: explanation`).not.toBe("");
        expect(q.points, `${where}: points for ${q.type}`).toBe(points[q.type]);
      }
    }
  });

  it("follows the choice rules of each question type", () => {
    for (const lesson of doc().lessons) {
      for (const q of lesson.questions) {
        const where = label(lesson.title, q.prompt);
        const texts = q.choices.map((c) => c.text);
        const correct = q.choices.filter((c) => c.correct).length;
        const wrong = q.choices.length - correct;

        for (const t of texts) expect(t.trim(), `${where}: empty choice`).not.toBe("");
        expect(new Set(texts.map(normalized)).size, `${where}: duplicate choices`).toBe(texts.length);

        switch (q.type) {
          case "single_choice":
          case "evidence":
            expect(q.choices.length, `${where}: number of choices`).toBeGreaterThanOrEqual(2);
            expect(correct, `${where}: exactly one correct choice`).toBe(1);
            break;
          case "true_false":
            expect(texts.slice().sort(), `${where}: True/False choices`).toEqual(["False", "True"]);
            expect(correct, `${where}: exactly one correct choice`).toBe(1);
            break;
          case "multiple_select":
            expect(correct, `${where}: at least two correct choices`).toBeGreaterThanOrEqual(2);
            expect(wrong, `${where}: at least one wrong choice`).toBeGreaterThanOrEqual(1);
            break;
          case "ordering":
            expect(q.choices.length, `${where}: at least three items to order`).toBeGreaterThanOrEqual(3);
            expect(wrong, `${where}: ordering items are all listed as correct`).toBe(0);
            break;
          case "short_answer": {
            expect(q.acceptedAnswers.length, `${where}: accepted answers`).toBeGreaterThanOrEqual(1);
            for (const a of q.acceptedAnswers)
              expect(a.trim(), `${where}: empty accepted answer`).not.toBe("");
            const distinct = new Set(q.acceptedAnswers.map(normalized)).size;
            expect(distinct, `${where}: duplicate accepted answers`).toBe(q.acceptedAnswers.length);
            expect(q.choices, `${where}: short answer has no choices`).toEqual([]);
            break;
          }
          case "open_response":
            expect(q.rubric?.trim() ?? "", `${where}: rubric`).not.toBe("");
            expect(q.choices, `${where}: open response has no choices`).toEqual([]);
            break;
        }
        if (q.type !== "evidence") {
          expect(q.evidenceOptions, `${where}: evidence options only on evidence questions`).toEqual([]);
        }
      }
    }
  });

  it("offers evidence options that are exact sentences of the passage, some inside and some outside the citation", () => {
    const d = doc();
    const { text } = d.article;
    for (const lesson of d.lessons) {
      const range = passageRange(d, lesson.passage);
      if (!range) throw new Error(`${lesson.title}: passage is neither a section nor the whole text`);
      for (const q of lesson.questions.filter((x) => x.type === "evidence")) {
        const where = label(lesson.title, q.prompt);
        const options = q.evidenceOptions;
        expect(options.length, `${where}: number of evidence options`).toBeGreaterThanOrEqual(4);
        expect(options.length, `${where}: number of evidence options`).toBeLessThanOrEqual(6);
        for (const o of options) {
          expect(o.text, `${where}: option equals text.slice(start, end)`).toBe(text.slice(o.start, o.end));
          expect(
            o.start >= range.start && o.end <= range.end,
            `${where}: option inside passage: ${o.text}`,
          ).toBe(true);
          expect(isWholeSentences(text, o), `${where}: option is a whole sentence: ${o.text}`).toBe(true);
        }
        const inside = options.filter((o) => o.start >= q.citation.start && o.end <= q.citation.end);
        expect(inside.length, `${where}: options inside the citation`).toBeGreaterThanOrEqual(1);
        expect(
          options.length - inside.length,
          `${where}: options outside the citation`,
        ).toBeGreaterThanOrEqual(1);
        expect(new Set(options.map((o) => o.start)).size, `${where}: duplicate options`).toBe(options.length);
      }
    }
  });
  it("tells readers what kind of text it is: an opinion piece on Trump's first term that cites no sources", () => {
    const about = doc().article.about ?? "";
    expect(about).toMatch(/opinion/i);
    expect(about).toMatch(/2017.2021/);
    expect(about).toMatch(/gives no dates/);
    expect(about).toMatch(/no sources/);
  });

  it("does not give the answer away by its position: correct choices sit in varied places", () => {
    const positions = new Set<number>();
    for (const lesson of doc().lessons) {
      for (const q of lesson.questions) {
        if (q.type === "single_choice" || q.type === "evidence")
          positions.add(q.choices.findIndex((c) => c.correct));
      }
    }
    expect(positions.size, "distinct positions of the correct choice").toBeGreaterThanOrEqual(3);
  });
});
