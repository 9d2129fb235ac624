import { hashPassword } from "../../../lib/auth/password";
import type { Db } from "../../../lib/db";
import { seedDemo } from "../../../lib/seed/seed-demo";

export type BenchStudent = { username: string; attemptId: string; cookie: string };

/**
 * The demo school plus a class of `size` students, each with an open attempt at the demo lesson. The
 * attempts are created directly: the bench measures answering and submitting, not starting.
 */
export async function createBenchClass(db: Db, size: number, password: string) {
  await seedDemo(db);
  const teacher = await db.user.findFirstOrThrow({ where: { role: "teacher" }, select: { id: true } });
  const assignment = await db.assignment.findFirstOrThrow({
    select: {
      id: true,
      lessonId: true,
      questions: {
        select: { question: { select: { id: true, type: true, choices: { select: { id: true } } } } },
      },
    },
  });
  const cls = await db.class.create({
    data: { name: "Bench class", joinCode: "BENCH1", teacherId: teacher.id },
  });
  const bench = await db.assignment.create({
    data: {
      lessonId: assignment.lessonId,
      classId: cls.id,
      createdById: teacher.id,
      openAt: new Date(),
      dueAt: new Date(Date.now() + 86_400_000),
      questions: {
        create: assignment.questions.map((q, position) => ({ questionId: q.question.id, position })),
      },
    },
  });
  const passwordHash = await hashPassword(password);
  const usernames = Array.from({ length: size }, (_, i) => `bench${i}`);
  await db.user.createMany({
    data: usernames.map((username) => ({
      role: "student" as const,
      username,
      displayName: username,
      passwordHash,
    })),
  });
  const users = await db.user.findMany({
    where: { username: { in: usernames } },
    select: { id: true, username: true },
  });
  await db.enrollment.createMany({ data: users.map((u) => ({ classId: cls.id, studentId: u.id })) });
  await db.attempt.createMany({
    data: users.map((u) => ({ assignmentId: bench.id, studentId: u.id, number: 1 })),
  });
  const attempts = await db.attempt.findMany({
    where: { assignmentId: bench.id },
    select: { id: true, studentId: true },
  });
  const attemptOf = new Map(attempts.map((a) => [a.studentId, a.id]));
  return {
    students: users.map((u) => ({ username: u.username!, attemptId: attemptOf.get(u.id)! })),
    questions: assignment.questions
      .map((q) => q.question)
      .filter((q) => q.type === "single_choice")
      .map((q) => ({ id: q.id, choiceIds: q.choices.map((c) => c.id) })),
  };
}
