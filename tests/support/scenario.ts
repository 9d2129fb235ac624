import { randomBytes } from "node:crypto";
import { db } from "../../lib/db";
import type { Viewer } from "../../lib/auth/viewer-types";
import { hashPassword } from "../../lib/auth/password";
import { importArticleDocument } from "../../lib/content/import-document";
import type { Prisma } from "../../lib/generated/prisma/client";
import { readDemoDocument } from "../../lib/seed/article-document";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import { classroom, ensureDemoContent } from "./factories";

const unique = () => randomBytes(4).toString("hex");
const DAY = 86_400_000;

/**
 * Two teachers, each with a class and the first demo lesson assigned to it: "mine" is the class under
 * test; the other teacher, their class, its student ("outsider") and its assignment are the intruders.
 */
export async function twoClassrooms(size = 2, settings: Record<string, unknown> = {}) {
  const mine = await classroom(size, settings);
  const other = await classroom(1, settings);
  return {
    ...mine,
    otherTeacher: other.teacher,
    otherClass: other.cls,
    outsider: other.students[0]!,
    otherAssignment: other.assignment,
  };
}

/** The shared demo lessons, in library order. */
export async function demoLessons() {
  await ensureDemoContent();
  return db.lesson.findMany({
    // Teachers' copies sit on the same article: only the shared lessons (no owner) are the demo ones.
    where: { article: { slug: DEMO_ARTICLE_SLUG }, ownerId: null },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
  });
}

/** A lesson owned by one teacher (a copy of the first demo lesson under a new article), published unless asked. */
export async function createPrivateLesson(owner: Viewer, status: "draft" | "published" = "published") {
  const doc = readDemoDocument(DEMO_ARTICLE_SLUG);
  const slug = `private-${unique()}`;
  await importArticleDocument(
    db,
    { ...doc, article: { ...doc.article, slug }, lessons: doc.lessons.slice(0, 1) },
    { ownerId: owner.id, status },
  );
  return db.lesson.findFirstOrThrow({ where: { article: { slug } }, select: { id: true, title: true } });
}

type AssignmentSettings = Omit<
  Prisma.AssignmentUncheckedCreateInput,
  "lessonId" | "classId" | "createdById" | "questions"
>;

/**
 * An assignment written straight to the database, for states the create schema refuses on purpose
 * (already past due, not yet open, closed). Its questions are snapshotted like createAssignments does.
 */
export async function createAssignmentRow(
  teacher: Viewer,
  classId: string,
  lessonId: string,
  settings: Partial<AssignmentSettings> = {},
) {
  const questions = await db.question.findMany({
    where: { lessonId, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return db.assignment.create({
    data: {
      openAt: new Date(Date.now() - 2 * DAY),
      dueAt: new Date(Date.now() + DAY),
      ...settings,
      lessonId,
      classId,
      createdById: teacher.id,
      questions: { create: questions.map((q, position) => ({ questionId: q.id, position })) },
    },
    select: { id: true, classId: true, dueAt: true },
  });
}

/** A user with a real argon2 hash, for sign-in tests. */
export async function createUserWithPassword(opts: {
  role: "teacher" | "student";
  password: string;
  disabled?: boolean;
}) {
  const id = unique();
  const user = await db.user.create({
    data: {
      role: opts.role,
      ...(opts.role === "teacher" ? { email: `t-${id}@school.test` } : { username: `s-${id}` }),
      displayName: opts.role === "teacher" ? "Signing Teacher" : "Signing Student",
      passwordHash: await hashPassword(opts.password),
      disabledAt: opts.disabled ? new Date() : null,
    },
    select: { id: true, role: true, displayName: true, email: true, username: true },
  });
  return { ...user, login: (user.email ?? user.username)! };
}

export const days = (n: number) => new Date(Date.now() + n * DAY);
