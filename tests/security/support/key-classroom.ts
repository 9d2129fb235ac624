import { hashPassword } from "@/lib/auth/password";
import { createAssignments } from "@/lib/assignments/mutations";
import { newJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db";
import { DEMO_ARTICLE_SLUG } from "@/lib/seed/demo-accounts";
import { world } from "../world";
import { sessionCookie } from "./sessions";

/**
 * A class of one student of the owner teacher's, for the answer-key tests: the student's session, the shared demo
 * lessons, and `assign`, which assigns one to the class (choices shuffled) with the settings given.
 */
export async function keyClassroom() {
  const { people, password } = world();
  const login = `sec-keys-${Date.now().toString(36)}`;
  const student = await db.user.create({
    data: {
      role: "student",
      username: login,
      displayName: "Key Reader",
      passwordHash: await hashPassword(password),
    },
  });
  const cls = await db.class.create({
    data: {
      name: "Answer-key scan",
      teacherId: people.ownerTeacher.id,
      joinCode: newJoinCode(),
      enrollments: { create: { studentId: student.id } },
    },
  });
  const lessons = await db.lesson.findMany({
    where: { article: { slug: DEMO_ARTICLE_SLUG }, ownerId: null, status: "published" },
    orderBy: { position: "asc" },
    select: {
      id: true,
      passage: true,
      questions: { where: { type: "ordering", retiredAt: null }, select: { id: true } },
    },
  });
  const owner = { id: people.ownerTeacher.id, role: "teacher" as const, displayName: "Owner" };
  const assign = async (lessonId: string, settings: Record<string, unknown>) => {
    const [a] = await createAssignments(owner, {
      lessonId,
      classIds: [cls.id],
      dueAt: new Date(Date.now() + 86_400_000),
      shuffleChoices: true,
      ...settings,
    });
    return a!.id;
  };
  return { cookie: await sessionCookie(login, password), lessons, assign };
}
