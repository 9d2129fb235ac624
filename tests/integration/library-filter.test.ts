import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { listLibraryLessons } from "../../lib/content/queries";
import { createTeacher } from "../support/factories";
import { createPrivateLesson, demoLessons } from "../support/scenario";

describe("listLibraryLessons with a filter", () => {
  it("keeps only lessons with a live question of the skill and type, counting the matching ones", async () => {
    await demoLessons();
    const teacher = await createTeacher();
    const all = await listLibraryLessons(teacher);
    // A skill the shipped lessons ask through single choice, whatever their content is today.
    const { skill } = await db.question.findFirstOrThrow({
      where: { lessonId: { in: all.map((l) => l.id) }, retiredAt: null, type: "single_choice" },
      orderBy: [{ lessonId: "asc" }, { position: "asc" }],
      select: { skill: true },
    });
    const filtered = await listLibraryLessons(teacher, { skill, type: "single_choice" });
    const expected = await db.question.groupBy({
      by: ["lessonId"],
      where: { lessonId: { in: all.map((l) => l.id) }, retiredAt: null, skill, type: "single_choice" },
      _count: { _all: true },
    });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThanOrEqual(all.length);
    expect(Object.fromEntries(filtered.map((l) => [l.id, l.matchingCount]))).toEqual(
      Object.fromEntries(expected.map((e) => [e.lessonId, e._count._all])),
    );
    for (const lesson of filtered) expect(lesson.questionCount).toBeGreaterThanOrEqual(lesson.matchingCount);
  });

  it("ignores retired questions, and filters by a skill alone", async () => {
    const teacher = await createTeacher();
    const lesson = await createPrivateLesson(teacher);
    const byType = async () => (await listLibraryLessons(teacher, { type: "evidence" })).map((l) => l.id);
    expect(await byType()).toContain(lesson.id);
    await db.question.updateMany({
      where: { lessonId: lesson.id, type: "evidence" },
      data: { retiredAt: new Date() },
    });
    expect(await byType()).not.toContain(lesson.id);
    const bySkill = await listLibraryLessons(teacher, { skill: "main_idea" });
    const live = await db.question.count({
      where: { lessonId: lesson.id, skill: "main_idea", retiredAt: null },
    });
    expect(bySkill.some((l) => l.id === lesson.id)).toBe(live > 0);
  });
});
