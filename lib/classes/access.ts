import "server-only";
import type { Expression, SqlBool } from "kysely";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { AppError, notFound } from "../errors";
import { expr, pagesDb } from "../sql";
import { idSchema } from "./schema";

/**
 * The one definition of who may act on a class. A class is taught by its owner (Class.teacherId) and by the
 * co-teachers the owner shared it with (ClassTeacher): both may do everything a teacher does in it (assign, grade,
 * regrade, see results, add students, reset passwords). Only the owner changes the class itself: renames, archives
 * or deletes it, turns its join code off or makes a new one, removes or moves students, adds or removes co-teachers.
 * Every check of a class's or an assignment's teacher goes through here (in Prisma, in SQL, or by id), so
 * another teacher's class answers not found wherever it is asked for.
 */
export type ClassRole = "owner" | "co-teacher";

/** Prisma's condition on a Class: the teacher teaches it. */
export const taughtClassWhere = (teacherId: string) => ({
  OR: [{ teacherId }, { coTeachers: { some: { teacherId } } }],
});

/** The same rule on a class id, for statements written with Kysely. */
export function teachesClass(classId: Expression<string>, teacherId: string): Expression<SqlBool> {
  return expr.exists(
    expr
      .selectFrom("Class as taught")
      .select("taught.id")
      .where("taught.id", "=", classId)
      .where((eb) =>
        eb.or([
          eb("taught.teacherId", "=", teacherId),
          eb.exists(
            eb
              .selectFrom("ClassTeacher as co")
              .select("co.classId")
              .whereRef("co.classId", "=", "taught.id")
              .where("co.teacherId", "=", teacherId),
          ),
        ]),
      ),
  );
}

export type TaughtClass = {
  id: string;
  name: string;
  joinCode: string | null;
  createdAt: Date;
  archivedAt: Date | null;
  ownerId: string;
  role: ClassRole;
};

/**
 * A class the teacher teaches, with their role in it; any other class answers not found, exactly like a missing
 * one. One plain statement: every results page starts here, and a Prisma call costs several times its CPU.
 */
export async function getTaughtClassOrThrow(viewer: Viewer | null, classId: string): Promise<TaughtClass> {
  const teacher = requireTeacher(viewer);
  const id = idSchema.safeParse(classId);
  if (!id.success) throw notFound("Class");
  const found = await pagesDb
    .selectFrom("Class as c")
    .select(["c.id", "c.name", "c.joinCode", "c.createdAt", "c.archivedAt", "c.teacherId as ownerId"])
    .where("c.id", "=", id.data)
    .where((eb) => teachesClass(eb.ref("c.id"), teacher.id))
    .executeTakeFirst();
  if (!found) throw notFound("Class");
  return { ...found, role: found.ownerId === teacher.id ? "owner" : "co-teacher" };
}

export const OWNER_ONLY = "Only the class's owner can do this.";

/** A class the teacher owns: not found when they do not teach it, forbidden when they co-teach it. */
export async function getOwnedClassOrThrow(viewer: Viewer | null, classId: string): Promise<TaughtClass> {
  const cls = await getTaughtClassOrThrow(viewer, classId);
  if (cls.role !== "owner") throw new AppError("forbidden", OWNER_ONLY);
  return cls;
}

/** The ids, among `classIds`, of the classes the teacher teaches (any role). */
export async function taughtClassIds(teacherId: string, classIds: string[]): Promise<string[]> {
  if (classIds.length === 0) return [];
  const rows = await pagesDb
    .selectFrom("Class as c")
    .select("c.id")
    .where((eb) => eb("c.id", "=", eb.fn.any(eb.val(classIds))))
    .where((eb) => teachesClass(eb.ref("c.id"), teacherId))
    .execute();
  return rows.map((r) => r.id);
}
