import "server-only";
import { requireViewer } from "../auth/require";
import type { Viewer } from "../auth/viewer-types";
import { getTaughtClassOrThrow } from "../classes/access";
import { idSchema } from "../classes/schema";
import { notFound } from "../errors";
import { pagesDb } from "../sql";
import {
  effectiveReading,
  NO_PREFERENCES,
  type ClassReadingDefaults,
  type ReadingSettings,
  type StoredPreferences,
} from "./preferences-rules";

const PREFERENCE_COLUMNS = [
  "p.textSize",
  "p.lineSpacing",
  "p.font",
  "p.lineFocus",
  "p.theme",
  "p.readAloud",
  "p.speechRate",
  "p.voiceName",
] as const;

/** The viewer's own reading choices (null where they made none). */
export async function getOwnReadingPreferences(viewer: Viewer | null): Promise<StoredPreferences> {
  const { id } = requireViewer(viewer);
  const row = await pagesDb
    .selectFrom("ReadingPreference as p")
    .select(PREFERENCE_COLUMNS)
    .where("p.userId", "=", id)
    .executeTakeFirst();
  return row ?? NO_PREFERENCES;
}

/**
 * The reading settings a student's assignment opens with: their own choices over their teacher's defaults for the
 * assignment's class. Only a student of that class may read them; anyone else is told it does not exist.
 */
export async function getAssignmentReading(
  viewer: Viewer | null,
  assignmentId: string,
): Promise<ReadingSettings> {
  const { id: studentId } = requireViewer(viewer);
  const id = idSchema.safeParse(assignmentId);
  if (!id.success) throw notFound("Assignment");
  const row = await pagesDb
    .selectFrom("Assignment as a")
    .innerJoin("Enrollment as e", (j) =>
      j.onRef("e.classId", "=", "a.classId").on("e.studentId", "=", studentId),
    )
    .leftJoin("ClassReadingDefault as d", (j) =>
      j.onRef("d.classId", "=", "a.classId").on("d.studentId", "=", studentId),
    )
    .leftJoin("ReadingPreference as p", "p.userId", "e.studentId")
    .select([
      ...PREFERENCE_COLUMNS,
      "d.readAloud as defaultReadAloud",
      "d.dyslexicFont as defaultDyslexicFont",
    ])
    .where("a.id", "=", id.data)
    .executeTakeFirst();
  if (!row) throw notFound("Assignment");
  const { defaultReadAloud, defaultDyslexicFont, ...own } = row;
  const defaults =
    defaultReadAloud === null || defaultDyslexicFont === null
      ? null
      : { readAloud: defaultReadAloud, dyslexicFont: defaultDyslexicFont };
  return effectiveReading(own, defaults);
}

/** Each student's reading defaults in a class the viewer teaches, by student id (students without any are absent). */
export async function getClassReadingDefaults(
  viewer: Viewer | null,
  classId: string,
): Promise<Map<string, ClassReadingDefaults>> {
  const cls = await getTaughtClassOrThrow(viewer, classId);
  const rows = await pagesDb
    .selectFrom("ClassReadingDefault as d")
    .select(["d.studentId", "d.readAloud", "d.dyslexicFont"])
    .where("d.classId", "=", cls.id)
    .execute();
  return new Map(rows.map((r) => [r.studentId, { readAloud: r.readAloud, dyslexicFont: r.dyslexicFont }]));
}
