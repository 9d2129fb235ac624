import { describe, expect, it } from "vitest";
import { auditDocument } from "../../lib/content/audit/audit";
import { CURATED_MAX_ADVANTAGE } from "../../lib/content/audit/thresholds";
import { QUESTION_TYPES, SKILLS } from "../../lib/content/schema";
import { readDemoDocument } from "../../lib/seed/article-document";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";

// The lessons Lectern ships must measure reading: the item audit is their floor (issue 14's numbers).
const doc = readDemoDocument(DEMO_ARTICLE_SLUG);
const report = auditDocument(doc, { maxAdvantage: CURATED_MAX_ADVANTAGE });
const questions = doc.lessons.flatMap((l) => l.questions);

describe("the shipped lessons", () => {
  it("pass the item audit at the curated limits", () => {
    expect(report.verdict.failures).toEqual([]);
    expect(report.verdict.passes).toBe(true);
    expect(report.blind.best!.advantage).toBeLessThanOrEqual(CURATED_MAX_ADVANTAGE);
    expect(report.repeatedStems).toEqual([]);
    expect(report.longCitations).toEqual([]);
  });

  it("keep four lessons and at least forty questions of all seven types and every skill", () => {
    expect(doc.lessons).toHaveLength(4);
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(new Set(questions.map((q) => q.skill))).toEqual(new Set(SKILLS));
  });

  it("give every lesson an evidence question and a fact-versus-opinion question", () => {
    for (const lesson of doc.lessons) {
      expect(lesson.questions.some((q) => q.type === "evidence")).toBe(true);
      expect(lesson.questions.some((q) => q.skill === "fact_opinion")).toBe(true);
    }
  });

  it("tell students what kind of article this is", () => {
    expect(doc.article.about).toMatch(/opinion/i);
  });

  it("give every wrong choice feedback that says why it is wrong", () => {
    const wrong = questions.flatMap((q) =>
      q.type === "ordering" ? [] : q.choices.filter((c) => !c.correct),
    );
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.filter((c) => !c.feedback?.trim())).toEqual([]);
  });
});
