import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { RosterState } from "./oneroster-diff";
import type { RosterPlan } from "./oneroster-plan";

type Client = Db | Prisma.TransactionClient;

/** What Lectern holds that an import of `plan` may match (lib/rosters/oneroster-diff.ts compares the two). */
export async function readRosterState(
  client: Client,
  plan: Extract<RosterPlan, { ok: true }>,
): Promise<RosterState> {
  const logins = plan.users.flatMap((u) => (u.login ? [u.login] : []));
  const [users, classes] = await Promise.all([
    client.user.findMany({
      where: {
        OR: [
          { sourcedId: { in: plan.users.map((u) => u.sourcedId) } },
          { email: { in: logins } },
          { username: { in: logins } },
        ],
      },
      select: { id: true, sourcedId: true, role: true, displayName: true, email: true, username: true },
    }),
    client.class.findMany({
      where: { sourcedId: { in: plan.classes.map((c) => c.sourcedId) } },
      select: { id: true, sourcedId: true, name: true, teacherId: true },
    }),
  ]);
  const classIds = classes.map((c) => c.id);
  const [members, coTeachers] = await Promise.all([
    client.enrollment.findMany({
      where: { classId: { in: classIds } },
      select: {
        classId: true,
        studentId: true,
        sourcedId: true,
        endedAt: true,
        student: { select: { sourcedId: true } },
      },
    }),
    client.classTeacher.findMany({
      where: { classId: { in: classIds } },
      select: { classId: true, teacherId: true, sourcedId: true, teacher: { select: { sourcedId: true } } },
    }),
  ]);
  return {
    users,
    classes: classes.map((c) => ({ id: c.id, sourcedId: c.sourcedId!, name: c.name, ownerId: c.teacherId })),
    members: members.map((m) => ({
      classId: m.classId,
      studentId: m.studentId,
      studentSourcedId: m.student.sourcedId,
      sourcedId: m.sourcedId,
      ended: m.endedAt !== null,
    })),
    coTeachers: coTeachers.map((t) => ({
      classId: t.classId,
      teacherId: t.teacherId,
      teacherSourcedId: t.teacher.sourcedId,
      sourcedId: t.sourcedId,
    })),
  };
}
