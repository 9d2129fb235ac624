import "server-only";
import { randomInt } from "node:crypto";
import { hashPassword } from "../auth/password";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../forms/parse";
import { isUniqueViolation } from "../prisma-errors";
import { pagesDb } from "../sql";
import { getTaughtClassOrThrow } from "./access";
import { freeNumber, readRosterList, sameNameKey, usernameBase, type RosterLine } from "./bulk-roster";
import { oneTimePassword } from "./one-time-secret";
import { logRoster } from "./roster-log";
import { bulkAddSchema } from "./schema";

export type LoginCard = { name: string; username: string; password: string };

export type BulkAddResult = { className: string; cards: LoginCard[] };

function refuse(problems: { line: number; message: string }[]): never {
  const lines = problems.map((p) => `Line ${p.line} ${p.message}.`);
  throw new AppError(
    "invalid",
    `No student was added: ${problems.length} line${problems.length === 1 ? " needs" : "s need"} fixing.`,
    { names: lines },
  );
}

/**
 * Usernames for the students without one: base + two digits (three once a base's 90 run out), none taken. The
 * OneRoster import (lib/rosters/) makes them the same way.
 */
export async function generatedUsernames(students: RosterLine[], chosen: Set<string>): Promise<string[]> {
  const bases = [...new Set(students.filter((s) => s.username === null).map((s) => usernameBase(s.name)))];
  const existing =
    bases.length === 0
      ? []
      : await pagesDb
          .selectFrom("User")
          .select("username")
          .where((eb) => eb("username", "like", eb.fn.any(eb.val(bases.map((b) => `${b}%`)))))
          .execute();
  const taken = new Set([...chosen, ...existing.map((u) => u.username!)]);
  return students.map((s) => {
    if (s.username !== null) return s.username;
    const base = usernameBase(s.name);
    for (let digits = 2; ; digits++) {
      const numbers = new Set(
        [...taken]
          .filter((u) => u.startsWith(base) && /^\d+$/.test(u.slice(base.length)))
          .map((u) => Number(u.slice(base.length))),
      );
      const n = freeNumber(numbers, digits, randomInt);
      if (n !== null) {
        taken.add(`${base}${n}`);
        return `${base}${n}`;
      }
    }
  });
}

/**
 * Creates a student account for each line of a pasted list and enrolls them in a class the viewer teaches (owner
 * or co-teacher), all or nothing: any problem with the list (lib/classes/bulk-roster.ts), a name already in the
 * class or a username already taken refuses the whole list with every problem listed. Each account gets a readable
 * username unique across the installation and a one-time password, returned once for the login cards and stored
 * only as a hash; the student chooses their own password at first sign-in.
 */
export async function bulkAddStudents(
  viewer: Viewer | null,
  classId: string,
  input: unknown,
): Promise<BulkAddResult> {
  const cls = await getTaughtClassOrThrow(viewer, classId);
  const actorId = requireTeacher(viewer).id;
  if (cls.archivedAt) throw new AppError("conflict", "This class is archived: restore it to add students.");
  const { names } = parseInput(bulkAddSchema, input);
  const { students, problems } = readRosterList(names);
  if (problems.length > 0) refuse(problems);

  const [inClass, takenUsernames] = await Promise.all([
    db.enrollment.findMany({
      where: { classId: cls.id, endedAt: null },
      select: { student: { select: { displayName: true } } },
    }),
    db.user.findMany({
      where: { username: { in: students.flatMap((s) => (s.username ? [s.username] : [])) } },
      select: { username: true },
    }),
  ]);
  const present = new Set(inClass.map((e) => sameNameKey(e.student.displayName)));
  const taken = new Set(takenUsernames.map((u) => u.username));
  const clashes = students.flatMap((s) => [
    ...(present.has(sameNameKey(s.name))
      ? [{ line: s.line, message: `names ${s.name}, who is already in this class` }]
      : []),
    ...(s.username && taken.has(s.username)
      ? [{ line: s.line, message: `asks for the username ${s.username}, which is taken` }]
      : []),
  ]);
  if (clashes.length > 0) refuse(clashes);

  const passwords = students.map(() => oneTimePassword());
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
  // Two lists added at once may pick the same free username: the unique index refuses one, which tries again.
  for (let tries = 0; ; tries++) {
    const usernames = await generatedUsernames(students, new Set(students.flatMap((s) => s.username ?? [])));
    try {
      await db.$transaction(async (tx) => {
        const created = await tx.user.createManyAndReturn({
          data: students.map((s, i) => ({
            role: "student" as const,
            username: usernames[i]!,
            displayName: s.name,
            passwordHash: hashes[i]!,
            mustChangePassword: true,
          })),
          select: { id: true },
        });
        await tx.enrollment.createMany({ data: created.map((u) => ({ classId: cls.id, studentId: u.id })) });
        await logRoster(
          tx,
          ...created.map((u) => ({
            classId: cls.id,
            actorId,
            action: "added" as const,
            studentId: u.id,
            detail: "new account from a pasted list",
          })),
        );
      });
      return {
        className: cls.name,
        cards: students.map((s, i) => ({ name: s.name, username: usernames[i]!, password: passwords[i]! })),
      };
    } catch (e) {
      if (!isUniqueViolation(e) || tries >= 3) throw e;
    }
  }
}
