import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { hashPassword } from "../auth/password";
import { guessJoinCode, NO_REQUEST, type JoinClient } from "../classes/join-limit";
import { logRoster } from "../classes/roster-log";
import { isUniqueViolation } from "../prisma-errors";
import { studentJoinSchema, teacherSignUpSchema } from "./schema";

export async function signUpTeacher(input: unknown): Promise<{ id: string; email: string }> {
  const data = parseInput(teacherSignUpSchema, input);
  try {
    const user = await db.user.create({
      data: {
        role: "teacher",
        email: data.email,
        displayName: data.displayName,
        passwordHash: await hashPassword(data.password),
      },
      select: { id: true, email: true },
    });
    return { id: user.id, email: user.email! };
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.", {
        email: ["An account with this email already exists"],
      });
    }
    throw e;
  }
}

/**
 * A new student account, enrolled in the class whose code they were given, in one transaction. Wrong codes count
 * against the browser session and address in `client` (lib/classes/join-limit.ts).
 */
export async function joinAsNewStudent(
  input: unknown,
  client: JoinClient = NO_REQUEST,
): Promise<{ id: string; username: string }> {
  const data = parseInput(studentJoinSchema, input);
  const cls = await guessJoinCode(data.joinCode, client);
  const passwordHash = await hashPassword(data.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          role: "student",
          username: data.username,
          displayName: data.displayName,
          passwordHash,
          enrollments: { create: { classId: cls.id } },
        },
        select: { id: true, username: true },
      });
      await logRoster(tx, { classId: cls.id, actorId: created.id, action: "joined", studentId: created.id });
      return created;
    });
    return { id: user.id, username: user.username! };
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new AppError("conflict", "That username is taken. Choose another.", {
        username: ["That username is taken"],
      });
    }
    throw e;
  }
}
