import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { requireStudent, requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { joinClassSchema } from "../accounts/schema";
import { isUniqueViolation } from "../prisma-errors";
import { newJoinCode } from "./join-code";
import { guessJoinCode, NO_REQUEST } from "./join-limit";
import { logRoster } from "./roster-log";
import { createClassSchema } from "./schema";

export async function createClass(viewer: Viewer | null, input: unknown) {
  const teacher = requireTeacher(viewer);
  const data = parseInput(createClassSchema, input);
  // A collision among 31^6 codes is rare; retrying on the unique index is simpler than reserving codes.
  for (let tries = 0; tries < 5; tries++) {
    try {
      return await db.class.create({
        data: { name: data.name, teacherId: teacher.id, joinCode: newJoinCode() },
        select: { id: true, name: true, joinCode: true },
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new AppError("conflict", "Could not create a unique class code. Please try again.");
}

/** Wrong codes count against the student and their address (join-limit.ts); `address` comes from the request. */
export async function joinClass(viewer: Viewer | null, input: unknown, address = NO_REQUEST.address) {
  const student = requireStudent(viewer);
  const { joinCode } = parseInput(joinClassSchema, input);
  const cls = await guessJoinCode(joinCode, { address, session: `student:${student.id}` });
  await db.$transaction(async (tx) => {
    // A student who left (or was removed) may join again with the code; joining twice changes nothing.
    const rejoined = await tx.enrollment.updateMany({
      where: { classId: cls.id, studentId: student.id, endedAt: { not: null } },
      data: { endedAt: null },
    });
    const created = await tx.enrollment.createMany({
      data: [{ classId: cls.id, studentId: student.id }],
      skipDuplicates: true,
    });
    if (rejoined.count + created.count > 0) {
      await logRoster(tx, { classId: cls.id, actorId: student.id, action: "joined", studentId: student.id });
    }
  });
  return cls;
}
