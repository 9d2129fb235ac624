import "server-only";
import type { Db } from "../db";
import { hashPassword } from "../auth/password";
import { readDemoDocument } from "./article-document";
import { installShippedContent } from "./install-shipped-content";
import { DEMO_ARTICLE_SLUG, DEMO_CLASS, DEMO_PASSWORD, DEMO_STUDENTS, DEMO_TEACHER } from "./demo-accounts";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Installs the shipped demo content (or its new version, keeping what assignments used), and the demo school when
 * the database has no users yet; never touches teachers' or students' data.
 */
export async function seedDemo(db: Db): Promise<{ seededSchool: boolean }> {
  await installShippedContent(db, readDemoDocument(DEMO_ARTICLE_SLUG));
  if ((await db.user.count()) > 0) return { seededSchool: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const teacher = await db.user.create({
    // Approved, as a school administrator would: the demo walks through the shared lessons.
    data: {
      role: "teacher",
      email: DEMO_TEACHER.email,
      displayName: DEMO_TEACHER.displayName,
      passwordHash,
      verifiedAt: new Date(),
    },
  });
  const cls = await db.class.create({ data: { ...DEMO_CLASS, teacherId: teacher.id } });
  for (const s of DEMO_STUDENTS) {
    await db.user.create({
      data: { role: "student", ...s, passwordHash, enrollments: { create: { classId: cls.id } } },
    });
  }
  const lesson = await db.lesson.findFirstOrThrow({
    where: { article: { slug: DEMO_ARTICLE_SLUG }, ownerId: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      questions: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true } },
    },
  });
  await db.assignment.create({
    data: {
      lessonId: lesson.id,
      classId: cls.id,
      createdById: teacher.id,
      openAt: new Date(),
      dueAt: new Date(Date.now() + WEEK_MS),
      questions: { create: lesson.questions.map((q, position) => ({ questionId: q.id, position })) },
    },
  });
  return { seededSchool: true };
}
