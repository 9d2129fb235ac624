import type { Db } from "../../lib/db";

/** The id of the teacher with this email (any case, surrounding spaces ignored), or null. */
export async function teacherIdByEmail(db: Db, email: string): Promise<string | null> {
  const teacher = await db.user.findFirst({
    where: { email: email.trim().toLowerCase(), role: "teacher" },
    select: { id: true },
  });
  return teacher?.id ?? null;
}
