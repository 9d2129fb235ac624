import "server-only";
import { sql } from "kysely";
import { assertClaimStillValid, viewerOfClaim } from "../auth/claimed-viewer";
import { sessionStillValid } from "../auth/session-sql";
import type { ClaimedViewer, Viewer } from "../auth/viewer-types";
import { findUsableLessonOrThrow } from "../content/lesson-access";
import { teacherAssignmentWhere } from "../assignments/access";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { pagesDb } from "../sql";

/** What a lookup reads in: the lesson, its assignment, and whether a student's lookup counts and is guarded. */
export type ReadingPlace = {
  lessonId: string;
  assignmentId: string | null;
  /** A student's lookup is counted for the teacher; a teacher's preview is not. */
  counted: boolean;
  /** The student has an attempt in progress: the quiz's vocabulary words are not looked up. */
  quizOpen: boolean;
};

/**
 * Who may look words up where: a student in an assignment of a class they are in (open, class not archived), a
 * teacher of the assignment's class, or a teacher in a lesson they may use (their own, or a shared one once
 * approved). Everything else answers "not found", as the assignment and lesson pages do. A student's lookup, the
 * hot path, checks their token's session inside its one statement (as autosave does), not in a query before it.
 */
export async function readingPlaceOrThrow(
  viewer: Viewer | ClaimedViewer | null,
  place: { assignmentId?: string; lessonId?: string },
): Promise<ReadingPlace> {
  if (!viewer) throw new AppError("unauthorized");
  if (viewer.role === "student" && place.lessonId === undefined) {
    return studentPlaceOrThrow(viewer, place.assignmentId ?? "");
  }
  // The slower paths (teachers, lessons) check a claim against the account first.
  const v = "kind" in viewer ? await viewerOfClaim(viewer) : viewer;
  if (place.lessonId !== undefined) {
    if (v.role !== "teacher") throw notFound("Lesson");
    const lesson = await findUsableLessonOrThrow(v.id, place.lessonId, { id: true });
    return { lessonId: lesson.id, assignmentId: null, counted: false, quizOpen: false };
  }
  const a = await db.assignment.findFirst({
    where: { id: place.assignmentId ?? "", ...teacherAssignmentWhere(v.id) },
    select: { id: true, lessonId: true },
  });
  if (!a) throw notFound("Assignment");
  return { lessonId: a.lessonId, assignmentId: a.id, counted: false, quizOpen: false };
}

async function studentPlaceOrThrow(
  viewer: Viewer | ClaimedViewer,
  assignmentId: string,
): Promise<ReadingPlace> {
  const sessionVersion = "kind" in viewer ? viewer.sessionVersion : null;
  // One plain statement, not Prisma: it runs on every lookup, and a Prisma call costs several times the CPU.
  const a = await pagesDb
    .selectFrom("Assignment as a")
    .innerJoin("Class as c", "c.id", "a.classId")
    .innerJoin("User as u", (join) =>
      join
        .on("u.id", "=", viewer.id)
        .on("u.disabledAt", "is", null)
        .on((eb) => sessionStillValid(eb.ref("u.sessionVersion"), sessionVersion)),
    )
    .select((eb) => [
      "a.id",
      "a.lessonId",
      eb
        .exists(
          eb
            .selectFrom("Attempt as t")
            .select(sql.lit(1).as("one"))
            .whereRef("t.assignmentId", "=", "a.id")
            .where("t.studentId", "=", viewer.id)
            .where("t.status", "=", sql.lit("in_progress")),
        )
        .as("quizOpen"),
    ])
    .where("a.id", "=", assignmentId)
    .where("a.openAt", "<=", sql<Date>`now()`)
    .where("c.archivedAt", "is", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("Enrollment as e")
          .select(sql.lit(1).as("one"))
          .whereRef("e.classId", "=", "a.classId")
          .where("e.studentId", "=", viewer.id)
          .where("e.endedAt", "is", null),
      ),
    )
    .executeTakeFirst();
  if (!a) {
    await assertClaimStillValid({ id: viewer.id, sessionVersion });
    throw notFound("Assignment");
  }
  return { lessonId: a.lessonId, assignmentId: a.id, counted: true, quizOpen: a.quizOpen === true };
}
