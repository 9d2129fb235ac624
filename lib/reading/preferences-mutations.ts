import "server-only";
import { requireViewer } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { getTaughtClassOrThrow } from "../classes/access";
import { notFound } from "../errors";
import { parseInput } from "../forms/parse";
import { pagesDb } from "../sql";
import { classReadingDefaultSchema, readingPreferencesPatchSchema } from "./preferences-schema";

/**
 * Saves a change to the viewer's own reading settings. One upsert, so two identical changes at once both succeed;
 * the "system" theme is stored as no choice.
 */
export async function saveReadingPreferences(viewer: Viewer | null, input: unknown) {
  const { id } = requireViewer(viewer);
  const { theme, ...rest } = parseInput(readingPreferencesPatchSchema, input);
  const changes = { ...rest, ...(theme === undefined ? {} : { theme: theme === "system" ? null : theme }) };
  const updatedAt = new Date();
  await pagesDb
    .insertInto("ReadingPreference")
    .values({ userId: id, ...changes, updatedAt })
    .onConflict((oc) => oc.column("userId").doUpdateSet({ ...changes, updatedAt }))
    .execute();
  return { saved: Object.keys(changes) };
}

/**
 * A teacher of the class sets a student's reading defaults there (read aloud, the reading font), the starting point
 * of every assignment of the class. The student must be in the class now.
 */
export async function setClassReadingDefault(viewer: Viewer | null, classId: string, input: unknown) {
  const cls = await getTaughtClassOrThrow(viewer, classId);
  const { studentId, readAloud, dyslexicFont } = parseInput(classReadingDefaultSchema, input);
  const values = { readAloud, dyslexicFont, updatedAt: new Date() };
  // The enrollment check and the write in one statement: a student removed meanwhile gets no row.
  const written = await pagesDb
    .insertInto("ClassReadingDefault")
    .columns(["classId", "studentId", "readAloud", "dyslexicFont", "updatedAt"])
    .expression((eb) =>
      eb
        .selectFrom("Enrollment as e")
        .select([
          "e.classId",
          "e.studentId",
          // Typed: PostgreSQL reads a bare parameter in a SELECT list as text.
          eb.cast<boolean>(eb.val(readAloud), "boolean").as("readAloud"),
          eb.cast<boolean>(eb.val(dyslexicFont), "boolean").as("dyslexicFont"),
          eb.cast<Date>(eb.val(values.updatedAt), "timestamptz").as("updatedAt"),
        ])
        .where("e.classId", "=", cls.id)
        .where("e.studentId", "=", studentId)
        .where("e.endedAt", "is", null),
    )
    .onConflict((oc) => oc.columns(["classId", "studentId"]).doUpdateSet(values))
    .returning("studentId")
    .executeTakeFirst();
  if (!written) throw notFound("Student");
  return { studentId, readAloud, dyslexicFont };
}
