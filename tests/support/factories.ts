import { randomBytes } from "node:crypto";
import { db } from "../../lib/db";
import type { Viewer } from "../../lib/auth/viewer-types";
import { importArticleDocument } from "../../lib/content/import-document";
import { readDemoDocument } from "../../lib/seed/article-document";
import { DEMO_ARTICLE_SLUG } from "../../lib/seed/demo-accounts";
import { newJoinCode } from "../../lib/classes/join-code";

// A fixed, cheap hash: factories create many accounts and none of them signs in with a password.
export const UNUSABLE_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

const unique = () => randomBytes(4).toString("hex");

/** An approved teacher unless `approved: false` (one who signed up and waits for a school administrator). */
export async function createTeacher({ approved = true }: { approved?: boolean } = {}): Promise<Viewer> {
  const u = await db.user.create({
    data: {
      role: "teacher",
      email: `t-${unique()}@school.test`,
      displayName: "Teacher",
      passwordHash: UNUSABLE_HASH,
      verifiedAt: approved ? new Date() : null,
    },
  });
  return { id: u.id, role: "teacher", displayName: u.displayName };
}

export async function createStudent(classId?: string): Promise<Viewer> {
  const u = await db.user.create({
    data: {
      role: "student",
      username: `s-${unique()}`,
      displayName: "Student",
      passwordHash: UNUSABLE_HASH,
      ...(classId ? { enrollments: { create: { classId } } } : {}),
    },
  });
  return { id: u.id, role: "student", displayName: u.displayName };
}

/** A class with a join code (a class may have none once its owner turns joining off). */
export async function createClassFor(teacher: Viewer, name = "Class") {
  const cls = await db.class.create({ data: { name, teacherId: teacher.id, joinCode: newJoinCode() } });
  return { ...cls, joinCode: cls.joinCode! };
}

/** The demo article and lessons, imported once per test database. */
export async function ensureDemoContent() {
  const existing = await db.article.findUnique({ where: { slug: DEMO_ARTICLE_SLUG }, select: { id: true } });
  if (!existing) {
    await importArticleDocument(db, readDemoDocument(DEMO_ARTICLE_SLUG), {
      ownerId: null,
      status: "published",
    });
  }
  return db.lesson.findFirstOrThrow({
    where: { article: { slug: DEMO_ARTICLE_SLUG } },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
  });
}

/** A teacher with a class of `size` students and the first demo lesson assigned to it. */
export async function classroom(size = 2, settings: Record<string, unknown> = {}) {
  const teacher = await createTeacher();
  const cls = await createClassFor(teacher);
  const students = await Promise.all(Array.from({ length: size }, () => createStudent(cls.id)));
  const lesson = await ensureDemoContent();
  const { createAssignments } = await import("../../lib/assignments/mutations");
  const [assignment] = await createAssignments(teacher, {
    lessonId: lesson.id,
    classIds: [cls.id],
    dueAt: new Date(Date.now() + 86_400_000),
    ...settings,
  });
  return { teacher, cls, students, lesson, assignment: assignment! };
}
