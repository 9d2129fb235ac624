import { describe, expect, it } from "vitest";
import { importArticleDocument } from "../../lib/content/import-document";
import { usableBySql, usableWhere } from "../../lib/content/lesson-access";
import { db } from "../../lib/db";
import { readDemoDocument } from "../../lib/seed/article-document";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import { pagesDb } from "../../lib/sql";
import { createStudent, createTeacher } from "../support/factories";
import { createPrivateLesson, demoLessons } from "../support/scenario";

const sorted = (ids: string[]) => [...ids].sort();

/** The lessons the Prisma rule and the SQL rule each let one id use. */
async function bothRules(userId: string) {
  const prisma = await db.lesson.findMany({ where: await usableWhere(userId), select: { id: true } });
  const rows = await pagesDb
    .selectFrom("Lesson as l")
    .select("l.id")
    .where((eb) => usableBySql(userId, { ownerId: eb.ref("l.ownerId"), status: eb.ref("l.status") }))
    .execute();
  return { prisma: sorted(prisma.map((l) => l.id)), sql: sorted(rows.map((r) => r.id)) };
}

describe("lesson usability: usableBy (Prisma) and usableBySql", () => {
  it("agree for approved and waiting teachers, a student and an unknown id, over every kind of lesson", async () => {
    const shared = (await demoLessons()).map((l) => l.id);
    // A shared lesson still in draft: usable by nobody.
    const doc = readDemoDocument(DEMO_ARTICLE_SLUG);
    await importArticleDocument(
      db,
      { ...doc, article: { ...doc.article, slug: "shared-draft" }, lessons: doc.lessons.slice(0, 1) },
      { ownerId: null, status: "draft" },
    );
    const approved = await createTeacher();
    const waiting = await createTeacher({ approved: false });
    const own = {
      [approved.id]: [await createPrivateLesson(approved), await createPrivateLesson(approved, "draft")],
      [waiting.id]: [await createPrivateLesson(waiting), await createPrivateLesson(waiting, "draft")],
    };
    const student = await createStudent();

    const expected: [string, string[]][] = [
      [approved.id, [...shared, ...own[approved.id]!.map((l) => l.id)]],
      [waiting.id, own[waiting.id]!.map((l) => l.id)],
      [student.id, []],
      ["no-such-user", []],
    ];
    for (const [userId, lessons] of expected) {
      const { prisma, sql } = await bothRules(userId);
      expect(sql, userId).toEqual(prisma);
      expect(prisma, userId).toEqual(sorted(lessons));
    }
  });
});
